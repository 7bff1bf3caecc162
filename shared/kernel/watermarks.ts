/**
 * Per-zone watermarks as `__setup_per_zone_wmarks` (mm/page_alloc.c) computes them — kernel-facts §3.
 * Pure arithmetic in pages; every division is the kernel's integer division.
 */
import { v, type KernelVersionCode } from './version'

/** One zone as the watermark setup sees it. */
export interface WatermarkZoneInput {
  readonly zone: string
  /** managed_pages (3.8+) or present_pages (older kernels / reports that print no managed). */
  readonly sizePages: number
}

/** One zone's computed watermarks in pages, without boost. */
export interface ZoneMarks {
  readonly minPages: number
  readonly lowPages: number
  readonly highPages: number
  /** The proportional share `tmp` of pages_min (also for highmem zones). */
  readonly sharePages: number
}

/**
 * Whether the watermark setup treats a zone as highmem. ZONE_HIGHMEM always; ZONE_MOVABLE when it
 * is carved from highmem (32-bit kernels with a HighMem zone, `zone_movable_is_highmem`), and from
 * 6.5 on always (liuq "mm/min_free_kbytes: modify min_free_kbytes calculation rules", believed 6.5).
 */
export function wmarkTreatsAsHighmem(zone: string, layout: readonly string[], version: KernelVersionCode): boolean {
  if (zone === 'HighMem') return true
  if (zone === 'Movable') return layout.includes('HighMem') || version >= v('6.5')
  // ZONE_DEVICE is never highmem: with no managed pages its share and marks are 0.
  return false
}

/** pages_min = min_free_kbytes >> (PAGE_SHIFT − 10). */
export function pagesMinFromKbytes(minFreeKbytes: number, pageSizeKb: number): number {
  return Math.floor(minFreeKbytes / pageSizeKb)
}

/**
 * The watermarks of every zone (all nodes together: lowmem_pages is system-wide).
 * < 2.6.14: low = min × 5/4, high = min × 6/4. 2.6.14–4.5: low = min + tmp/4, high = min + tmp/2
 * (confirmed 2.6.32, 3.10). 4.6+ (795ae7a0de6b "mm:
 * scale kswapd watermarks in proportion to memory"): d = max(tmp/4, managed × wsf / 10000),
 * low = min + d, high = min + 2d. Highmem zones get min = clamp(size/1024, 32, 128).
 * Boost (5.0+) is not included: it is per-zone runtime state the caller adds.
 */
export function computeZoneMarks(
  zones: readonly WatermarkZoneInput[],
  highmem: readonly boolean[],
  pagesMin: number,
  watermarkScaleFactor: number,
  version: KernelVersionCode,
): ZoneMarks[] {
  let lowmemPages = 0
  zones.forEach((z, i) => {
    if (!highmem[i]) lowmemPages += z.sizePages
  })
  return zones.map((z, i) => {
    const share = lowmemPages > 0 ? Math.floor((pagesMin * z.sizePages) / lowmemPages) : 0
    const min = highmem[i] ? Math.min(128, Math.max(32, Math.floor(z.sizePages / 1024))) : share
    if (version < v('2.6.14')) {
      // 2.6.1x setup_per_zone_pages_min: low = min × 5/4, high = min × 6/4 — of the zone's own min, so
      // a highmem zone's gaps follow its clamped min (read in a 2.6.1x tree); the tmp-based form came
      // with Nick Piggin's highmem watermark change, believed 2.6.14.
      return { minPages: min, lowPages: min + (min >> 2), highPages: min + (min >> 1), sharePages: share }
    }
    if (version < v('4.6')) {
      return { minPages: min, lowPages: min + (share >> 2), highPages: min + (share >> 1), sharePages: share }
    }
    const d = Math.max(share >> 2, Math.floor((z.sizePages * watermarkScaleFactor) / 10000))
    return { minPages: min, lowPages: min + d, highPages: min + 2 * d, sharePages: share }
  })
}
