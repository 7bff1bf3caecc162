/**
 * The accounting waterfall as SVG, laid out horizontally so kernel counter names fit as row labels:
 * managed memory on top, each bucket hanging from the running total, the unaccounted rest last.
 */
import type { AccountingChartSpec, WaterfallStep } from '../chart-spec-types'
import { formatKbWithSize } from '../../i18n/format'
import { line, rect, svgDocument, text } from './svg-kit'

const WIDTH = 680
const BAR_X = 160
const BAR_W = 330
const ROW_H = 17

function barOf(step: WaterfallStep): [number, number] {
  if (step.role === 'part') return [step.startKb - step.kb, step.startKb]
  return [0, Math.max(0, step.kb)]
}

/** Draw an {@link AccountingChartSpec} as a self-contained SVG string. */
export function renderWaterfallSvg(spec: AccountingChartSpec): string {
  const maxKb = Math.max(1, ...spec.steps.map((s) => (s.role === 'part' ? s.startKb : s.kb)))
  const x = (kb: number) => BAR_X + (Math.max(0, Math.min(kb, maxKb)) / maxKb) * BAR_W
  const parts: string[] = []
  spec.steps.forEach((step, i) => {
    const y = 6 + i * ROW_H
    const [from, to] = barOf(step)
    const bold = step.role === 'part' ? null : 'bold'
    parts.push(text(BAR_X - 8, y + 11, step.label, { 'text-anchor': 'end', 'font-weight': bold }))
    parts.push(rect(x(from), y + 2, Math.max(1, x(to) - x(from)), ROW_H - 6, { fill: step.color }))
    if (step.role === 'part' && i + 1 < spec.steps.length) {
      parts.push(line(x(from), y + ROW_H - 4, x(from), y + ROW_H + 2, { stroke: '#999', 'stroke-width': 0.8 }))
    }
    const value = formatKbWithSize(step.kb)
    parts.push(text(BAR_X + BAR_W + 8, y + 11, value, { 'font-weight': bold, fill: step.kb < 0 ? '#c62828' : '#222' }))
  })
  parts.push(line(BAR_X, 4, BAR_X, 8 + spec.steps.length * ROW_H, { stroke: '#888', 'stroke-width': 0.8 }))
  return svgDocument(WIDTH, 12 + spec.steps.length * ROW_H, spec.title, parts)
}
