/**
 * The zone chart: every node/zone's free memory (and the CMA part of it) against min/low/high and
 * the lowmem_reserve the failing request had to respect, with the replay's verdict per zone.
 */
import type { MemEvent, Zone } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult, ZoneCheck, ZoneWatermarks } from '../model/types'
import { CHART_COLORS } from './chart-colors'
import type { ZoneChartRow, ZoneChartSpec, ZoneVerdict } from './chart-spec-types'
import { t } from './i18n/translate'

/** Zone label as the UI prints it: `Node 0 Normal`. */
export function zoneKey(node: number, zone: string): string {
  return `Node ${node} ${zone}`
}

function verdictOf(check: ZoneCheck | undefined): ZoneVerdict | null {
  if (!check) return null
  if (!check.allowed) return 'not-allowed'
  return check.pass ? 'pass' : 'fail'
}

function rowOf(zone: Zone, computed: ZoneWatermarks | undefined, check: ZoneCheck | undefined): ZoneChartRow {
  // Printed watermarks win: they include any boost the kernel applied; the model fills the gaps.
  const minKb = zone.minKb ?? computed?.minKb ?? null
  const lowKb = zone.lowKb ?? computed?.lowKb ?? null
  const highKb = zone.highKb ?? computed?.highKb ?? null
  const requiredKb = check ? check.watermarkKb + check.reserveKb : null
  const freeCmaKb = Math.min(zone.freeCmaKb ?? 0, zone.freeKb)
  const axisMaxKb = Math.max(zone.freeKb, minKb ?? 0, lowKb ?? 0, highKb ?? 0, requiredKb ?? 0, 1)
  return {
    key: zoneKey(zone.node, zone.zone),
    node: zone.node,
    zone: zone.zone,
    freeKb: zone.freeKb,
    freeCmaKb,
    minKb,
    lowKb,
    highKb,
    reserveKb: check ? check.reserveKb : null,
    lowmemReservePages: zone.lowmemReserve,
    requiredKb,
    verdict: verdictOf(check),
    decidingTerm: check ? check.decidingTerm : null,
    marginKb: check ? check.marginKb : null,
    axisMaxKb,
  }
}

/** Build the zone chart spec for one event; labels in `lang`. */
export function buildZoneChartSpec(event: MemEvent, model: ModelResult, lang: Lang = 'en'): ZoneChartSpec {
  const find = <T extends { readonly node: number; readonly zone: string }>(list: readonly T[], z: Zone) =>
    list.find((item) => item.node === z.node && item.zone === z.zone)
  const rows = event.zones.map((z) => rowOf(z, find(model.zones, z), find(model.allocation?.zones ?? [], z)))
  return {
    kind: 'zone',
    title: t(lang, 'chart.zone.title'),
    unit: 'kB',
    rows,
    legend: [
      { id: 'free', label: t(lang, 'legend.free'), color: CHART_COLORS.free },
      { id: 'free-cma', label: t(lang, 'legend.freeCma'), color: CHART_COLORS.freeCma },
      { id: 'min', label: t(lang, 'legend.min'), color: CHART_COLORS.min, marker: true },
      { id: 'low', label: t(lang, 'legend.low'), color: CHART_COLORS.low, marker: true },
      { id: 'high', label: t(lang, 'legend.high'), color: CHART_COLORS.high, marker: true },
      { id: 'required', label: t(lang, 'legend.required'), color: CHART_COLORS.required, marker: true },
    ],
  }
}
