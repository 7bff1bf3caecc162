/**
 * A report that printed no kernel release still printed the raw gfp mask, and every request the
 * allocator sees carries one of the base reclaim composites of its kernel (GFP_KERNEL, GFP_NOFS,
 * GFP_NOIO, GFP_ATOMIC, GFP_NOWAIT — possibly with modifiers). The bits moved between versions
 * (kernel-facts §1.1: 4.4 reclaim split, 4.10, 4.18, 5.1 shuffles), so a mask decodes to such a
 * composite with no unnamed bit only on some layouts: that bounds the version. `0x200da` is
 * GFP_HIGHUSER_MOVABLE only up to 4.3; on 5.x it would read as MEMALLOC|RECLAIMABLE|MOVABLE without
 * any reclaim flag — a request no caller makes.
 */
import { parseKernelVersion, type KernelVersionCode } from '../version'
import { decodeGfpFlags, parseGfpHex } from './decode-gfp'
import { gfpComposites } from './gfp-composites'
import { GFP_LAYOUTS } from './gfp-layouts'

/** The reclaim composites every allocation starts from (include/linux/gfp.h, gfp_types.h). */
const BASE = ['GFP_KERNEL', 'GFP_NOFS', 'GFP_NOIO', 'GFP_ATOMIC', 'GFP_NOWAIT'] as const

/** Whether `mask` reads as a real request on the layout of `version`. */
export function maskPlausible(mask: number, version: KernelVersionCode): boolean {
  const set = decodeGfpFlags(`0x${mask.toString(16)}`, null, version)
  if (set.unknownBits !== 0) return false
  const flags = new Set(set.flags)
  const composites = gfpComposites(version)
  return BASE.some((name) => {
    const members = composites[name] ?? []
    return members.length > 0 && members.every((f) => flags.has(f))
  })
}

/**
 * The newest version not above `upTo` whose layout reads `maskText` as a real request (the upper end of
 * that layout's range), or null when no layout does (a vendor bit, a corrupt mask) or the mask is 0.
 */
export function newestVersionForMask(maskText: string | null, upTo: KernelVersionCode): KernelVersionCode | null {
  const mask = parseGfpHex(maskText)
  if (mask === null || mask === 0) return null
  for (let i = GFP_LAYOUTS.length - 1; i >= 0; i--) {
    const layout = GFP_LAYOUTS[i]
    if (!layout) continue
    const from = parseKernelVersion(layout.from) ?? 0
    if (from > upTo) continue
    const to =
      layout.to === null
        ? upTo
        : Math.min(upTo, (parseKernelVersion(layout.to) ?? upTo) + (layout.to.split('.').length === 2 ? 999 : 0))
    if (maskPlausible(mask, to)) return to
  }
  return null
}
