/**
 * The stages of one allocation as `__alloc_pages` / `__alloc_pages_slowpath` run them (mm/page_alloc.c),
 * the ALLOC_* flags of each stage per version, and what the slow path does after reclaim fails:
 * retry, fail, or call the OOM killer (`__alloc_pages_may_oom`). Read in the kernels' own code:
 * 3.10 (harviswang/linux-3.10.99), 4.1/4.10, 5.4 (jashawnyu/linux-5.4 `__alloc_pages_slowpath`,
 * `__alloc_pages_may_oom`, `__gfp_pfmemalloc_flags`, `gfp_to_alloc_flags`), 6.1+; kernel-facts §5.2.
 */
import { gfpToAllocFlags, type AllocFlags } from './alloc-flags'
import { v, type KernelVersionCode } from './version'

/** See `StageFlags` in shared/model/types.ts for what each stage is. */
export type AllocStage = 'fast' | 'slowpath' | 'last-try' | 'nofail' | 'no-watermarks'

/** Which watermark a stage compares with (`none` for ALLOC_NO_WATERMARKS). */
export type WatermarkName = 'min' | 'low' | 'high' | 'none'

/** `__GFP_NORETRY`, `__GFP_RETRY_MAYFAIL` (`__GFP_REPEAT` ≤ 4.12), `__GFP_NOFAIL` or the default. */
export type RetryPolicy = 'default' | 'noretry' | 'retry-mayfail' | 'nofail'

/** Whether the slow path would call the OOM killer for this request, and if not, which rule stops it. */
export type OomKillerPolicy =
  | 'invoked'
  | 'not-for-costly'
  | 'not-for-noretry'
  | 'not-for-thisnode'
  | 'not-for-lowmem'
  | 'not-for-nofs'
  | 'no-reclaim'
  | 'unknown'

/** PAGE_ALLOC_COSTLY_ORDER (include/linux/mmzone.h, all versions): larger orders are "costly". */
export const PAGE_ALLOC_COSTLY_ORDER = 3

/**
 * The largest buddy order any build has: MAX_ORDER is 11 by default and at most 17 where an
 * architecture raises it (ia64 FORCE_MAX_ZONEORDER's range; arm64/powerpc 64 KB-page builds stay
 * below). `__alloc_pages` refuses an order at or above its MAX_ORDER before any zone is checked
 * (`WARN_ON_ONCE` and NULL, mm/page_alloc.c, every version), so a larger printed order (a corrupted
 * line) never reached a watermark check: the model checks zones with this bound, keeping numbers finite.
 */
export const MAX_ORDER_ANY_BUILD = 17

/** The order the zone checks use: the printed one (−1 and unknown read as 0), bounded by `MAX_ORDER_ANY_BUILD`. */
export function checkedOrder(order: number | null | undefined): number {
  return Math.min(MAX_ORDER_ANY_BUILD, Math.max(0, order ?? 0))
}

/** One stage's flags, as the watermark check reads them. */
export interface StageRule {
  readonly stage: AllocStage
  readonly watermark: WatermarkName
  /** ALLOC_* names as that version's mm/internal.h spells them. */
  readonly names: readonly string[]
  readonly alloc: AllocFlags
  /** The stage honours the cpuset (ALLOC_CPUSET). */
  readonly cpuset: boolean
}

/** What the request's context adds that the mask does not say. */
export interface RequestContext {
  /** The task runs with PF_MEMALLOC (kswapd, a reclaimer): ALLOC_NO_WATERMARKS unless __GFP_NOMEMALLOC. */
  readonly memalloc: boolean
}

const NONE: AllocFlags = { high: false, harder: false, highatomic: false, cma: false, noWatermarks: false }

/** The retry policy a mask asks for; NOFAIL wins (it is never allowed to fail). */
export function retryPolicy(flags: ReadonlySet<string>): RetryPolicy {
  if (flags.has('__GFP_NOFAIL')) return 'nofail'
  if (flags.has('__GFP_NORETRY')) return 'noretry'
  // __GFP_REPEAT (≤ 4.12) was renamed __GFP_RETRY_MAYFAIL in 4.13 (same bit, kernel-facts §1.1); only
  // the 4.13 semantics ("retry, then fail rather than OOM-kill") is this policy.
  if (flags.has('__GFP_RETRY_MAYFAIL')) return 'retry-mayfail'
  return 'default'
}

/** Direct reclaim: __GFP_WAIT (≤ 4.3), __GFP_DIRECT_RECLAIM (4.4+). */
export function mayDirectReclaim(flags: ReadonlySet<string>, version: KernelVersionCode): boolean {
  return version < v('4.4') ? flags.has('__GFP_WAIT') : flags.has('__GFP_DIRECT_RECLAIM')
}

/**
 * Whether the slow path calls the OOM killer after reclaim fails (global, not memcg):
 * - no direct reclaim, or PF_MEMALLOC (`/* Avoid recursion of direct reclaim *\/`): fails first;
 * - __GFP_NORETRY: `goto nopage` before the OOM path (3.x `oom_gfp_allowed`, 4.x+ slow path);
 * - NOFAIL skips the checks below (3.x–6.x `if (!(gfp_mask & __GFP_NOFAIL))`);
 * - order > PAGE_ALLOC_COSTLY_ORDER, __GFP_RETRY_MAYFAIL (4.13+), highest zone below ZONE_NORMAL,
 *   __GFP_THISNODE: `__alloc_pages_may_oom` returns after its last try;
 * - !__GFP_FS: ≤ 4.5 the slow path / may_oom does not kill; 4.6+ (Michal Hocko "mm, oom: move GFP_NOFS
 *   check to out_of_memory") `out_of_memory` returns without a kill outside memcg.
 */
export function oomKillerPolicy(
  flags: ReadonlySet<string>,
  version: KernelVersionCode,
  order: number,
  highestBelowNormal: boolean,
  ctx: RequestContext,
): OomKillerPolicy {
  if (!mayDirectReclaim(flags, version) || ctx.memalloc) return 'no-reclaim'
  if (flags.has('__GFP_NORETRY')) return 'not-for-noretry'
  if (flags.has('__GFP_NOFAIL')) return 'invoked'
  if (order > PAGE_ALLOC_COSTLY_ORDER) return 'not-for-costly'
  if (version >= v('4.13') && flags.has('__GFP_RETRY_MAYFAIL')) return 'not-for-noretry'
  if (highestBelowNormal) return 'not-for-lowmem'
  if (flags.has('__GFP_THISNODE')) return 'not-for-thisnode'
  if (!flags.has('__GFP_FS')) return 'not-for-nofs'
  return 'invoked'
}

/** The ALLOC_* names of a flag set (≤ 6.2 HIGH/HARDER, 6.3+ MIN_RESERVE/NON_BLOCK/HIGHATOMIC). */
function allocNames(alloc: AllocFlags, version: KernelVersionCode): string[] {
  const out: string[] = []
  if (alloc.noWatermarks) out.push('ALLOC_NO_WATERMARKS')
  if (version < v('6.3')) {
    if (alloc.high) out.push('ALLOC_HIGH')
    if (alloc.harder) out.push('ALLOC_HARDER')
  } else {
    if (alloc.high) out.push('ALLOC_MIN_RESERVE')
    if (alloc.harder) out.push('ALLOC_NON_BLOCK')
    if (alloc.highatomic) out.push('ALLOC_HIGHATOMIC')
  }
  // ALLOC_CMA exists from 3.7 (d95ea5d18e69); before it free CMA pages always counted.
  if (alloc.cma && version >= v('3.7')) out.push('ALLOC_CMA')
  return out
}

function stage(
  name: AllocStage,
  watermark: WatermarkName,
  alloc: AllocFlags,
  cpuset: boolean,
  version: KernelVersionCode,
): StageRule {
  const mark = watermark === 'none' ? [] : [`ALLOC_WMARK_${watermark.toUpperCase()}`]
  return {
    stage: name,
    watermark,
    names: [...mark, ...(cpuset ? ['ALLOC_CPUSET'] : []), ...allocNames(alloc, version)],
    alloc,
    cpuset,
  }
}

/**
 * Every stage the request runs, in allocator order:
 * - `fast`: ALLOC_WMARK_LOW (+ ALLOC_CMA for movable requests), no reductions (all versions);
 * - `slowpath`: `gfp_to_alloc_flags` at ALLOC_WMARK_MIN; an atomic request drops ALLOC_CPUSET
 *   (≤ 4.3 !__GFP_WAIT, 4.4–6.2 __GFP_ATOMIC, 6.3+ non-blocking ALLOC_MIN_RESERVE);
 * - `no-watermarks`: `__gfp_pfmemalloc_flags` — __GFP_MEMALLOC or PF_MEMALLOC without __GFP_NOMEMALLOC
 *   replaces the flags with ALLOC_NO_WATERMARKS on the slow path's retry;
 * - `last-try`: `__alloc_pages_may_oom`'s `get_page_from_freelist(..., ALLOC_WMARK_HIGH|ALLOC_CPUSET)`:
 *   no reductions and no ALLOC_CMA (identical from 2.6.3x to 6.x) — free CMA does not count there from
 *   3.7 on. It runs only when the slow path reaches the OOM path (`oomKiller` ≠ no-reclaim/noretry, and
 *   for costly orders only with __GFP_RETRY_MAYFAIL);
 * - `nofail`: __GFP_NOFAIL's fallback `__alloc_pages_cpuset_fallback(.., ALLOC_HARDER)` (4.10+, 5.4
 *   read) / ALLOC_MIN_RESERVE (6.3+): below min.
 */
export function allocStages(
  flags: ReadonlySet<string>,
  version: KernelVersionCode,
  order: number,
  ctx: RequestContext,
  oomKiller: OomKillerPolicy,
  oomPathProven = false,
): StageRule[] {
  const slow = gfpToAllocFlags(flags, version, order)
  const movableCma = slow.cma
  const out: StageRule[] = [stage('fast', 'low', { ...NONE, cma: movableCma }, true, version)]
  out.push(stage('slowpath', 'min', { ...slow, noWatermarks: false }, !dropsCpuset(slow, version), version))
  if (slow.noWatermarks || (ctx.memalloc && !flags.has('__GFP_NOMEMALLOC'))) {
    out.push(stage('no-watermarks', 'none', { ...slow, noWatermarks: true }, false, version))
  }
  // A report of the OOM killer proves the slow path reached it, whatever the flags suggest.
  const reachesOomPath =
    oomPathProven ||
    (oomKiller !== 'no-reclaim' &&
      oomKiller !== 'unknown' &&
      !flags.has('__GFP_NORETRY') &&
      (order <= PAGE_ALLOC_COSTLY_ORDER || flags.has('__GFP_RETRY_MAYFAIL') || flags.has('__GFP_NOFAIL')))
  if (reachesOomPath) {
    const cma = version < v('3.7') // free CMA always counted before ALLOC_CMA existed
    out.push(stage('last-try', 'high', { ...NONE, cma }, true, version))
  }
  if (flags.has('__GFP_NOFAIL') && version >= v('4.10')) {
    const below =
      version < v('6.3')
        ? { ...NONE, harder: true, highatomic: true, cma: movableCma }
        : { ...NONE, high: true, cma: movableCma }
    out.push(stage('nofail', 'min', below, true, version))
  }
  return out
}

/**
 * The stages of a request whose mask is unknown: a plain request (no reductions, no CMA) at the slow
 * path's min, and the last try at high when the report shows the OOM killer ran.
 */
export function plainStages(version: KernelVersionCode, oomPathProven: boolean): StageRule[] {
  const out = [stage('slowpath', 'min', NONE, true, version)]
  if (oomPathProven) out.push(stage('last-try', 'high', { ...NONE, cma: version < v('3.7') }, true, version))
  return out
}

/** Atomic slow-path requests ignore the cpuset (`alloc_flags &= ~ALLOC_CPUSET`). */
function dropsCpuset(slow: AllocFlags, version: KernelVersionCode): boolean {
  if (version < v('6.3')) return slow.harder
  return slow.harder && slow.high
}

/** The fraction of a watermark a stage demands after its reductions (for display; checks use integer steps). */
export function markFactor(alloc: AllocFlags, version: KernelVersionCode): number {
  if (alloc.noWatermarks) return 0
  let f = 1
  if (version < v('6.3')) {
    if (alloc.high) f *= 0.5
    if (alloc.harder) f *= 0.75
    return f
  }
  if (alloc.high) {
    f *= 0.5
    if (alloc.harder) f *= 0.75
  }
  return f
}
