import type { ChartConfiguration } from 'chart.js'
import type { AccountingChartSpec, WaterfallStep } from '../../../shared/report/chart-spec-types'
import { formatKb } from '../../../shared/i18n/format'
import { withAlpha, type ChartTheme } from './chart-theme'

/** The floating bar of one waterfall step, as [from, to] in kB. */
export function stepRange(step: WaterfallStep): [number, number] {
  if (step.role === 'part') return [step.startKb - step.kb, step.startKb]
  // `total` stands on 0; `rest` too (negative when counters overlap: it then hangs below 0).
  return step.kb >= 0 ? [0, step.kb] : [step.kb, 0]
}

/** The accounting waterfall as horizontal floating bars, managed memory first, the unexplained rest last. */
export function toAccountingConfig(
  spec: AccountingChartSpec,
  theme: ChartTheme,
): ChartConfiguration<'bar', [number, number][], string> {
  return {
    type: 'bar',
    data: {
      labels: spec.steps.map((s) => s.label),
      datasets: [
        {
          label: spec.title,
          data: spec.steps.map(stepRange),
          backgroundColor: spec.steps.map((s) => withAlpha(s.color, s.role === 'part' ? 0.75 : 0.9)),
          borderColor: spec.steps.map((s) => s.color),
          borderWidth: spec.steps.map((s) => (s.role === 'rest' ? 1.5 : 0)),
          borderSkipped: false,
          barPercentage: 0.8,
          categoryPercentage: 0.9,
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
          grid: { color: theme.grid },
          ticks: { color: theme.textMuted, font: { size: 10 }, maxTicksLimit: 8 },
          border: { display: false },
        },
        y: {
          grid: { display: false },
          ticks: { color: theme.text, font: { size: 11, family: theme.fontFamily } },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const step = spec.steps[item.dataIndex]
              return step ? `${step.label}: ${formatKb(step.kb)}` : ''
            },
          },
        },
      },
    },
  }
}
