/**
 * The zone chart: every node/zone's free memory (and the CMA part of it) against min/low/high and
 * the lowmem_reserve the failing request had to respect, with the replay's verdict per zone. With a
 * what-if scenario every number comes from that scenario's replay (watermarks, free CMA, what the
 * check required, margin, verdict) and the recorded values ride along as a faint reference.
 */
import type { MemEvent, Zone } from '../event/types'
import { zoneLabel } from '../event/zone-label'
import type { Lang } from '../i18n/lang'
import type { ScenarioResult } from '../model/what-if-types'
import type { ModelResult, ZoneCheck, ZoneWatermarks } from '../model/types'
import { CHART_COLORS } from './chart-colors'
import type { ZoneChartRow, ZoneChartSpec, ZoneVerdict } from './chart-spec-types'
import { t } from '../i18n/t'

function verdictOf(check: ZoneCheck | undefined): ZoneVerdict | null {
  if (!check) return null
  if (!check.allowed) return 'not-allowed'
  return check.pass ? 'pass' : 'fail'
}

interface ZoneState {
  readonly marks: ZoneWatermarks | undefined
  readonly check: ZoneCheck | undefined
  /** Free CMA in kB, when a scenario resized the area; undefined = as printed. */
  readonly freeCmaKb: number | undefined
  /** Whether the marks are the scenario's own (a what-if) rather than a fill-in for unprinted values. */
  readonly scenario: boolean
}

function rowOf(zone: Zone, state: ZoneState): Omit<ZoneChartRow, 'recorded'> {
  const { marks, check } = state
  // Printed watermarks win as recorded (they include any boost the kernel applied; the model fills the
  // gaps); a scenario's marks are the scenario's.
  const pick = (printed: number | null, computed: number | undefined): number | null =>
    state.scenario ? (computed ?? printed) : (printed ?? computed ?? null)
  const minKb = pick(zone.minKb, marks?.minKb)
  const lowKb = pick(zone.lowKb, marks?.lowKb)
  const highKb = pick(zone.highKb, marks?.highKb)
  const requiredKb = check && check.allowed ? check.watermarkKb + check.reserveKb : null
  // Reclaim into added swap (an estimate) shows as the free the check then saw.
  const freeKb = state.scenario && check && check.allowed ? check.freeKb : zone.freeKb
  const freeCmaKb = Math.min(state.freeCmaKb ?? zone.freeCmaKb ?? 0, freeKb)
  const axisMaxKb = Math.max(freeKb, minKb ?? 0, lowKb ?? 0, highKb ?? 0, requiredKb ?? 0, 1)
  return {
    key: zoneLabel(zone),
    node: zone.node,
    zone: zone.zone,
    freeKb,
    freeCmaKb,
    minKb,
    lowKb,
    highKb,
    reserveKb: check && check.allowed ? check.reserveKb : null,
    lowmemReservePages: state.scenario && marks ? marks.lowmemReserve : zone.lowmemReserve,
    requiredKb,
    verdict: verdictOf(check),
    decidingTerm: check ? check.decidingTerm : null,
    marginKb: check && check.allowed ? check.marginKb : null,
    axisMaxKb,
  }
}

const find = <T extends { readonly node: number; readonly zone: string }>(list: readonly T[], z: Zone) =>
  list.find((item) => item.node === z.node && item.zone === z.zone)

/**
 * Build the zone chart spec for one event; labels in `lang`. `scenario`: a what-if result
 * (`runScenario`) to draw instead of the recorded state; a recorded scenario draws as recorded.
 */
export function buildZoneChartSpec(
  event: MemEvent,
  model: ModelResult,
  lang: Lang = 'en',
  scenario: ScenarioResult | null = null,
): ZoneChartSpec {
  const rows = event.zones.map((z): ZoneChartRow => {
    const recorded = rowOf(z, {
      marks: find(model.zones, z),
      check: find(model.allocation?.zones ?? [], z),
      freeCmaKb: undefined,
      scenario: false,
    })
    if (!scenario || scenario.recorded) return recorded
    const i = (model.basis?.zones ?? []).findIndex((b) => b.node === z.node && b.zone === z.zone)
    const row = rowOf(z, {
      marks: find(scenario.zones, z),
      check: find(scenario.replay?.zones ?? [], z),
      freeCmaKb: i >= 0 ? scenario.freeCmaKb[i] : undefined,
      scenario: true,
    })
    return {
      ...row,
      axisMaxKb: Math.max(row.axisMaxKb, recorded.axisMaxKb),
      recorded: {
        minKb: recorded.minKb,
        lowKb: recorded.lowKb,
        highKb: recorded.highKb,
        freeCmaKb: recorded.freeCmaKb,
        requiredKb: recorded.requiredKb,
        marginKb: recorded.marginKb,
        verdict: recorded.verdict,
      },
    }
  })
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
