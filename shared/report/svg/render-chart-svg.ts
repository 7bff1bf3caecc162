/** Any chart spec → SVG string: the one entry the report renderers call. */
import type { Lang } from '../../i18n/lang'
import type { ChartSpec } from '../chart-spec-types'
import { renderBuddyChartSvg } from './buddy-chart-svg'
import { renderTimelineSvg } from './timeline-svg'
import { renderWaterfallSvg } from './waterfall-svg'
import { renderZoneChartSvg } from './zone-chart-svg'

/** Draw `spec` as a self-contained, script-free SVG element (a string). */
export function renderChartSvg(spec: ChartSpec, lang: Lang = 'en'): string {
  switch (spec.kind) {
    case 'zone':
      return renderZoneChartSvg(spec, lang)
    case 'buddy':
      return renderBuddyChartSvg(spec, lang)
    case 'accounting':
      return renderWaterfallSvg(spec)
    case 'timeline':
      return renderTimelineSvg(spec)
  }
}
