/**
 * Zone sizes at the time the kernel set up watermarks and reserves. Both are computed early in boot
 * (`init_per_zone_wmark_min`, THP's `set_recommended_min_free_kbytes`); memory freed later (init
 * sections, the initrd) or moved by a balloon driver changes `managed` without recomputing them
 * (kernel-facts §4.3). The printed `lowmem_reserve[]` keeps a record of the sizes at that time:
 * row i, entry i+1 = ⌊size(i+1) / ratio[i]⌋ (`setup_per_zone_lowmem_reserve`).
 */
import type { BasisZone } from './types'

/**
 * Per zone (same order as `zones`), the size closest to the printed one that the reserve of the zone
 * just below on the same node allows. Zones without such a row keep their printed size.
 */
export function bootSizesFromReserves(zones: readonly BasisZone[], ratios: readonly number[]): number[] {
  return zones.map((z) => {
    const below = zones.find((o) => o.node === z.node && o.index === z.index - 1)
    const ratio = below ? (ratios[below.index] ?? 0) : 0
    const reserve = below?.printedReserve?.[z.index]
    if (!below || ratio < 1 || reserve === undefined || reserve <= 0) return z.sizePages
    const lo = reserve * ratio
    const hi = lo + ratio - 1
    return Math.min(hi, Math.max(lo, z.sizePages))
  })
}
