import { computed, type Ref } from 'vue'
import type { EventDetail } from '../../../shared/api/api-types'
import type { Lang } from '../../../shared/i18n/lang'
import type { ScenarioResult } from '../../../shared/model/what-if-types'
import {
  buildAccountingChartSpec,
  buildBuddyChartSpec,
  buildZoneChartSpec,
  type BuddyChartSpec,
  type ZoneChartSpec,
} from '../../../shared/report/chart-specs'

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The core's chart specs for one event, in the UI language. With a what-if scenario the zone and
 * buddy charts are drawn from that scenario's replay (the recorded values as a faint reference).
 */
export function useEventSpecs(detail: Ref<EventDetail | null>, lang: Ref<Lang>, scenario: Ref<ScenarioResult | null>) {
  const zone = computed<ZoneChartSpec | null>((previous) => {
    const d = detail.value
    if (!d) return null
    const next = buildZoneChartSpec(d.event, d.model, lang.value, scenario.value)
    // Rows a slider move left as they were keep their object, so their charts are not redrawn.
    const rows = next.rows.map((row, i) => {
      const old = previous?.rows[i]
      return old && sameJson(old, row) ? old : row
    })
    return previous && rows.every((r, i) => r === previous.rows[i]) && sameJson(previous.legend, next.legend)
      ? previous
      : { ...next, rows }
  })
  const buddy = computed<BuddyChartSpec | null>((previous) => {
    const d = detail.value
    if (!d) return null
    const next = buildBuddyChartSpec(d.event, lang.value, scenario.value, d.model.basis?.zones ?? [])
    return previous && sameJson(previous, next) ? previous : next
  })
  const accounting = computed(() => {
    const d = detail.value
    if (!d) return []
    // First the global waterfall (where did the RAM go), else the highest zone the request could use
    // (for a lowmem request on 32-bit that is Normal, the zone that ran out), else the biggest zone.
    const highest = d.model.gfp?.highestZone ?? null
    const rank = (w: { scope: string; zone: string | null; managedKb: number }) =>
      w.scope === 'global' ? 2e15 : w.zone === highest ? 1e15 : w.managedKb
    const waterfalls = [...(d.model.memoryBalance?.ledgers ?? [])].sort((a, b) => rank(b) - rank(a))
    return waterfalls.map((w) => buildAccountingChartSpec(w, lang.value))
  })
  return { zone, buddy, accounting }
}
