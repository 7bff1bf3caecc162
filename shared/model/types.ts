/**
 * What the kernel model computes for an event: recomputed watermarks and reserves, the replay of the
 * allocation that failed, and the replay of victim selection. Pure data, JSON-serialisable.
 * Owned by the kernel-model work (issue 3); additive changes only.
 */

/** Where an inferred min_free_kbytes most likely came from. */
export type MinFreeSource = 'default' | 'thp' | 'user' | 'unknown'

export interface ZoneWatermarks {
  readonly node: number
  readonly zone: string
  readonly minKb: number
  readonly lowKb: number
  readonly highKb: number
  /** In pages, indexed like the printed `lowmem_reserve[]`. */
  readonly lowmemReserve: readonly number[]
  /** watermark_boost included in min/low/high (printed ≥ 5.16, inferred 5.0–5.15), kB. */
  readonly boostKb?: number
}

/** The term that decided a zone's verdict in the allocation replay. */
export type DecidingTerm =
  | 'not-allowed' // the gfp mask may not use this zone (e.g. HighMem for GFP_KERNEL) or the nodemask excludes it
  | 'watermark' // free below the watermark itself
  | 'lowmem-reserve' // free above the watermark but not above watermark + lowmem_reserve[highest zone]
  | 'cma' // would pass counting free CMA, fails without it (request not CMA-eligible)
  | 'highatomic' // fails once the highatomic reserve is subtracted
  | 'order' // enough order-0 free, but no free block of the requested order in a usable migrate type
  | 'ok'

export interface ZoneCheck {
  readonly node: number
  readonly zone: string
  readonly allowed: boolean
  readonly pass: boolean
  /** free that counts for this request minus what the check demanded; negative = missed by that much. */
  readonly marginKb: number
  readonly decidingTerm: DecidingTerm
  readonly freeKb: number
  /** free minus CMA (when not eligible) minus highatomic reserve, as the check sees it. */
  readonly usableFreeKb: number
  /** The watermark the stage used (min/low/high, adjusted for ALLOC_HIGH / ALLOC_HARDER). */
  readonly watermarkKb: number
  readonly reserveKb: number
  /** Which watermark: `min`, `low`, `high`. */
  readonly watermarkName: 'min' | 'low' | 'high'
  /** One sentence in English saying why, for logs and debugging; UIs use the structured fields. */
  readonly note: string
  /** The same zone against each allocator stage: fast path (low), slow path (min), last try before OOM (high). */
  readonly stages?: { readonly low: boolean; readonly min: boolean; readonly high: boolean }
}

export interface AllocationReplay {
  readonly succeeds: boolean
  /** `Normal` or `Node 1 Normal`-style label of the zone that would serve it, null when none. */
  readonly zone: string | null
  /** Margin of the serving zone, or of the closest miss. */
  readonly marginKb: number
  readonly highestZone: string
  readonly cmaEligible: boolean
  readonly zones: readonly ZoneCheck[]
  /** What the stock rules of the report's kernel predict (before reconciling with the observed failure). */
  readonly stockSucceeds?: boolean
  /**
   * Rules that must have differed from stock for the observed outcome (kernel-facts §6 "the observed
   * outcome is ground truth"): `cma-unusable`, `outcome-unexplained`; empty when stock rules explain it.
   */
  readonly assumptions?: readonly string[]
  /** The zone index (into the kernel's zone order) used for lowmem_reserve: classzone_idx ≤ 5.7, gfp_zone 5.8+. */
  readonly reserveZone?: string
}

export interface VictimScore {
  readonly pid: number
  readonly comm: string
  readonly points: number
  /** The score as that kernel prints it (0–1000 scale on ≥ 2.6.36 ... per version). */
  readonly score: number
}

export interface VictimReplay {
  readonly pid: number
  readonly comm: string
  readonly points: number
  readonly score: number
  readonly totalPages: number
  /** All eligible tasks, highest first. */
  readonly ranked: readonly VictimScore[]
  /** Another task had the same points; the kernel's tie rule decided (kernel-facts §7.3). */
  readonly tie?: boolean
  /** How totalpages was obtained: `managed+swap`, `ram-reserved+swap`, `memcg-limit`. */
  readonly totalPagesFrom?: string
}

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

export interface ModelResult {
  readonly inferredMinFreeKbytes: number | null
  readonly minFreeSource: MinFreeSource
  readonly watermarkScaleFactor: number | null
  readonly zones: readonly ZoneWatermarks[]
  readonly gfp: GfpDecoded | null
  readonly allocation: AllocationReplay | null
  readonly predictedVictim: VictimReplay | null
  /** THP's recommended min_free_kbytes for this machine (kB), when computable. */
  readonly thpMinFreeKbytes?: number | null
  /** The boot default min_free_kbytes for this machine's lowmem (kB), when computable. */
  readonly defaultMinFreeKbytes?: number | null
  /** Everything `runWhatIf` needs, precomputed in pages (plain data). */
  readonly basis?: ModelBasis | null
}

/** One zone of the model's basis, in pages. */
export interface BasisZone {
  readonly node: number
  readonly zone: string
  /** Index in the kernel's zone order of this build (see `ModelBasis.layout`). */
  readonly index: number
  readonly sizePages: number
  readonly freePages: number
  readonly freeCmaPages: number
  readonly reservedHighatomicPages: number
  readonly boostPages: number
  readonly printedMinPages: number | null
  readonly printedLowPages: number | null
  readonly printedHighPages: number | null
  readonly printedReserve: readonly number[] | null
  readonly buddyCounts: readonly number[] | null
  readonly buddyTypes: readonly (string | null)[] | null
}

/** The model's reading of an event, reused by what-if. */
export interface ModelBasis {
  readonly version: number
  /** Where `version` came from: the printed release, the report's format (no release printed), or latest rules. */
  readonly versionFrom?: 'release' | 'format' | 'latest'
  readonly pageSizeKb: number
  /** Configured zones in index order (`DMA`, `DMA32`, `Normal`, `Movable`, `Device`). */
  readonly layout: readonly string[]
  readonly zones: readonly BasisZone[]
  readonly pagesMin: number | null
  readonly watermarkScaleFactor: number
  readonly lowmemReserveRatios: readonly number[]
  readonly order: number
  /** Single `__GFP_*` flags of the request. */
  readonly gfpFlags: readonly string[]
  readonly highestZone: string | null
  /** The replay found the observed failure needs CMA to be unusable for this request. */
  readonly cmaUnusable: boolean
  readonly totalRamPages: number | null
  readonly totalRamFrom: string
  readonly swapPages: number
  readonly memcgLimitPages: number | null
  readonly cmaReservedPages: number | null
}

/** The what-if knobs; names as the sysctls / contract `--set` names. */
export interface WhatIfSettings {
  readonly min_free_kbytes?: number
  readonly watermark_scale_factor?: number
  /** Total CMA size in kB (0 = no CMA). */
  readonly cma_kb?: number
  /** Swap added, in kB. */
  readonly swap_kb?: number
  /** Per-task oom_score_adj overrides, by pid. */
  readonly oom_score_adj?: Readonly<Record<number, number>>
}

export interface WhatIfResult {
  readonly settings: WhatIfSettings
  readonly allocation: { readonly succeeds: boolean; readonly zone: string | null; readonly marginKb: number }
  readonly zones: readonly ZoneWatermarks[]
  readonly replay: AllocationReplay | null
  readonly victim: VictimReplay | null
}
