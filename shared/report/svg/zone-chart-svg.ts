/**
 * The zone chart as SVG: one row per zone, each on its own scale (DMA and HighMem differ ×1000),
 * free memory as a bar (CMA part shaded), min/low/high and "what this request needed" as markers,
 * and the replay's verdict next to the zone name.
 */
import type { Lang } from '../../i18n/lang'
import { CHART_COLORS } from '../chart-colors'
import type { ZoneChartRow, ZoneChartSpec } from '../chart-spec-types'
import { formatKb, formatSize } from '../../i18n/format'
import type { MessageKey } from '../../i18n/catalog/en'
import { t } from '../../i18n/t'
import { legendRow, line, rect, svgDocument, text } from './svg-kit'

const WIDTH = 680
const BAR_X = 160
const BAR_W = 360
const VALUE_X = 530
const ROW_H = 52

const VERDICT_COLOR = { pass: '#2e7d32', fail: '#c62828', 'not-allowed': '#757575' } as const

function marker(x: number, y: number, color: string, dashed: boolean): string {
  return line(x, y, x, y + 24, { stroke: color, 'stroke-width': 2, 'stroke-dasharray': dashed ? '3 2' : null })
}

function row(r: ZoneChartRow, y: number, lang: Lang): string[] {
  const scale = (kb: number) => BAR_X + (Math.max(0, kb) / (r.axisMaxKb * 1.05)) * BAR_W
  const verdictKey = (r.verdict ? `verdict.${r.verdict}` : 'verdict.unknown') as MessageKey
  const verdictColor = r.verdict ? VERDICT_COLOR[r.verdict] : '#757575'
  const parts = [
    text(0, y + 15, r.key, { 'font-weight': 'bold', 'font-size': 12 }),
    text(0, y + 30, t(lang, verdictKey), { fill: verdictColor }),
    rect(BAR_X, y + 6, BAR_W, 16, { fill: '#eef1f5' }),
    rect(BAR_X, y + 6, scale(r.freeKb) - BAR_X, 16, { fill: CHART_COLORS.free }),
  ]
  if (r.freeCmaKb > 0) {
    const x0 = scale(r.freeKb - r.freeCmaKb)
    parts.push(rect(x0, y + 6, scale(r.freeKb) - x0, 16, { fill: CHART_COLORS.freeCma }))
  }
  const marks: [number | null, string, boolean][] = [
    [r.minKb, CHART_COLORS.min, false],
    [r.lowKb, CHART_COLORS.low, false],
    [r.highKb, CHART_COLORS.high, false],
    [r.verdict === 'not-allowed' ? null : r.requiredKb, CHART_COLORS.required, true],
  ]
  for (const [kb, color, dashed] of marks) if (kb !== null) parts.push(marker(scale(kb), y + 2, color, dashed))
  const details = [
    `min ${formatKb(r.minKb)}`,
    `low ${formatKb(r.lowKb)}`,
    `high ${formatKb(r.highKb)}`,
    ...(r.freeCmaKb > 0 ? [`free_cma ${formatKb(r.freeCmaKb)}`] : []),
    ...(r.reserveKb ? [`lowmem_reserve ${formatKb(r.reserveKb)}`] : []),
  ]
  parts.push(text(BAR_X, y + 40, details.join(' · '), { fill: '#555', 'font-size': 10 }))
  parts.push(text(VALUE_X + 8, y + 18, `free ${formatSize(r.freeKb)}`, { 'font-weight': 'bold' }))
  if (r.marginKb !== null && r.verdict !== 'not-allowed') {
    const sign = r.marginKb > 0 ? '+' : r.marginKb < 0 ? '−' : ''
    const fill = r.marginKb < 0 ? '#c62828' : '#2e7d32'
    const label = `${t(lang, 'chart.margin')} ${sign}${formatSize(Math.abs(r.marginKb))}`
    parts.push(text(VALUE_X + 8, y + 32, label, { fill, 'font-size': 10 }))
  }
  return parts
}

/** Draw a {@link ZoneChartSpec} as a self-contained SVG string. */
export function renderZoneChartSvg(spec: ZoneChartSpec, lang: Lang = 'en'): string {
  const legend = legendRow(0, 12, spec.legend, WIDTH)
  const top = legend.height + 6
  const rows = spec.rows.flatMap((r, i) => row(r, top + i * ROW_H, lang))
  const height = top + Math.max(1, spec.rows.length) * ROW_H
  return svgDocument(WIDTH, height, spec.title, [...legend.parts, ...rows])
}
