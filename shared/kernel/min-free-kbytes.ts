/**
 * min_free_kbytes: the boot default (`init_per_zone_wmark_min` / 6.x `calculate_min_free_kbytes`)
 * and THP's recommended value (`set_recommended_min_free_kbytes`, mm/huge_memory.c ≤ 4.7,
 * mm/khugepaged.c 4.8+) — kernel-facts §2.
 */
import { v, type KernelVersionCode } from './version'

/**
 * ⌊√(lowmem_kbytes × 16)⌋ clamped to [128, 65536], upper bound 262144 from 5.7 (Joel Savitz
 * "mm/page_alloc: increase default min_free_kbytes bound", believed 5.7; confirmed 6.1).
 * `lowmemKb` = managed (present ≤ 3.7) kB of every zone up to Normal on all nodes, as at boot.
 */
export function defaultMinFreeKbytes(lowmemKb: number, version: KernelVersionCode): number {
  const raw = Math.floor(Math.sqrt(lowmemKb * 16))
  const upper = version >= v('5.7') ? 262144 : 65536
  return Math.min(upper, Math.max(128, raw))
}

/**
 * pageblock_nr_pages candidates for a page size and architecture (kernel-facts §9): pageblock_order is
 * HUGETLB_PAGE_ORDER with hugetlb, else MAX_ORDER − 1. 4 KB pages: order 9 (x86_64, arm64, i386 PAE) or
 * 10; 16 KB (arm64): order 11 (32 MB); 64 KB: arm64 order 13 (512 MB pageblocks), powerpc sets it at
 * boot from the huge page size (CONFIG_HUGETLB_PAGE_SIZE_VARIABLE) — 16 MB (256 pages, hash MMU) or
 * 2 MB (32 pages, radix).
 */
export function pageblockPagesCandidates(pageSizeKb: number, arch: string | null = null): number[] {
  if (pageSizeKb >= 64) {
    if (arch !== null && /ppc|power/i.test(arch)) return [256, 32]
    if (arch !== null && /arm64|aarch64/i.test(arch)) return [8192]
    return [8192, 256, 32]
  }
  if (pageSizeKb >= 16) return [2048] // arm64 16K: order 11 (32 MiB)
  return [512, 1024] // 4K: order 9 with hugetlb (x86_64, arm64, i386 PAE), order 10 otherwise
}

/**
 * THP's recommended value in kB: 11 × pageblock_nr_pages × nr_zones pages (2 free pageblocks per
 * zone + MIGRATE_PCPTYPES² for fallbacks), capped at 5 % of `nr_free_buffer_pages()`.
 * `nrZones`: populated zones; from ≈4.17 (Joonsoo Kim "mm/thp: don't count ZONE_MOVABLE") only zones
 * up to gfp_zone(GFP_USER) = Normal — the caller counts them with {@link thpCountsZone}.
 * `freeBufferPages` = Σ max(0, managed − high) over lowmem zones at the time THP starts.
 */
export function thpRecommendedMinFreeKbytes(
  nrZones: number,
  pageblockPages: number,
  freeBufferPages: number,
  pageSizeKb: number,
): number {
  const recommended = Math.min(11 * pageblockPages * nrZones, Math.floor(freeBufferPages / 20))
  return recommended * pageSizeKb
}

/** Whether a populated zone counts toward THP's nr_zones in `version`. */
export function thpCountsZone(zone: string, version: KernelVersionCode): boolean {
  if (version < v('4.17')) return true
  return zone === 'DMA' || zone === 'DMA32' || zone === 'Normal'
}

/** Zones whose pages are "lowmem" for `nr_free_buffer_pages()` (index ≤ ZONE_NORMAL). */
export function isLowmemForBuffers(zone: string): boolean {
  return zone === 'DMA' || zone === 'DMA32' || zone === 'Normal'
}
