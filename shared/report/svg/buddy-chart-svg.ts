/**
 * The buddy chart as SVG: per zone, one column per order with the count of free blocks (bar height on
 * a log scale, the count printed above), the migrate-type letters the kernel printed below, and the
 * failing request's order shaded.
 */
import type { Lang } from '../../i18n/lang'
import { MIGRATE_COLORS } from '../chart-colors'
import type { BuddyChartRow, BuddyChartSpec } from '../chart-spec-types'
import { formatBlockSize, formatSize } from '../../i18n/format'
import { t } from '../../i18n/t'
import { legendRow, rect, svgDocument, text } from './svg-kit'

const WIDTH = 680
const GRID_X = 150
const GRID_W = 530
const ROW_H = 78
const BAR_MAX_H = 34

function row(r: BuddyChartRow, y: number, columns: number, requestOrder: number | null): string[] {
  const colW = GRID_W / columns
  const maxLog = Math.log2(Math.max(2, ...r.cells.map((c) => c.count + 1)))
  const parts = [
    text(0, y + 30, r.key, { 'font-weight': 'bold', 'font-size': 12 }),
    text(0, y + 45, `Σ ${formatSize(r.totalKb)}`, { fill: '#555' }),
  ]
  if (requestOrder !== null && requestOrder < columns) {
    parts.push(rect(GRID_X + requestOrder * colW, y, colW, ROW_H - 8, { fill: '#fff4c2' }))
  }
  for (const cell of r.cells) {
    const x = GRID_X + cell.order * colW
    const h = cell.count === 0 ? 0 : Math.max(2, (Math.log2(cell.count + 1) / maxLog) * BAR_MAX_H)
    const base = y + 14 + BAR_MAX_H
    const letters = [...(cell.letters ?? '')]
    const color = letters.length === 1 ? (MIGRATE_COLORS[letters[0] ?? ''] ?? '#2f6fd6') : '#2f6fd6'
    parts.push(rect(x + colW * 0.2, base - h, colW * 0.6, h, { fill: cell.count === 0 ? '#ddd' : color }))
    parts.push(text(x + colW / 2, base - h - 3, String(cell.count), { 'text-anchor': 'middle', 'font-size': 10 }))
    letters.forEach((letter, i) => {
      const lx = x + colW / 2 + (i - (letters.length - 1) / 2) * 8
      parts.push(
        text(lx, base + 13, letter, {
          'text-anchor': 'middle',
          'font-size': 9,
          fill: MIGRATE_COLORS[letter] ?? '#555',
        }),
      )
    })
  }
  return parts
}

/** Draw a {@link BuddyChartSpec} as a self-contained SVG string. */
export function renderBuddyChartSvg(spec: BuddyChartSpec, lang: Lang = 'en'): string {
  const columns = spec.maxOrder + 1
  const colW = GRID_W / columns
  const request =
    spec.requestOrder === null
      ? []
      : [{ label: `${t(lang, 'legend.requestOrder')} ${spec.requestOrder}`, color: '#fff4c2' }]
  const legend = legendRow(0, 12, [...spec.legend, ...request], WIDTH)
  const headY = legend.height + 10
  const header = [text(0, headY, `${t(lang, 'chart.order')} →`, { fill: '#555' })]
  const blockKb = spec.rows[0]?.order0Kb ?? 4
  for (let order = 0; order < columns; order++) {
    const x = GRID_X + order * colW + colW / 2
    header.push(text(x, headY, String(order), { 'text-anchor': 'middle', 'font-weight': 'bold' }))
    header.push(
      text(x, headY + 12, formatBlockSize(blockKb * 2 ** order), {
        'text-anchor': 'middle',
        'font-size': 9,
        fill: '#777',
      }),
    )
  }
  const top = headY + 18
  const rows = spec.rows.flatMap((r, i) => row(r, top + i * ROW_H, columns, spec.requestOrder))
  const height = top + Math.max(1, spec.rows.length) * ROW_H
  return svgDocument(WIDTH, height, spec.title, [...legend.parts, ...header, ...rows])
}
