import type { ChartConfiguration } from 'chart.js'
import type { AnnotationOptions } from 'chartjs-plugin-annotation'
import { SERIES_CYCLE } from '../../../shared/report/chart-colors'
import type { BuddyChartSpec } from '../../../shared/report/chart-spec-types'
import { withAlpha, type ChartTheme } from './chart-theme'

/**
 * Free blocks per order, one bar series per zone, on a log scale (order-0 counts run to the
 * thousands, the orders that matter to a failing request are single digits). Orders at or above the
 * requested one are shaded: only blocks there could have served it (the caption under the chart says so
 * in DOM text; an annotation label would be clipped by a narrow box).
 */
export function toBuddyConfig(
  spec: BuddyChartSpec,
  theme: ChartTheme,
): ChartConfiguration<'bar', (number | null)[], string> {
  const labels = Array.from({ length: spec.maxOrder + 1 }, (_, order) => String(order))
  const datasets = spec.rows.map((row, i) => {
    const color = SERIES_CYCLE[i % SERIES_CYCLE.length] ?? theme.text
    return {
      label: row.key,
      // A log axis cannot show 0: an empty order is a gap, which reads as "none" next to its neighbours.
      data: labels.map((_, order) => {
        const count = row.cells[order]?.count ?? 0
        return count > 0 ? count : null
      }),
      backgroundColor: withAlpha(color, 0.8),
      borderColor: color,
      borderWidth: 0,
    }
  })
  const annotations: Record<string, AnnotationOptions> = {}
  // Order 0 can use any free block: shading everything would say nothing.
  if (spec.requestOrder !== null && spec.requestOrder > 0 && spec.requestOrder <= spec.maxOrder) {
    annotations['requested'] = {
      type: 'box',
      xScaleID: 'x',
      xMin: spec.requestOrder - 0.5,
      xMax: spec.maxOrder + 0.5,
      backgroundColor: withAlpha('#c62828', 0.07),
      borderColor: withAlpha('#c62828', 0.5),
      borderWidth: 1,
      borderDash: [4, 3],
    }
  }
  return {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          title: { display: true, text: 'order', color: theme.textMuted, font: { size: 10 } },
          grid: { display: false },
          ticks: { color: theme.textMuted, font: { size: 10 } },
        },
        y: {
          type: 'logarithmic',
          min: 0.8,
          grid: { color: theme.grid },
          ticks: { color: theme.textMuted, font: { size: 10 }, maxTicksLimit: 6 },
          border: { display: false },
        },
      },
      plugins: {
        legend: { position: 'top', align: 'end', labels: { color: theme.text, boxWidth: 10, font: { size: 11 } } },
        annotation: { annotations },
      },
    },
  }
}
