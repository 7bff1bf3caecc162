/**
 * Zone sizes at the time the kernel set up watermarks and reserves. Both are computed early in boot
 * (`init_per_zone_wmark_min` at core/postcore_initcall, THP's `set_recommended_min_free_kbytes` at
 * subsys_initcall); memory freed later (the initrd at rootfs_initcall, init sections after all initcalls)
 * grows `managed` without recomputing them until ≈6.14 (zhouzihan30 recomputes lowmem_reserve on
 * managed-page changes; kernel-facts §4.3), and a balloon driver shrinks it. The printed
 * `lowmem_reserve[]` keeps a record of the sizes at that time: row i, entry j = ⌊Σ size(i+1..j) /
 * ratio[i]⌋ (`setup_per_zone_lowmem_reserve`), so every row bounds the sizes of the zones above it.
 */
import type { BasisZone } from './types'

/** An inclusive range of pages. */
export interface SizeRange {
  readonly lo: number
  readonly hi: number
}

/**
 * How far `managed` can have grown after boot without the reserve and watermarks following: the
 * initramfs image (compressed; distro images reach 100–150 MB) plus the kernel's init sections (a few
 * MB) — 256 MB, in pages of the report's size.
 */
export function bootGrowthPages(pageSizeKb: number): number {
  return Math.floor((256 * 1024) / pageSizeKb)
}

/**
 * Per zone (index-aligned with `zones`), the sizes the printed reserve rows of the zones below it on the
 * same node allow, intersected over rows; null where no row says anything (the lowest zone, or ratio 0).
 * `layout` is the configured zones in index order; unprinted (empty) zones count as size 0.
 */
export function reserveSizeRanges(
  zones: readonly BasisZone[],
  ratios: readonly number[],
  layoutLength: number,
): (SizeRange | null)[] {
  const out: (SizeRange | null)[] = zones.map(() => null)
  const byIndex = (node: number, index: number): number => zones.findIndex((z) => z.node === node && z.index === index)
  for (const below of zones) {
    const row = below.printedReserve
    const ratio = ratios[below.index] ?? 0
    if (!row || ratio < 1 || row.length !== layoutLength) continue
    // Cumulative size above `below` up to zone j: [row[j] × ratio, row[j] × ratio + ratio − 1].
    let prevLo = 0
    let prevHi = 0
    for (let j = below.index + 1; j < row.length; j++) {
      const r = row[j] ?? 0
      const lo = r * ratio
      const hi = r * ratio + ratio - 1
      const i = byIndex(below.node, j)
      if (i >= 0) {
        const range = { lo: Math.max(0, lo - prevHi), hi: Math.max(0, hi - prevLo) }
        const seen = out[i]
        out[i] = seen ? { lo: Math.max(seen.lo, range.lo), hi: Math.min(seen.hi, range.hi) } : range
      }
      prevLo = lo
      prevHi = hi
    }
  }
  // Rows that disagree leave an empty range: no reading of the sizes fits them all, say nothing.
  return out.map((r) => (r && r.lo <= r.hi ? r : null))
}

/**
 * Per zone, the size closest to the printed one that the reserve rows allow (the sizes the reserve was
 * computed from, when managed moved since). Zones no row bounds keep their printed size.
 */
export function bootSizesFromReserves(zones: readonly BasisZone[], ratios: readonly number[]): number[] {
  const layoutLength = Math.max(0, ...zones.map((z) => z.printedReserve?.length ?? 0))
  const ranges = reserveSizeRanges(zones, ratios, layoutLength)
  return zones.map((z, i) => {
    const r = ranges[i]
    if (!r) return z.sizePages
    if (z.sizePages <= 0) return Math.round((r.lo + r.hi) / 2)
    return Math.min(r.hi, Math.max(r.lo, z.sizePages))
  })
}
