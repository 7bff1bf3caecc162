/**
 * `lowmem_reserve[]` as `setup_per_zone_lowmem_reserve` (mm/page_alloc.c) computes it from
 * `sysctl_lowmem_reserve_ratio` — kernel-facts §4, lowmem-reserve-ratio.json.
 */
import { v, type KernelVersionCode } from './version'

/**
 * The default ratio of every configured zone (index-aligned with `layout`).
 * 2.6.32–4.16: a positional array of MAX_NR_ZONES−1 entries — 256 for DMA, 256 for DMA32, 32 for
 * Normal only with CONFIG_HIGHMEM, then one final 32; the rest 0. 4.17+ (Joonsoo Kim "don't reserve
 * ZONE_HIGHMEM for ZONE_MOVABLE request"): designated DMA 256, DMA32 256, Normal 32, others 0.
 */
export function defaultLowmemReserveRatios(layout: readonly string[], version: KernelVersionCode): number[] {
  if (version >= v('4.17')) {
    const designated: Record<string, number> = { DMA: 256, DMA32: 256, Normal: 32 }
    return layout.map((z) => designated[z] ?? 0)
  }
  const positional: number[] = []
  if (layout.includes('DMA')) positional.push(256)
  if (layout.includes('DMA32')) positional.push(256)
  if (layout.includes('HighMem')) positional.push(32)
  positional.push(32)
  return layout.map((_, i) => (i < layout.length - 1 ? (positional[i] ?? 0) : 0))
}

/**
 * The reserves of one node: row i = zone i's `lowmem_reserve[]`, entry j = Σ size(i+1..j) / ratio[i]
 * for j > i, else 0. ≤ 4.16 a ratio < 1 is forced to 1; 4.17+ it disables the row. 5.8+ (Baoquan He
 * f63661566fad) a zone with no managed pages gets an all-zero row — earlier kernels computed it, but
 * an empty zone is never printed, so the numbers shown agree.
 */
export function computeLowmemReserve(
  sizesPages: readonly number[],
  ratios: readonly number[],
  version: KernelVersionCode,
): number[][] {
  const n = sizesPages.length
  return sizesPages.map((size, i) => {
    const row = new Array<number>(n).fill(0)
    let ratio = ratios[i] ?? 0
    if (ratio < 1) {
      if (version >= v('4.17')) return row
      ratio = 1
    }
    if (version >= v('5.8') && size === 0) return row
    let sum = 0
    for (let j = i + 1; j < n; j++) {
      sum += sizesPages[j] ?? 0
      row[j] = Math.floor(sum / ratio)
    }
    return row
  })
}
