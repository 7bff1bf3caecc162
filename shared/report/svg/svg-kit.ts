/**
 * Tiny SVG string builders. Every text node and attribute value passes {@link escapeHtml}, so log
 * text cannot open a tag or an attribute; no element we emit can run script (no `<script>`, no
 * `on*` attributes, no `<foreignObject>`, no links).
 */
import { escapeHtml } from '../safe-text'

type Attrs = Readonly<Record<string, string | number | null | undefined>>

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(typeof value === 'number' ? round(value) : value)}"`)
    .join('')
}

/** Two decimals at most: keeps SVG small and stable in tests. */
function round(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** `<rect>`; negative sizes are clamped to 0. */
export function rect(x: number, y: number, width: number, height: number, extra: Attrs = {}): string {
  return `<rect${attrs({ x, y, width: Math.max(0, width), height: Math.max(0, height), ...extra })}/>`
}

export function line(x1: number, y1: number, x2: number, y2: number, extra: Attrs = {}): string {
  return `<line${attrs({ x1, y1, x2, y2, ...extra })}/>`
}

export function circle(cx: number, cy: number, r: number, extra: Attrs = {}): string {
  return `<circle${attrs({ cx, cy, r, ...extra })}/>`
}

export function polyline(points: readonly (readonly [number, number])[], extra: Attrs = {}): string {
  const list = points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')
  return `<polyline${attrs({ points: list, fill: 'none', ...extra })}/>`
}

/** Text, escaped. */
export function text(x: number, y: number, content: string, extra: Attrs = {}): string {
  return `<text${attrs({ x, y, ...extra })}>${escapeHtml(content)}</text>`
}

/** A `<title>` (tooltip and accessible name), escaped. */
export function title(content: string): string {
  return `<title>${escapeHtml(content)}</title>`
}

/** The outer element: a fixed viewBox that scales to the page width; `role=img` + title for readers. */
export function svgDocument(width: number, height: number, label: string, body: readonly string[]): string {
  const head = `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': label,
    'font-size': 11,
    class: 'chart',
  })}>`
  return `${head}${title(label)}${body.join('')}</svg>`
}

/** A legend row of colour swatches; returns the SVG pieces and the height used. */
export function legendRow(
  x: number,
  y: number,
  items: readonly { readonly label: string; readonly color: string; readonly marker?: boolean }[],
  maxWidth: number,
): { readonly parts: string[]; readonly height: number } {
  const parts: string[] = []
  let cx = x
  let cy = y
  for (const item of items) {
    const width = 22 + item.label.length * 6.2
    if (cx + width > x + maxWidth && cx > x) {
      cx = x
      cy += 16
    }
    parts.push(
      item.marker
        ? line(cx, cy - 4, cx + 12, cy - 4, { stroke: item.color, 'stroke-width': 2.5 })
        : rect(cx, cy - 9, 12, 10, { fill: item.color }),
    )
    parts.push(text(cx + 16, cy, item.label, { fill: '#333' }))
    cx += width + 10
  }
  return { parts, height: cy - y + 16 }
}
