import { Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js'
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { registerChart } from '../charts/register-chart'

/**
 * Chart.js lifecycle for one canvas: build on mount, rebuild when the configuration changes (charts
 * here are small, and a rebuild keeps zoom plugins and annotations consistent), destroy on unmount.
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

  onMounted(build)
  watch(config, build)
  onBeforeUnmount(() => {
    chart.value?.destroy()
    chart.value = null
  })

  return { chart }
}
