/** The few theme colours a Chart.js configuration needs; read from the CSS custom properties at draw time. */
export interface ChartTheme {
  readonly text: string
  readonly textMuted: string
  readonly grid: string
  readonly surface: string
  readonly fontFamily: string
}

export const LIGHT_CHART_THEME: ChartTheme = {
  text: '#1c2330',
  textMuted: '#7a8494',
  grid: 'rgba(28, 35, 48, 0.08)',
  surface: '#ffffff',
  fontFamily: 'system-ui, sans-serif',
}

/** A spec colour with alpha, for fills under lines and shaded ranges. `#rrggbb` only; anything else unchanged. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) return hex
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}
