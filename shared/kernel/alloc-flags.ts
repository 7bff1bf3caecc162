/**
 * gfp flags → the allocator's `ALLOC_*` flags for the slow path (`gfp_to_alloc_flags`,
 * mm/page_alloc.c) and the order-0 min reduction `__zone_watermark_ok` applies for them.
 * Per version (kernel-facts §5.1–5.2): ≤ 4.3 ALLOC_HARDER for every !__GFP_WAIT request; 4.4–6.2
 * ALLOC_HARDER from __GFP_ATOMIC; 6.3+ ALLOC_MIN_RESERVE / ALLOC_NON_BLOCK / ALLOC_HIGHATOMIC.
 */
import { v, type KernelVersionCode } from './version'

/** The ALLOC_* flags of one request that the watermark check reads (names as in mm/internal.h). */
export interface AllocFlags {
  /** ALLOC_HIGH (≤ 6.2) / ALLOC_MIN_RESERVE (6.3+): from __GFP_HIGH. */
  readonly high: boolean
  /** ALLOC_HARDER (≤ 6.2) / ALLOC_NON_BLOCK (6.3+). */
  readonly harder: boolean
  /** May take from MIGRATE_HIGHATOMIC free lists / is spared the highatomic subtraction. */
  readonly highatomic: boolean
  /** ALLOC_CMA: free CMA pages count toward the watermark (3.7+; before 3.7 they always counted). */
  readonly cma: boolean
  /** ALLOC_NO_WATERMARKS (__GFP_MEMALLOC without __GFP_NOMEMALLOC, 3.6+). */
  readonly noWatermarks: boolean
}

/** The slow-path ALLOC_* flags for a request with these single `__GFP_*` flags. */
export function gfpToAllocFlags(flags: ReadonlySet<string>, version: KernelVersionCode, order: number): AllocFlags {
  const has = (f: string): boolean => flags.has(f)
  const movable = has('__GFP_MOVABLE') && !has('__GFP_RECLAIMABLE')
  // 3.7+ (d95ea5d18e69 "cma: fix watermark checking"): ALLOC_CMA iff migratetype is MOVABLE.
  const cma = version < v('3.7') ? true : movable
  const noWatermarks = has('__GFP_MEMALLOC') && !has('__GFP_NOMEMALLOC')
  const high = has('__GFP_HIGH')
  if (version < v('4.4')) {
    // ≤ 4.3 gfp_to_alloc_flags: !__GFP_WAIT → ALLOC_HARDER (atomic context).
    const harder = !has('__GFP_WAIT')
    return { high, harder, highatomic: harder, cma, noWatermarks }
  }
  if (version < v('6.3')) {
    // 4.4–6.2: __GFP_ATOMIC (unless __GFP_NOMEMALLOC) → ALLOC_HARDER, which also unlocks HIGHATOMIC lists.
    const harder = has('__GFP_ATOMIC') && !has('__GFP_NOMEMALLOC')
    return { high, harder, highatomic: harder, cma, noWatermarks }
  }
  // 6.3+ "explicitly define what alloc flags deplete min reserves" (Mel Gorman).
  const nonBlock = !has('__GFP_DIRECT_RECLAIM') && !has('__GFP_NOMEMALLOC')
  return { high, harder: nonBlock, highatomic: order > 0 && high && nonBlock, cma, noWatermarks }
}

/**
 * The min a `__zone_watermark_ok` check demands for `markPages` under these flags (integer steps as
 * the kernel does them). ≤ 6.2: ALLOC_HIGH halves, ALLOC_HARDER takes a quarter off; 6.3+: only
 * MIN_RESERVE reduces (half, then a quarter more when also NON_BLOCK).
 */
export function reducedMarkPages(markPages: number, alloc: AllocFlags, version: KernelVersionCode): number {
  let min = markPages
  if (version < v('6.3')) {
    if (alloc.high) min -= Math.floor(min / 2)
    if (alloc.harder) min -= Math.floor(min / 4)
    return min
  }
  if (alloc.high) {
    min -= Math.floor(min / 2)
    if (alloc.harder) min -= Math.floor(min / 4)
  }
  return min
}

/**
 * Whether `__zone_watermark_ok` subtracts the zone's reserved highatomic pages for this request:
 * 4.4+ only; ≤ 6.2 unless ALLOC_HARDER; 6.3+ unless any ALLOC_RESERVES flag is set.
 */
export function subtractsHighatomic(alloc: AllocFlags, version: KernelVersionCode): boolean {
  if (version < v('4.4')) return false
  if (version < v('6.3')) return !alloc.harder
  return !(alloc.high || alloc.harder)
}
