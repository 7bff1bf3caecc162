/**
 * The chart palette, shared by the SVG renderer and (through the specs) the app's Chart.js charts,
 * so a zone's `min` line has one colour everywhere. Chosen to stay distinct in greyscale print.
 */
export const CHART_COLORS = {
  free: '#2f6fd6',
  freeCma: '#9b7fe0',
  min: '#c62828',
  low: '#e08a00',
  high: '#2e7d32',
  required: '#111111',
  oom: '#c62828',
  'memcg-oom': '#8e24aa',
  'alloc-failure': '#e08a00',
  total: '#546e7a',
  rest: '#9e9e9e',
} as const

/** Colours for migrate types (buddy chart), by the letter the kernel prints. */
export const MIGRATE_COLORS: Readonly<Record<string, string>> = {
  U: '#c62828',
  M: '#2f6fd6',
  E: '#2e7d32',
  C: '#9b7fe0',
  H: '#e08a00',
  R: '#6d4c41',
  I: '#757575',
}

/** A cycle for parts of the waterfall and counter lanes. */
export const SERIES_CYCLE: readonly string[] = [
  '#2f6fd6',
  '#e08a00',
  '#2e7d32',
  '#8e24aa',
  '#00838f',
  '#c62828',
  '#6d4c41',
  '#ad1457',
  '#558b2f',
  '#3949ab',
]
