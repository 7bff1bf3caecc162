import { Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js'
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { registerChart } from '../charts/register-chart'
import { redrawMarksOnly } from '../charts/zone-marks-plugin'

/**
 * Chart.js lifecycle for one canvas: build on mount, update in place when the configuration changes
 * (a what-if slider redraws on every move: new data and options into the same chart, no animation),
 * rebuild only when the chart type changes, destroy on unmount.
 */
export function useChart<T extends ChartType, D = DefaultDataPoint<T>, L = unknown>(
  canvas: Ref<HTMLCanvasElement | null>,
  config: () => ChartConfiguration<T, D, L> | null,
) {
  const chart = shallowRef<Chart<T, D, L> | null>(null)

  function build(): void {
    chart.value?.destroy()
    chart.value = null
    const el = canvas.value
    const cfg = config()
    if (!el || !cfg) return
    registerChart()
    chart.value = new Chart<T, D, L>(el, cfg)
  }

  function update(): void {
    const current = chart.value
    const cfg = config()
    if (!current || !cfg || !canvas.value || (current.config as { type?: string }).type !== cfg.type) return build()
    if (redrawMarksOnly(current as unknown as Chart, cfg as unknown as ChartConfiguration)) return
    current.data = cfg.data
    if (cfg.options) current.options = cfg.options
    current.update('none')
  }

  onMounted(build)
  watch(config, update)
  onBeforeUnmount(() => {
    chart.value?.destroy()
    chart.value = null
  })

  return { chart }
}
