import type { ChartConfiguration } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { CHART_COLORS } from '../../../shared/report/chart-colors'
import type { LegendItem, ZoneChartRow } from '../../../shared/report/chart-spec-types'
import { formatKb } from '../../../shared/i18n/format'
import { withAlpha, type ChartTheme } from './chart-theme'

function colorOf(legend: readonly LegendItem[], id: string, fallback: string): string {
  return legend.find((l) => l.id === id)?.color ?? fallback
}

function line(x: number, color: string, dashed: boolean): AnnotationOptions<'line'> {
  return {
    type: 'line',
    scaleID: 'x',
    value: x,
    borderColor: color,
    borderWidth: dashed ? 1.5 : 2,
    borderDash: dashed ? [4, 3] : [],
  }
}

/**
 * One zone of the zone chart as a horizontal bar: free (non-CMA) and free CMA stacked, min/low/high
 * as vertical lines, what the check required dashed, and the lowmem_reserve part shaded. Each zone
 * gets its own scale (`axisMaxKb`), since DMA and HighMem differ a thousandfold. A what-if row also
 * shows the recorded marks and CMA part faintly, so the move is visible against the log.
 */
export function toZoneRowConfig(
  row: ZoneChartRow,
  legend: readonly LegendItem[],
  theme: ChartTheme,
): ChartConfiguration<'bar', number[], string> {
  const annotations: Record<string, AnnotationOptions> = {}
  if (row.requiredKb !== null && row.reserveKb !== null && row.reserveKb > 0) {
    annotations['reserve'] = {
      type: 'box',
      xScaleID: 'x',
      xMin: row.requiredKb - row.reserveKb,
      xMax: row.requiredKb,
      backgroundColor: withAlpha(theme.text.startsWith('#') ? theme.text : CHART_COLORS.required, 0.1),
      borderWidth: 0,
    }
  }
  for (const id of ['min', 'low', 'high'] as const) {
    const kb = row[`${id}Kb`]
    if (kb !== null) annotations[id] = line(kb, colorOf(legend, id, CHART_COLORS[id]), false)
  }
  if (row.requiredKb !== null) {
    // The spec's `required` is print black; on screen it follows the theme's text colour (dark mode).
    annotations['required'] = line(row.requiredKb, theme.text, true)
  }
  // A what-if row carries the recorded state: its marks as faint lines, its CMA part as a faint outline.
  const before = row.recorded
  if (before) {
    for (const id of ['min', 'low', 'high'] as const) {
      const kb = before[`${id}Kb`]
      if (kb !== null && kb !== row[`${id}Kb`]) {
        annotations[`recorded-${id}`] = {
          ...line(kb, withAlpha(colorOf(legend, id, CHART_COLORS[id]), 0.3), true),
          borderWidth: 1,
        }
      }
    }
    if (before.freeCmaKb !== row.freeCmaKb && before.freeCmaKb > 0) {
      annotations['recorded-cma'] = {
        type: 'box',
        xScaleID: 'x',
        xMin: Math.max(0, row.freeKb - before.freeCmaKb),
        xMax: row.freeKb,
        backgroundColor: withAlpha(colorOf(legend, 'free-cma', CHART_COLORS.freeCma), 0.18),
        borderColor: withAlpha(colorOf(legend, 'free-cma', CHART_COLORS.freeCma), 0.9),
        borderWidth: 1.5,
        borderDash: [4, 3],
      }
    }
  }
  const freeColor = colorOf(legend, 'free', CHART_COLORS.free)
  const cmaColor = colorOf(legend, 'free-cma', CHART_COLORS.freeCma)
  return {
    type: 'bar',
    data: {
      labels: [row.key],
      datasets: [
        { label: 'free', data: [row.freeKb - row.freeCmaKb], backgroundColor: withAlpha(freeColor, 0.75), barPercentage: 0.9, categoryPercentage: 1 },
        { label: 'free_cma', data: [row.freeCmaKb], backgroundColor: withAlpha(cmaColor, 0.75), barPercentage: 0.9, categoryPercentage: 1 },
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
          suggestedMax: row.axisMaxKb * 1.05,
          grid: { color: theme.grid },
          ticks: { color: theme.textMuted, maxTicksLimit: 6, font: { size: 10 } },
          border: { display: false },
        },
        y: { stacked: true, display: false },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatKb(Number(item.raw))}` } },
        annotation: { annotations },
      },
    },
  }
}
