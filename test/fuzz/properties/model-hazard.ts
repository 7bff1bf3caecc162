// The guard for the open model crash (known failure model-endless-loop-on-unsafe-watermark): whether
// analyzeModel would reach the loop in infer-watermark-params.ts candidatesFrom with a start beyond
// 2^53, where `p++` stops changing p. Mirrors that function's bound (conservatively: every zone counts
// as lowmem, both size sets), using the model's own basis, so the guard skips only events that crash.
import type { MemEvent } from '../../../shared/event/types'
import { defaultLowmemReserveRatios } from '../../../shared/kernel/lowmem-reserve'
import { bootSizesFromReserves } from '../../../shared/model/boot-sizes'
import { eventBasis } from '../../../shared/model/event-basis'

/** Below this a start value still increments; the 64-step window stays exact. */
const SAFE = 2 ** 52

/** True when the model's watermark fit would loop without end on this event. */
export function modelLoopHazard(e: MemEvent): boolean {
  const eb = eventBasis(e)
  if (eb.zones.length === 0 || !eb.zones.every((z) => z.sizePages > 0)) return false
  const printed = eb.zones.map((z) => z.sizePages)
  const boot = bootSizesFromReserves(eb.zones, defaultLowmemReserveRatios(eb.layout, eb.version))
  for (const sizes of [printed, boot]) {
    const lowmemPages = sizes.reduce((s, x) => s + Math.max(0, x), 0)
    for (const [i, z] of eb.zones.entries()) {
      const size = sizes[i] ?? 0
      if (z.printedMinPages === null || size <= 0) continue
      const d = z.printedLowPages === null ? 0 : z.printedLowPages - z.printedMinPages
      const share = Math.max(z.printedMinPages - z.boostPages, 4 * d + 3)
      if (((share + 1) * lowmemPages) / size >= SAFE || !Number.isFinite(lowmemPages)) return true
    }
  }
  return false
}
