import type { ChartConfiguration } from 'chart.js'
import { CHART_COLORS } from '../../../shared/report/chart-colors'
import type { LegendItem, ZoneChartRow } from '../../../shared/report/chart-spec-types'
import { formatKb } from '../../../shared/i18n/format'
import { withAlpha, type ChartTheme } from './chart-theme'
import { zoneMarksPlugin, type ZoneMark, type ZoneMarkLine } from './zone-marks-plugin'

function colorOf(legend: readonly LegendItem[], id: string, fallback: string): string {
  return legend.find((l) => l.id === id)?.color ?? fallback
}

function line(x: number, color: string, dashed: boolean): ZoneMarkLine {
  return { type: 'line', value: x, color, width: dashed ? 1.5 : 2, dash: dashed ? [4, 3] : [] }
}

/** Round numbers an axis may end on, per decade: close enough that the bar keeps its width. */
const AXIS_STEPS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

/**
 * The axis end for `kb`, up to the next round number: while a what-if slider moves the watermarks
 * within one step the scale stays still, so the lines move against it and the row is only redrawn
 * (zoneMarksPlugin's redrawMarksOnly), not laid out again.
 */
export function axisStep(kb: number): number {
  if (!(kb > 0)) return 1
  const decade = 10 ** Math.floor(Math.log10(kb))
  const step = AXIS_STEPS.find((m) => m * decade >= kb) ?? 10
  return step * decade
}

/**
 * One zone of the zone chart as a horizontal bar: free (non-CMA) and free CMA stacked, min/low/high
 * as vertical lines, what the check required dashed, and the lowmem_reserve part shaded. Each zone
 * gets its own scale (`axisMaxKb`), since DMA and HighMem differ a thousandfold. A what-if row also
 * shows the recorded marks and CMA part faintly, so the move is visible against the log. The lines
 * and bands are drawn by zoneMarksPlugin, redrawn on every what-if slider move.
 */
export function toZoneRowConfig(
  row: ZoneChartRow,
  legend: readonly LegendItem[],
  theme: ChartTheme,
): ChartConfiguration<'bar', number[], string> {
  const marks: Record<string, ZoneMark> = {}
  if (row.requiredKb !== null && row.reserveKb !== null && row.reserveKb > 0) {
    marks['reserve'] = {
      type: 'box',
      xMin: row.requiredKb - row.reserveKb,
      xMax: row.requiredKb,
      fill: withAlpha(theme.text.startsWith('#') ? theme.text : CHART_COLORS.required, 0.1),
    }
  }
  for (const id of ['min', 'low', 'high'] as const) {
    const kb = row[`${id}Kb`]
    if (kb !== null) marks[id] = line(kb, colorOf(legend, id, CHART_COLORS[id]), false)
  }
  if (row.requiredKb !== null) {
    // The spec's `required` is print black; on screen it follows the theme's text colour (dark mode).
    marks['required'] = line(row.requiredKb, theme.text, true)
  }
  // A what-if row carries the recorded state: its marks as faint lines, its CMA part as a faint outline.
  const before = row.recorded
  if (before) {
    for (const id of ['min', 'low', 'high'] as const) {
      const kb = before[`${id}Kb`]
      if (kb !== null && kb !== row[`${id}Kb`]) {
        marks[`recorded-${id}`] = { ...line(kb, withAlpha(colorOf(legend, id, CHART_COLORS[id]), 0.3), true), width: 1 }
      }
    }
    if (before.freeCmaKb !== row.freeCmaKb && before.freeCmaKb > 0) {
      marks['recorded-cma'] = {
        type: 'box',
        xMin: Math.max(0, row.freeKb - before.freeCmaKb),
        xMax: row.freeKb,
        fill: withAlpha(colorOf(legend, 'free-cma', CHART_COLORS.freeCma), 0.18),
        stroke: withAlpha(colorOf(legend, 'free-cma', CHART_COLORS.freeCma), 0.9),
        width: 1.5,
        dash: [4, 3],
      }
    }
  }
  const freeColor = colorOf(legend, 'free', CHART_COLORS.free)
  const cmaColor = colorOf(legend, 'free-cma', CHART_COLORS.freeCma)
  return {
    type: 'bar',
    plugins: [zoneMarksPlugin],
    data: {
      labels: [row.key],
      datasets: [
        {
          label: 'free',
          data: [row.freeKb - row.freeCmaKb],
          backgroundColor: withAlpha(freeColor, 0.75),
          barPercentage: 0.9,
          categoryPercentage: 1,
        },
        {
          label: 'free_cma',
          data: [row.freeCmaKb],
          backgroundColor: withAlpha(cmaColor, 0.75),
          barPercentage: 0.9,
          categoryPercentage: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          stacked: true,
          min: 0,
          // suggestedMax keeps the ticks round; the spec's axisMaxKb already covers every line.
          suggestedMax: axisStep(row.axisMaxKb * 1.05),
          grid: { color: theme.grid },
          ticks: { color: theme.textMuted, maxTicksLimit: 6, font: { size: 10 } },
          border: { display: false },
        },
        y: { stacked: true, display: false },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatKb(Number(item.raw))}` } },
        zoneMarks: { marks },
      },
    },
  }
}
