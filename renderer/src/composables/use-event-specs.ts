import { computed, type Ref } from 'vue'
import type { EventDetail } from '../../../shared/api/api-types'
import { accountingWaterfall } from '../../../shared/diagnose/accounting'
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
    // The global waterfall first: it is the one that answers "where did the RAM go".
    const waterfalls = [...accountingWaterfall(d.event)].sort((a, b) => Number(a.scope !== 'global') - Number(b.scope !== 'global'))
    return waterfalls.map((w) => buildAccountingChartSpec(w, lang.value))
  })
  return { zone, buddy, accounting }
}
