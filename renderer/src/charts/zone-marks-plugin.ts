import type { Chart, ChartConfiguration, ChartType, Plugin } from 'chart.js'

/** A vertical line at `value` on the x scale (a watermark, the required level). */
export interface ZoneMarkLine {
  readonly type: 'line'
  readonly value: number
  readonly color: string
  readonly width: number
  readonly dash: readonly number[]
}

/** A band across the plot between `xMin` and `xMax` (the lowmem_reserve part, the recorded CMA part). */
export interface ZoneMarkBox {
  readonly type: 'box'
  readonly xMin: number
  readonly xMax: number
  readonly fill: string
  readonly stroke?: string
  readonly width?: number
  readonly dash?: readonly number[]
}

export type ZoneMark = ZoneMarkLine | ZoneMarkBox

/** The marks of one zone row, drawn in key order over the bars. */
export interface ZoneMarksOptions {
  readonly marks: Readonly<Record<string, ZoneMark>>
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration keeps Chart.js's type parameter
  interface PluginOptionsByType<TType extends ChartType> {
    zoneMarks?: ZoneMarksOptions
  }
}

function drawMark(chart: Chart, mark: ZoneMark): void {
  const { ctx, chartArea: area } = chart
  const x = chart.scales['x']
  if (!x) return
  ctx.save()
  if (mark.type === 'line') {
    const px = Math.round(x.getPixelForValue(mark.value)) + (mark.width % 2 ? 0.5 : 0)
    ctx.strokeStyle = mark.color
    ctx.lineWidth = mark.width
    ctx.setLineDash([...mark.dash])
    ctx.beginPath()
    ctx.moveTo(px, area.top)
    ctx.lineTo(px, area.bottom)
    ctx.stroke()
  } else {
    const left = x.getPixelForValue(mark.xMin)
    const width = x.getPixelForValue(mark.xMax) - left
    ctx.fillStyle = mark.fill
    ctx.fillRect(left, area.top, width, area.bottom - area.top)
    if (mark.stroke && mark.width) {
      ctx.strokeStyle = mark.stroke
      ctx.lineWidth = mark.width
      ctx.setLineDash([...(mark.dash ?? [])])
      ctx.strokeRect(left, area.top, width, area.bottom - area.top)
    }
  }
  ctx.restore()
}

/**
 * Draws a zone row's watermark lines and bands over its bars. It does what chartjs-plugin-annotation
 * did for these rows at a fraction of the cost: the annotation plugin resolves every option of every
 * annotation (labels, arrow heads, callouts) through Chart.js's option proxies on each update, which
 * was most of a what-if slider move's redraw (three zone rows, every move). The marks are read from
 * the chart's own configuration as given (`chart.config.options`), not through those proxies, so a
 * move only places a few lines.
 */
export const zoneMarksPlugin: Plugin<'bar'> = {
  id: 'zoneMarks',
  afterDatasetsDraw(chart) {
    // The configuration as toZoneRowConfig built it (Chart.js types every option as optional).
    const options = chart.config.options?.plugins?.zoneMarks as ZoneMarksOptions | undefined
    if (!options) return
    const { ctx, chartArea: area } = chart
    ctx.save()
    ctx.beginPath()
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top)
    ctx.clip()
    for (const mark of Object.values(options.marks)) drawMark(chart as unknown as Chart, mark)
    ctx.restore()
  },
}

/** What a zone row's configuration lays out (everything but its marks), as the last full update saw it. */
const laidOut = new WeakMap<Chart, string>()

function layoutKey(config: ChartConfiguration): string {
  const options = config.options ?? {}
  return JSON.stringify({
    data: config.data,
    options: { ...options, plugins: { ...options.plugins, zoneMarks: undefined } },
  })
}

/**
 * A what-if move that changes only a row's marks (its data and scale as before: HighMem while
 * min_free_kbytes moves, every row while a knob leaves the zones alone) needs no Chart.js update, only
 * a redraw with the new marks: true when it did that. Otherwise it remembers what the full update the
 * caller then makes lays out, and returns false. Configurations without zone marks are never touched.
 */
export function redrawMarksOnly(chart: Chart, next: ChartConfiguration): boolean {
  const marks = next.options?.plugins?.zoneMarks
  if (!marks) return false
  const key = layoutKey(next)
  const options = chart.config.options
  if (laidOut.get(chart) === key && options?.plugins) {
    options.plugins.zoneMarks = marks
    chart.render()
    return true
  }
  laidOut.set(chart, key)
  return false
}
