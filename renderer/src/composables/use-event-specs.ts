import { computed, type Ref } from 'vue'
import type { EventDetail } from '../../../shared/api/api-types'
import type { Lang } from '../../../shared/i18n/lang'
import type { AllocationReplay } from '../../../shared/model/types'
import { buildAccountingChartSpec, buildBuddyChartSpec, buildZoneChartSpec } from '../../../shared/report/chart-specs'

/**
 * The core's chart specs for one event, in the UI language. With a what-if replay the zone chart
 * shows that replay's verdicts and required levels; the printed zone values stay as printed.
 */
export function useEventSpecs(detail: Ref<EventDetail | null>, lang: Ref<Lang>, replay: Ref<AllocationReplay | null>) {
  const zone = computed(() => {
    const d = detail.value
    if (!d) return null
    const model = replay.value ? { ...d.model, allocation: replay.value } : d.model
    return buildZoneChartSpec(d.event, model, lang.value)
  })
  const buddy = computed(() => (detail.value ? buildBuddyChartSpec(detail.value.event, lang.value) : null))
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
