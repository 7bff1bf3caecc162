/**
 * One zone's watermark check, `__zone_watermark_ok` (mm/page_alloc.c) per version — kernel-facts §5.1.
 * Returns not only pass/fail but the term that decided it and the margin, so a report can say
 * "DMA refused by 32 kB through its lowmem_reserve".
 */
import { reducedMarkPages, subtractsHighatomic, type AllocFlags } from './alloc-flags'
import { scanFreeLists } from './free-lists'
import { v, type KernelVersionCode } from './version'

/** What a zone had free at the moment of the check, in pages (zone line + buddy line). */
export interface ZoneFreeState {
  readonly freePages: number
  readonly freeCmaPages: number
  readonly reservedHighatomicPages: number
  /** Free blocks per order and the migrate-type letters per order as printed (`"UMEH"`), or null. */
  readonly buddyCounts: readonly number[] | null
  readonly buddyTypes: readonly (string | null)[] | null
}

/** The term that decided a check: the mark itself, CMA or highatomic set aside, the reserve, the order check. */
export type WatermarkTerm = 'watermark' | 'cma' | 'highatomic' | 'lowmem-reserve' | 'order' | 'ok'

/** A zone check's outcome with the numbers behind it (pages). */
export interface WatermarkVerdict {
  readonly pass: boolean
  readonly term: WatermarkTerm
  /** usable − (mark + reserve): > 0 passes the order-0 test. */
  readonly marginPages: number
  readonly usableFreePages: number
  /** The watermark after ALLOC_HIGH / ALLOC_HARDER reductions. */
  readonly markPages: number
  readonly reservePages: number
}

/**
 * `__zone_watermark_ok(z, order, mark, highest_zoneidx, alloc_flags)`.
 * - free − (2^order − 1); ≤ 6.2 ALLOC_HIGH halves min, ALLOC_HARDER takes a quarter; 6.3+ MIN_RESERVE.
 * - 3.7+ free CMA pages do not count without ALLOC_CMA (d95ea5d18e69).
 * - 4.4+ reserved highatomic pages do not count unless ALLOC_HARDER (6.3+: any reserve flag).
 * - fail if free ≤ min + lowmem_reserve[highest_zoneidx].
 * - order > 0: ≤ 4.3 the per-order loop (subtract lower orders, halve min each order); 4.4+ pass iff a
 *   free block of order ≥ requested sits on an UNMOVABLE/MOVABLE/RECLAIMABLE list, or CMA with
 *   ALLOC_CMA, or HIGHATOMIC when the request may use it.
 */
export function zoneWatermarkOk(
  state: ZoneFreeState,
  order: number,
  markPages: number,
  reservePages: number,
  alloc: AllocFlags,
  version: KernelVersionCode,
): WatermarkVerdict {
  const min = reducedMarkPages(markPages, alloc, version)
  const afterOrder = state.freePages - (2 ** order - 1)
  const cmaSub = !alloc.cma && version >= v('3.7') ? state.freeCmaPages : 0
  const haSub = subtractsHighatomic(alloc, version) ? state.reservedHighatomicPages : 0
  const usable = afterOrder - cmaSub - haSub
  const marginPages = usable - (min + reservePages)
  // One object per verdict, built once: what-if runs this for every zone and stage on each slider move.
  const verdict = (pass: boolean, term: WatermarkTerm): WatermarkVerdict => ({
    pass,
    term,
    marginPages,
    usableFreePages: usable,
    markPages: min,
    reservePages,
  })
  if (marginPages <= 0) {
    let term: WatermarkTerm = 'lowmem-reserve'
    if (afterOrder <= min) term = 'watermark'
    else if (afterOrder - cmaSub <= min) term = 'cma'
    else if (usable <= min) term = 'highatomic'
    return verdict(false, term)
  }
  if (order === 0 || !state.buddyCounts) return verdict(true, 'ok')
  const orderOk =
    version < v('4.4')
      ? legacyOrderLoop(state, order, afterOrder, min) // 3.7–4.3: CMA only left the first comparison
      : freeListHasBlock(state, order, alloc)
  return orderOk ? verdict(true, 'ok') : verdict(false, 'order')
}

/** ≤ 4.3: for each order below the request, drop its free pages and halve min; fail when free ≤ min. */
export function legacyOrderLoop(state: ZoneFreeState, order: number, free: number, min: number): boolean {
  let rest = free
  let need = min
  for (let o = 0; o < order; o++) {
    rest -= (state.buddyCounts?.[o] ?? 0) * 2 ** o
    need >>= 1
    if (rest <= need) return false
  }
  return true
}

/** 4.4+: a non-empty free list of an acceptable migrate type at some order ≥ the request. */
function freeListHasBlock(state: ZoneFreeState, order: number, alloc: AllocFlags): boolean {
  const lists = { counts: state.buddyCounts ?? [], types: state.buddyTypes }
  return scanFreeLists(lists, order, { cma: alloc.cma, highatomic: alloc.highatomic }).hasUsableBlock
}

/**
 * `zone_watermark_fast` (mm/page_alloc.c, 4.9+), what `get_page_from_freelist` actually calls:
 * - order 0 first tries `free − CMA (without ALLOC_CMA) > mark + reserve` and passes at once; before
 *   ≈5.9 (Jaewon Kim "page_alloc: consider highatomic reserve in watermark fast") this shortcut did not
 *   set the highatomic reserve aside, so that reserve cannot fail an order-0 request on 4.9–5.8;
 * - then `__zone_watermark_ok`;
 * - then, 5.9+ (Charan Teja Reddy "mm, page_alloc: skip ->watermark_boost for atomic order-0
 *   allocations", believed 5.9), an order-0 request at WMARK_MIN that is `__GFP_ATOMIC` (≤ 6.2) /
 *   ALLOC_MIN_RESERVE (6.3+) is retried against the min watermark without the boost.
 * `boostPages` is the zone's watermark_boost (already included in `markPages`); `atomic` says whether
 * the request qualifies for the boost retry; `atMin` whether this is the WMARK_MIN stage.
 */
export function zoneWatermarkFast(
  state: ZoneFreeState,
  order: number,
  markPages: number,
  boostPages: number,
  reservePages: number,
  alloc: AllocFlags,
  version: KernelVersionCode,
  atomic: boolean,
  atMin: boolean,
): WatermarkVerdict {
  const full = zoneWatermarkOk(state, order, markPages, reservePages, alloc, version)
  if (full.pass || order !== 0) return full
  if (version >= v('4.9') && version < v('5.9')) {
    const cmaSub = !alloc.cma ? state.freeCmaPages : 0
    const margin = state.freePages - cmaSub - (markPages + reservePages)
    if (margin > 0) {
      const usableFreePages = state.freePages - cmaSub
      return { ...full, pass: true, term: 'ok', marginPages: margin, markPages, usableFreePages }
    }
  }
  if (version >= v('5.9') && atMin && atomic && boostPages > 0) {
    const retry = zoneWatermarkOk(state, order, markPages - boostPages, reservePages, alloc, version)
    if (retry.pass) return retry
  }
  return full
}
