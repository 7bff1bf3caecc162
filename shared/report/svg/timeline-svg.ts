/**
 * The timeline as SVG: one lane per host (a dot per event in its kind's colour, labelled), then one small line chart
 * per counter lane, over a shared time axis.
 */
import type { TimelineSpec } from '../chart-spec-types'
import { formatSize } from '../../i18n/format'
import { formatTimelineTick } from '../timeline-spec'
import { circle, line, polyline, rect, svgDocument, text } from './svg-kit'

const WIDTH = 680
const PLOT_X = 150
const PLOT_W = 510
const EVENT_H = 26
const COUNTER_H = 46

/** Draw a {@link TimelineSpec} as a self-contained SVG string. */
export function renderTimelineSvg(spec: TimelineSpec): string {
  const start = spec.startMs ?? 0
  const end = spec.endMs ?? 0
  const pad = end > start ? (end - start) * 0.04 : spec.timeBase === 'wall' ? 3_600_000 : 1000
  const lo = start - pad
  const hi = end + pad
  const x = (ms: number) => PLOT_X + ((ms - lo) / (hi - lo)) * PLOT_W
  const parts: string[] = []
  let y = 4
  for (const lane of spec.eventLanes) {
    parts.push(text(0, y + 16, lane.label, { 'font-weight': 'bold', 'font-size': 10 }))
    parts.push(line(PLOT_X, y + 12, PLOT_X + PLOT_W, y + 12, { stroke: '#ddd' }))
    lane.points.forEach((p, i) => {
      parts.push(circle(x(p.tMs), y + 12, 5, { fill: p.color }))
      if (lane.points.length <= 12) {
        const dy = i % 2 === 0 ? -1 : 22
        // Labels right of centre grow leftwards so they stay inside the chart.
        const right = x(p.tMs) > PLOT_X + PLOT_W / 2
        const anchor = { 'font-size': 9, fill: '#444', 'text-anchor': right ? 'end' : 'start' }
        parts.push(text(x(p.tMs) + (right ? -7 : 7), y + dy + 4, p.label, anchor))
      }
    })
    y += EVENT_H + 6
  }
  for (const lane of spec.counterLanes) {
    const values = lane.samples.map((s) => s.kb)
    const min = values.reduce((a, b) => Math.min(a, b))
    const max = values.reduce((a, b) => Math.max(a, b))
    const yOf = (kb: number) => y + COUNTER_H - 8 - (max === min ? 0.5 : (kb - min) / (max - min)) * (COUNTER_H - 16)
    parts.push(text(0, y + 16, lane.label, { 'font-weight': 'bold' }))
    parts.push(text(0, y + 30, `${formatSize(min)} – ${formatSize(max)}`, { 'font-size': 9, fill: '#666' }))
    parts.push(rect(PLOT_X, y, PLOT_W, COUNTER_H - 4, { fill: '#f7f8fa' }))
    const points = lane.samples.map((s) => [x(s.tMs), yOf(s.kb)] as const)
    if (points.length > 1) parts.push(polyline(points, { stroke: lane.color, 'stroke-width': 1.5 }))
    for (const [px, py] of points) parts.push(circle(px, py, 2.5, { fill: lane.color }))
    y += COUNTER_H + 4
  }
  parts.push(line(PLOT_X, y + 2, PLOT_X + PLOT_W, y + 2, { stroke: '#888' }))
  // The spec's round ticks (midnights, firsts of months), the same the app's axis shows.
  for (const tick of spec.ticksMs) {
    parts.push(line(x(tick), y + 2, x(tick), y + 6, { stroke: '#888' }))
    const label = formatTimelineTick(tick, spec.timeBase, end - start)
    parts.push(text(x(tick), y + 16, label, { 'font-size': 9, 'text-anchor': 'middle' }))
  }
  return svgDocument(WIDTH, y + 22, spec.title, parts)
}
