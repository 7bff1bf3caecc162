/**
 * Chart specs shared by the app (mapped to Chart.js in `renderer/src/charts`) and the report (drawn
 * as SVG by `shared/report/svg`). One import point for the types and the builders.
 */
export type * from './chart-spec-types'
export { CHART_COLORS, MIGRATE_COLORS, SERIES_CYCLE } from './chart-colors'
export { buildZoneChartSpec } from './zone-chart-spec'
export { buildBuddyChartSpec } from './buddy-chart-spec'
export { buildAccountingChartSpec } from './accounting-chart-spec'
export type { AccountingInput } from './accounting-chart-spec'
export { buildTimelineSpec } from './timeline-spec'
