/**
 * What a decoded gfp mask means for the allocator: highest usable zone (`gfp_zone`), migrate type
 * (`gfp_migratetype`), CMA eligibility, reclaim/compaction, atomic/high/nofail — kernel-facts §1.4–1.5, §6.
 */
import { gfpZone } from '../zones'
import { v, type KernelVersionCode } from '../version'
import type { GfpFlagSet } from './decode-gfp'

/** What a decoded gfp mask means for the allocator (the model's `ModelResult.gfp`). */
export interface GfpDecoded {
  readonly mask: string | null
  readonly flags: readonly string[]
  /** Names as the kernel printed them, when it did. */
  readonly fromPrinted: boolean
  readonly highestZone: string
  readonly migrateType: 'Unmovable' | 'Movable' | 'Reclaimable'
  readonly cmaEligible: boolean
  readonly canReclaim: boolean
  readonly canCompact: boolean
  readonly isAtomic: boolean
  readonly high: boolean
  readonly nofail: boolean
  /** Bits the version's layout does not name (vendor bits), as hex; null when none. */
  readonly unknownBits?: string | null
}

/**
 * Describe a flag set for a kernel of `version` whose zones are `layout`.
 * - migrate type: 2.6.24–4.3 (MOVABLE?2:0)|(RECLAIMABLE?1:0); 4.4+ (gfp & (RECLAIMABLE|MOVABLE)) >> 3 —
 *   by name both give Movable / Reclaimable / Unmovable.
 * - CMA: only MIGRATE_MOVABLE requests may be served from CMA pageblocks (ALLOC_CMA 3.7+).
 * - reclaim: __GFP_WAIT (≤ 4.3) / __GFP_DIRECT_RECLAIM (4.4+). Compaction (`try_to_compact_pages`)
 *   additionally needs __GFP_IO, and before 4.10 also __GFP_FS (73e64c51afc5 "mm, compaction: allow
 *   compaction for GFP_NOFS requests", Michal Hocko, merged for 4.10); it matters for order > 0 only.
 * - atomic: ≤ 4.3 any !__GFP_WAIT request (ALLOC_HARDER); 4.4–6.2 __GFP_ATOMIC; 6.3+ a non-blocking
 *   request without __GFP_NOMEMALLOC (ALLOC_NON_BLOCK).
 */
export function describeGfp(
  mask: string | null,
  set: GfpFlagSet,
  version: KernelVersionCode,
  layout: readonly string[],
): GfpDecoded {
  const has = (f: string): boolean => set.flags.includes(f)
  const zone = gfpZone(
    { dma: has('__GFP_DMA'), highmem: has('__GFP_HIGHMEM'), dma32: has('__GFP_DMA32'), movable: has('__GFP_MOVABLE') },
    layout,
  )
  const migrateType =
    has('__GFP_MOVABLE') && !has('__GFP_RECLAIMABLE')
      ? 'Movable'
      : has('__GFP_RECLAIMABLE')
        ? 'Reclaimable'
        : 'Unmovable'
  const oldApi = version < v('4.4')
  const canReclaim = oldApi ? has('__GFP_WAIT') : has('__GFP_DIRECT_RECLAIM')
  const isAtomic = oldApi
    ? !has('__GFP_WAIT')
    : version < v('6.3')
      ? has('__GFP_ATOMIC')
      : !has('__GFP_DIRECT_RECLAIM') && !has('__GFP_NOMEMALLOC')
  return {
    mask,
    flags: set.flags,
    fromPrinted: set.fromPrinted,
    highestZone: zone ?? 'invalid',
    migrateType,
    cmaEligible: migrateType === 'Movable',
    canReclaim,
    canCompact: canReclaim && has('__GFP_IO') && (version >= v('4.10') || has('__GFP_FS')),
    isAtomic,
    high: has('__GFP_HIGH'),
    nofail: has('__GFP_NOFAIL'),
    unknownBits: set.unknownBits === 0 ? null : `0x${set.unknownBits.toString(16)}`,
  }
}
