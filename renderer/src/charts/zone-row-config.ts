import type { ChartConfiguration } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { CHART_COLORS } from '../../../shared/report/chart-colors'
import type { LegendItem, ZoneChartRow } from '../../../shared/report/chart-spec-types'
import { formatKb } from '../../../shared/report/format'
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
 * gets its own scale (`axisMaxKb`), since DMA and HighMem differ a thousandfold.
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
