/**
 * What the kernel model computes for an event: recomputed watermarks and reserves, the replay of the
 * allocation that failed, and the replay of victim selection. Pure data, JSON-serialisable.
 * Owned by the kernel-model work (issue 3); additive changes only.
 */
import type { AllocStage, OomKillerPolicy, RetryPolicy, WatermarkName } from '../kernel/alloc-stages'
import type { GfpDecoded } from '../kernel/gfp/describe-gfp'

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
  /**
   * How totalpages was obtained: `managed+swap`, `ram-reserved+swap`, `memcg-limit`, or `unknown` (no task
   * has an oom_score_adj, so the ranking holds without it; `totalPages` and every `score` are then 0).
   */
  readonly totalPagesFrom?: string
  /** The tie rule of that version's task scan: `first-wins` (older select_bad_process), `later-wins` (oom_evaluate_task skips only points < chosen). */
  readonly tieRule?: 'first-wins' | 'later-wins'
  /** Pids that shared the top points (the chosen one included), when there was a tie. */
  readonly tiedPids?: readonly number[]
}

/** The decoded gfp mask (defined in shared/kernel: kernel rules never import the model). */
export type { GfpDecoded }

export interface ModelResult {
  readonly inferredMinFreeKbytes: number | null
  readonly minFreeSource: MinFreeSource
  readonly watermarkScaleFactor: number | null
  readonly zones: readonly ZoneWatermarks[]
  readonly gfp: GfpDecoded | null
  readonly allocation: AllocationReplay | null
  readonly predictedVictim: VictimReplay | null
  /**
   * What the failed request could use and how the allocator treated it (issue 13). Null only when the
   * event is not a request at all (never for `oom`, `memcg-oom`, `alloc-failure`: a header with no mask
   * still gives order, kind and what is unknown).
   */
  readonly request?: RequestModel | null
  /**
   * One verdict per zone the report printed (same order as `event.zones`, deduplicated by node+zone),
   * ALWAYS filled when the report has zone lines — `origin: 'printed'` when the report is too cut to
   * recompute, checked with the same kernel code over the printed numbers.
   */
  readonly zoneVerdicts?: readonly ZoneVerdict[]
  /** Where the memory went (the accounting waterfall), computed once; null when nothing gives a size. */
  readonly memoryBalance?: MemoryBalance | null
  /** min_free_kbytes: the inferred value, where it came from, and the kernel's own formulas for this machine. */
  readonly minFree?: MinFreeFacts | null
  /** Memcg OOMs: which limit was hit and what reclaim could free inside the cgroup; null otherwise. */
  readonly memcg?: MemcgFacts | null
  /** Free memory the request could not use because its nodes were excluded; null when not computable. */
  readonly otherNodes?: OtherNodesFree | null
  /** Why `predictedVictim` is null or uncertain (a `<...snip...>` table, no totalpages, a tie). */
  readonly victimNote?: VictimNote | null
  /** The printed lowmem_reserve[] compared with the recompute, per zone (boot-time drift explained). */
  readonly reserveChecks?: readonly ReserveCheck[]
  /** Values in the report the model flags as impossible (underflowed managed, a min of 10^14 kB), explained, never dropped. */
  readonly anomalies?: readonly ModelAnomaly[]
  /**
   * Whether the zone verdicts at the decisive stage explain the outcome the report shows (kernel-facts §6:
   * the observed outcome is ground truth). `consistent`: every allowed zone fails; `cma-unusable`: they
   * fail only with free CMA not counted; `numbers-moved`: some zone passes by a margin the counters could
   * have moved between the check and the printout; `unexplained`: a zone passes by more than that.
   */
  readonly outcomeCheck?: OutcomeCheck | null
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
  /**
   * The free-list line lacks its `= NkB` total (cut at a terminal's width): the orders after the cut
   * are unknown, so the counts can show a usable block but never prove there was none.
   */
  readonly buddyCut?: boolean
}

/** The model's reading of an event, reused by what-if. */
export interface ModelBasis {
  readonly version: number
  /** Where `version` came from: the printed release, the raw gfp mask's bit layout, the report's format (no release printed), or latest rules. */
  readonly versionFrom?: 'release' | 'mask' | 'format' | 'latest'
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

// ---------------------------------------------------------------------------------------------------
// Issue 13: the request, per-zone verdicts and the memory balance — the only place kernel rules live.
// Every kB value is kB; page counts say `Pages`. Lines are indices into `event.lines` (LineIdx).
// ---------------------------------------------------------------------------------------------------

/**
 * An allocator stage (defined in shared/kernel/alloc-stages.ts), as `__alloc_pages` /
 * `__alloc_pages_slowpath` run them (mm/page_alloc.c):
 * - `fast`: first `get_page_from_freelist`, ALLOC_WMARK_LOW, no reductions;
 * - `slowpath`: after waking kswapd, ALLOC_WMARK_MIN with `gfp_to_alloc_flags` reductions
 *   (ALLOC_HIGH/ALLOC_HARDER ≤ 6.2, ALLOC_MIN_RESERVE/ALLOC_NON_BLOCK 6.3+);
 * - `last-try`: `__alloc_pages_may_oom`'s last `get_page_from_freelist` at ALLOC_WMARK_HIGH|ALLOC_CPUSET
 *   just before the OOM killer runs (all versions; no ALLOC_CMA);
 * - `nofail`: the `__GFP_NOFAIL` fallback that may dip below min (ALLOC_HARDER 4.10–6.2, ALLOC_MIN_RESERVE 6.3+);
 * - `no-watermarks`: ALLOC_NO_WATERMARKS (__GFP_MEMALLOC without __GFP_NOMEMALLOC, PF_MEMALLOC): no
 *   watermark at all, only free pages and the order.
 * `WatermarkName`: which watermark a stage compares with (`none` for ALLOC_NO_WATERMARKS).
 * `RetryPolicy`: `__GFP_NORETRY`, `__GFP_RETRY_MAYFAIL` (4.13+), `__GFP_NOFAIL` or the default.
 * `OomKillerPolicy`: whether the slow path calls the OOM killer (`invoked`) or which rule stops it
 * (`not-for-costly` order > 3, `not-for-noretry` NORETRY/RETRY_MAYFAIL, `not-for-thisnode`,
 * `not-for-lowmem` highest zone below Normal, `not-for-nofs` !__GFP_FS outside memcg, `no-reclaim`).
 */
export type { AllocStage, OomKillerPolicy, RetryPolicy, WatermarkName } from '../kernel/alloc-stages'

/** The ALLOC_* flags of one stage, names as that version's mm/internal.h spells them. */
export interface StageFlags {
  readonly stage: AllocStage
  readonly watermark: WatermarkName
  /** e.g. `ALLOC_WMARK_MIN`, `ALLOC_CPUSET`, `ALLOC_CMA`, `ALLOC_HIGH`, `ALLOC_HARDER`, `ALLOC_MIN_RESERVE`, `ALLOC_NON_BLOCK`, `ALLOC_HIGHATOMIC`, `ALLOC_OOM`, `ALLOC_NO_WATERMARKS`. */
  readonly flags: readonly string[]
  /** The share of the watermark the check demands after reductions (1, 0.75, 0.5, 0.375; 0 with no watermarks), before integer rounding. */
  readonly markFactor: number
  /** Free CMA pages count toward the watermark and CMA free lists may serve the order (ALLOC_CMA, or < 3.7 always). */
  readonly cma: boolean
  /** MIGRATE_HIGHATOMIC free lists usable and the highatomic reserve not set aside. */
  readonly highatomic: boolean
  /** Whether the stage honours the cpuset (`ALLOC_CPUSET`); atomic requests drop it in the slow path. */
  readonly cpuset: boolean
  /** Whether the stage runs at all for this request (e.g. `last-try` only when the OOM killer may be invoked). */
  readonly runs: boolean
}

/** Why the report's allocation ended where it did — what the event kind and header prove. */
export type FailurePoint =
  | 'zone-watermarks' // every eligible zone failed its check (global OOM, allocation failure)
  | 'memcg-charge' // the page may have been available; the cgroup charge failed (memcg OOM)
  | 'manual' // sysrq-f / order=-1: no allocation failed
  | 'pagefault' // gfp_mask=0: pagefault_out_of_memory, a fault returned VM_FAULT_OOM (no allocation context)
  | 'stall' // `page allocation stalls for Nms`: warn_alloc while the allocation still retries; nothing failed yet
  | 'vmalloc' // a vmalloc failure before any page was asked for (size 0 or above RAM, no vm area)
  | 'unknown'

/** The failed request: what it could use and how the allocator treats it (kernel rules of the report's version). */
export interface RequestModel {
  readonly kind: 'oom' | 'memcg-oom' | 'alloc-failure'
  readonly failurePoint: FailurePoint
  /**
   * The call-trace frame that proves `failurePoint` (the memcg charge path, SysRq-f's `moom_callback`,
   * `pagefault_out_of_memory`: shared/kernel/failure-frames.ts), with its line; null when none did.
   */
  readonly failureFrame?: { readonly fn: string; readonly at: number } | null
  /** `order=` as printed (−1 = manual trigger); null when the header was cut. */
  readonly order: number | null
  /** order > PAGE_ALLOC_COSTLY_ORDER (3): no OOM kill, fewer retries, compaction matters. */
  readonly costly: boolean
  readonly gfpMask: string | null
  /** The single `__GFP_*` flags (printed names beat decoding); empty when unknown. */
  readonly flags: readonly string[]
  /** Whether the flags are known (a mask or names printed, decodable for the version). */
  readonly flagsKnown: boolean
  /** Kernel version code the rules were applied for, and where it came from. */
  readonly version: number
  readonly versionFrom: 'release' | 'mask' | 'format' | 'latest'
  /** Configured zones in `enum zone_type` order for this build (`DMA`, `DMA32`, `Normal`, `HighMem`, `Movable`, `Device`). */
  readonly layout: readonly string[]
  /** `gfp_zone()`: the highest zone the request may use; null when the mask is unknown or invalid (GFP_ZONE_BAD). */
  readonly highestZone: string | null
  /** Zone types (names) the mask allows, lowest first (every configured zone ≤ highestZone). */
  readonly allowedZoneTypes: readonly string[]
  /**
   * Nodes the request may use: `nodemask=` ∩ cpuset `mems_allowed` (when the cpuset applies); null = all nodes.
   * `nodesFrom` says which constraint decided.
   */
  readonly allowedNodes: readonly number[] | null
  readonly nodesFrom: 'all' | 'nodemask' | 'mems_allowed' | 'nodemask+mems_allowed' | 'thisnode'
  /** `gfp_migratetype()`. */
  readonly migrateType: 'Unmovable' | 'Movable' | 'Reclaimable' | null
  /** May use CMA pageblocks (ALLOC_CMA: movable, 3.7+; < 3.7 free CMA always counted); null when unknown. */
  readonly cmaEligible: boolean | null
  /** Direct reclaim (`__GFP_WAIT` ≤ 4.3, `__GFP_DIRECT_RECLAIM` 4.4+); null when unknown. */
  readonly canReclaim: boolean | null
  /** Direct compaction (reclaim + __GFP_IO, + __GFP_FS before 4.10; only order > 0 uses it); null when unknown. */
  readonly canCompact: boolean | null
  /** Wakes kswapd (`__GFP_KSWAPD_RECLAIM` 4.4+, `!__GFP_NO_KSWAPD` before). */
  readonly wakesKswapd: boolean | null
  /** Atomic in the allocator's sense (ALLOC_HARDER ≤ 6.2 / ALLOC_NON_BLOCK 6.3+). */
  readonly atomic: boolean
  /**
   * How far below the watermarks the request may dip: `none` (plain min), `reduced-min` (HIGH/HARDER/
   * MIN_RESERVE/NON_BLOCK), `below-min` (__GFP_NOFAIL fallback), `no-watermarks` (MEMALLOC / PF_MEMALLOC).
   */
  readonly reserves: 'none' | 'reduced-min' | 'below-min' | 'no-watermarks'
  readonly retry: RetryPolicy
  readonly oomKiller: OomKillerPolicy
  /** The reporting task runs with PF_MEMALLOC (kswapd, a reclaim path): it never recurses into reclaim. */
  readonly memallocContext: boolean
  /** ALLOC_* flags per stage, in the order the allocator runs them. */
  readonly stages: readonly StageFlags[]
  /** The stage that matters at the moment of the report (see `AllocStage`). */
  readonly decisiveStage: AllocStage
  /** Bits the version's layout does not name (vendor bits), hex; null when none. */
  readonly unknownBits: string | null
  /** What is unknown and why (`no gfp mask printed`, `kernel version not printed: rules of ≤ 5.15 from the report format`). */
  readonly unknowns: readonly string[]
}

/** A zone verdict's deciding term, or `unknown` when the printed zone line lacks the watermark (cut). */
export type VerdictTerm = DecidingTerm | 'unknown'

/** One stage's check of one zone. */
export interface StageCheck {
  readonly stage: AllocStage
  readonly watermark: WatermarkName
  readonly pass: boolean
  readonly term: VerdictTerm
  /** usable free − (reduced mark + reserve), kB; > 0 passes the order-0 test. */
  readonly marginKb: number
  /** The watermark after this stage's reductions, kB. */
  readonly watermarkKb: number
}

/** Free blocks of one migrate type in a zone's buddy line (`4*16kB (UMEC)`). */
export interface MigrateTypeBlocks {
  /** Letter as printed: U Unmovable, M Movable, E Reclaimable, C CMA, H HighAtomic, I Isolate, R Reserve (≤ 4.3). */
  readonly type: string
  /** Largest order with a free block of this type; −1 when none. */
  readonly largestOrder: number
  /** The request may take blocks of this type (U/M/E always; C with ALLOC_CMA; H with highatomic access; R ≤ 4.3). */
  readonly usable: boolean
}

/**
 * The order check over the buddy lists (`__zone_watermark_ok` order > 0 part): 4.4+ a free block of
 * order ≥ requested on a usable migrate type's list; ≤ 4.3 the per-order loop (subtract lower orders,
 * halve min). Computed for every order including 0, and for kernels that print no order (2.6.x: the
 * free-list counts still say the largest block).
 */
export interface OrderCheck {
  readonly order: number
  /** `buddy` when the zone printed its free lists, `none` otherwise (the check cannot be replayed). */
  readonly source: 'buddy' | 'none'
  /** `free-lists` (4.4+), `per-order-loop` (≤ 4.3). */
  readonly rule: 'free-lists' | 'per-order-loop'
  /** Passes the order part (true for order 0 or without buddy data: the kernel then only ran the order-0 test). */
  readonly pass: boolean
  /** Largest order with a free block the request may use (−1 none, null without buddy data). */
  readonly largestUsableOrder: number | null
  readonly largestUsableKb: number | null
  /** kB in free blocks of order ≥ the request that the request may use. */
  readonly usableBlockKb: number | null
  /** kB in free blocks of order ≥ the request that are CMA only (`(C)`) / HighAtomic only (`(H)`). */
  readonly cmaOnlyBlockKb: number
  readonly highatomicOnlyBlockKb: number
  /** Every free block of order ≥ the request is CMA (`C`) — a CMA-ineligible request cannot use any. */
  readonly allBlocksCma: boolean
  /** Every free block of order ≥ the request is HighAtomic (`H`). */
  readonly allBlocksHighatomic: boolean
  /** Per migrate type, when the kernel printed letters (≥ 3.x `(UMECH)`); empty otherwise. */
  readonly byType: readonly MigrateTypeBlocks[]
}

/** A value on a zone line the model flags instead of dropping. */
export interface ZoneFlag {
  /** `absurd-managed` (underflowed / above present), `absurd-watermark` (min of 10^14 kB), `free-above-managed`, `missing-size`, `missing-watermarks`. */
  readonly code: string
  readonly field: string
  /** One sentence in English: what is wrong and what the model did with it. */
  readonly note: string
}

/** One zone's verdict for the failed request, at the stage that matters. */
export interface ZoneVerdict {
  readonly node: number
  readonly zone: string
  /** `Normal`, or `Node 1 Normal` when the report has several nodes. */
  readonly label: string
  /** `replayed`: watermarks recomputed and checked; `printed`: report too cut to recompute, printed numbers checked with the same code. */
  readonly origin: 'replayed' | 'printed'
  /** The zone is on the request's zonelist (zone ≤ gfp_zone and node allowed). */
  readonly allowed: boolean
  /** Why not allowed: the zone is above gfp_zone(), or its node is excluded by nodemask / cpuset. */
  readonly notAllowedBy: 'zone' | 'node' | null
  readonly stage: AllocStage
  readonly watermarkName: WatermarkName
  readonly pass: boolean
  readonly term: VerdictTerm
  /** At `stage`: usable − (watermark + reserve) kB, negative = missed by that much; for `order` the order-0 margin. */
  readonly marginKb: number
  readonly freeKb: number
  readonly freeCmaKb: number
  /** Free the check counts (free − (2^order − 1) pages − CMA without ALLOC_CMA − highatomic reserve), kB. */
  readonly usableFreeKb: number
  /** The stage's watermark after reductions, kB (boost included where the kernel includes it). */
  readonly watermarkKb: number
  /** lowmem_reserve[] entry that applied (classzone_idx ≤ 5.7, highest_zoneidx 5.8+), kB. */
  readonly reserveKb: number
  /** Index into the printed lowmem_reserve[] that applied, or null. */
  readonly reserveIndex: number | null
  readonly highatomicKb: number
  /** Would pass if free CMA counted. */
  readonly passesWithCma: boolean
  /** Every stage this request runs, in allocator order. */
  readonly stages: readonly StageCheck[]
  readonly order: OrderCheck
  /** Absurd or missing values on this zone line, explained. */
  readonly flags: readonly ZoneFlag[]
  /** One sentence in English saying why (logs, debugging; UIs use the structured fields). */
  readonly note: string
}

/** One counted amount of the balance. */
export interface BalanceBucket {
  /**
   * The kernel's counter name (`free`, `active_anon`, `slab_unreclaimable`, `kernel_stack`, `hugetlb`, ...),
   * or a holder the model attributes memory to (`cma_in_use`: CMA pages allocated out of the buddy
   * allocator, which no counter holds).
   */
  readonly name: string
  readonly kb: number
  readonly at: readonly number[]
  /** An attribution, not a counter: at most this much (the holder's size bounded by what no counter explains). */
  readonly bound?: boolean
}

/** managed = Σ buckets + unaccounted, for one zone, node, the lowmem zones of a HighMem machine, or the whole machine. */
export interface BalanceLedger {
  /** `lowmem`: the zones up to Normal of a 32-bit HighMem machine (see `MemoryBalance.lowmem`). */
  readonly scope: 'zone' | 'node' | 'global' | 'lowmem'
  readonly node: number | null
  readonly zone: string | null
  /** The zones a `lowmem` ledger covers (`DMA`, `Normal`); absent for the other scopes. */
  readonly zones?: readonly string[]
  readonly managedKb: number
  /**
   * `managed` field(s); `ram-minus-reserved` (`pages RAM` − `pages reserved`); `present` (very old kernels, an
   * upper bound); `freesize`: the `present` of kernels before 3.8, which free_area_init_core had already
   * reduced by the zone's own mem_map (the lowmem ledger then counts HighMem's mem_map as a bucket);
   * `fitted`: zone lines cut before their size, sized by the model's fit of their watermarks and reserves.
   */
  readonly managedFrom: 'managed' | 'ram-minus-reserved' | 'present' | 'freesize' | 'fitted'
  readonly managedAt: readonly number[]
  /** Counted memory in waterfall order (free first). */
  readonly buckets: readonly BalanceBucket[]
  readonly countedKb: number
  /** managed − counted; negative when counters drifted or zones were not printed. */
  readonly unaccountedKb: number
  /** Printed counters left out because they overlap a bucket (`mlocked` ⊂ unevictable, `shmem` ⊂ LRU, ...). */
  readonly excluded: readonly string[]
  /** A zone line of the ledger was cut before its size, or (global) the Mem-Info counters before `free:`: counters may be missing, `unaccountedKb` is an upper bound. */
  readonly partial?: boolean
}

/** Something the report shows that holds memory outside every counter (or inside one, named). */
export interface UnaccountedHolder {
  /**
   * `balloon` (virtio/Hyper-V/Xen/VMware), `zram`, `zswap`, `cma-held` (CMA areas allocated by drivers), `kmemleak`,
   * `hugetlb`, `vmalloc`, `percpu`, `reserved` (pages marked PG_reserved after boot, pre-3.8 show_mem counts them).
   */
  readonly kind: string
  /** What the report names: the module / driver / cache. */
  readonly name: string
  /** Its size when printed or derivable (kB), else null. */
  readonly kb: number | null
  /** `counted` when a bucket already contains it (hugetlb, zspages), `uncounted` when it explains unaccounted memory, `bound` when kb is an upper bound. */
  readonly accounting: 'counted' | 'uncounted' | 'bound'
  readonly at: readonly number[]
}

/** Slab as the report shows it, with the caches that hold it. */
export interface SlabFacts {
  readonly reclaimableKb: number | null
  readonly unreclaimableKb: number | null
  /** 2.6.1x's combined `slab:` counter (no split), kB. */
  readonly combinedKb: number | null
  /** `counters` (Mem-Info / node / zone), `combined` (2.6 `slab:`), `table` (only the `Unreclaimable slab info:` table). */
  readonly from: 'counters' | 'combined' | 'table' | 'none'
  /** Largest caches of the `Unreclaimable slab info:` table (4.15+), largest first, total kB. */
  readonly topCaches: readonly {
    readonly name: string
    readonly usedKb: number
    readonly totalKb: number
    readonly at: number
  }[]
  /** Σ totalKb of the table; null when no table. */
  readonly tableTotalKb: number | null
}

/** The accounting the waterfall draws, computed once. */
export interface MemoryBalance {
  /** `zone` when zone lines carry slab (≤ ≈4.13), `node` when node lines carry everything, else `global`. */
  readonly scope: 'zone' | 'node' | 'global'
  /** One ledger per zone / node, or the single global one. */
  readonly ledgers: readonly BalanceLedger[]
  /** The machine's ledger (Σ of per-zone ledgers when scope is zone), or null when no size is known. */
  readonly total: BalanceLedger | null
  /**
   * 32-bit HighMem machines whose zone lines carry no slab (2.6.x, ≈4.14+): the lowmem zones' ledger —
   * their free and LRU pages, all slab, kernel stacks, page tables and bounce buffers (lowmem-only pages),
   * against their managed (or pre-3.8 present) size. Null otherwise (per-zone ledgers already cover lowmem).
   */
  readonly lowmem?: BalanceLedger | null
  /** Anonymous memory only swap can reclaim (anon LRU − shmem), kB; null where the LRU is not split (see `lru`). */
  readonly anonKb: number | null
  /** shmem / tmpfs (on the anon LRU; only swap frees it), kB — the smaller figure when the report contradicts itself (`shmemConflict`). */
  readonly shmemKb: number | null
  /** The summary's `shmem:` and the node lines' disagree (a 4.9 summary printed another counter under that name). */
  readonly shmemConflict?: {
    readonly summaryKb: number
    readonly nodesKb: number
    readonly at: readonly number[]
  } | null
  /** File LRU (reclaimable in principle), kB. */
  readonly fileKb: number | null
  /**
   * The LRU as the kernel printed it, machine-wide: `split` from 2.6.28 (anon and file lists, `anonKb` /
   * `fileKb` then say the same), `unsplit` before (one `active`/`inactive` pair holding anon and file
   * pages alike: only their sum is known). `unevictableKb` where printed. Null when no LRU was printed.
   */
  readonly lru?: LruFacts | null
  readonly slab: SlabFacts
  /** Holders of memory outside (or inside) the counters that the report names. */
  readonly holders: readonly UnaccountedHolder[]
  /** Free memory machine-wide: the global `free:` counter, else Σ zone free (kB). */
  readonly freeKb: number | null
  readonly freeFrom: 'global' | 'nodes' | 'zones' | 'none'
  /** Swap total / free (kB), null when the report printed no swap line. */
  readonly swapTotalKb: number | null
  readonly swapFreeKb: number | null
  /** Managed memory of the whole machine with the lines it came from (the total ledger's base, else Σ zone managed/present). */
  readonly managed?: BalanceAmount | null
  /**
   * Every counter machine-wide in kB, by lower-case kernel name (`active_anon`, `shmem`, `slab_unreclaimable`,
   * `pagetables`, `isolated_anon`, ...): the global Mem-Info block (pages) first, else the node lines, else
   * the zone lines (kB), with the lines read.
   */
  readonly counters?: Readonly<Record<string, BalanceAmount>>
}

/** See `MemoryBalance.lru`. */
export interface LruFacts {
  readonly split: boolean
  /** Every LRU list together (anon + file, unevictable excluded), kB. */
  readonly combinedKb: number
  readonly unevictableKb: number | null
  readonly at: readonly number[]
}

/** An amount in kB and the report lines it was read from. */
export interface BalanceAmount {
  readonly kb: number
  readonly at: readonly number[]
}

/** min_free_kbytes: what the machine ran with and the kernel's own candidate values. */
export interface MinFreeFacts {
  /** Inferred from the printed watermarks (kB), null when no zone gives one. */
  readonly inferredKb: number | null
  readonly source: MinFreeSource
  /** `init_per_zone_wmark_min` / `calculate_min_free_kbytes` for this lowmem: ⌊√(16 × lowmem kB)⌋ clamped. */
  readonly defaultKb: number | null
  /** The clamp's upper bound for the version: 65536 before 5.7, 262144 from 5.7. */
  readonly defaultUpperKb: number
  /** Whether the default hit a bound (`lower` 128, `upper`), else null. */
  readonly defaultClamped: 'lower' | 'upper' | null
  /** THP's `set_recommended_min_free_kbytes` (kB), max'ed with the default; null before 2.6.38 or when unknown. */
  readonly thpKb: number | null
  /** pageblock size THP used (kB): 2 MB with 4 KB pages, 32 MB with 16 KB, 512 MB with 64 KB. */
  readonly thpPageblockKb: number | null
  /** THP's value was capped at 5 % of lowmem (`nr_free_buffer_pages() / 20`). */
  readonly thpCapped: boolean
  /** Populated zones THP counted (Movable not counted from 4.17). */
  readonly thpZones: number | null
  /** Lowmem managed kB (zones ≤ Normal) the formulas used. */
  readonly lowmemKb: number | null
  /**
   * A raised value (inferred above the default) replayed: the request's decisive stage with the boot
   * default's watermarks. Null when the value is not above the default or the zones have no size.
   */
  readonly decision?: MinFreeDecision | null
}

/** Whether the raised min_free_kbytes decided the outcome (model/min-free-decided.ts). */
export interface MinFreeDecision {
  /** The boot default the replay used (kB). */
  readonly defaultKb: number
  readonly stage: AllocStage
  /** Allowed zones that pass the decisive stage with the default's watermarks (labels). */
  readonly passingWithDefault: readonly string[]
  /** Every allowed zone's margin at the decisive stage with the default's watermarks (kB), and that watermark. */
  readonly marginsWithDefault: readonly {
    readonly zone: string
    readonly marginKb: number
    readonly watermarkKb: number
  }[]
  /** Every allowed zone failed with the watermarks in effect and one passes with the default's: the raise refused it. */
  readonly decided: boolean
}

/** Which memcg limit a memcg OOM hit and what reclaim could do inside it. */
export interface MemcgFacts {
  readonly version: 'v1' | 'v2' | null
  /**
   * `memory` (v1 memory.limit_in_bytes / v2 memory.max), `memory+swap` (v1 memsw: its failcnt moved or usage is at
   * its limit), `kmem` (v1 kmem limit), `memory.high` (v2: usage over high with max unlimited), `unknown`.
   */
  readonly limitHit: 'memory' | 'memory+swap' | 'kmem' | 'memory.high' | 'unknown'
  /** What decided `limitHit`: `failcnt`, `usage-at-limit`, `only-limit`. */
  readonly limitFrom: 'failcnt' | 'usage-at-limit' | 'only-limit' | 'none'
  readonly path: string | null
  readonly usageKb: number | null
  readonly limitKb: number | null
  readonly swapUsageKb: number | null
  readonly swapLimitKb: number | null
  /** Anonymous memory (without shmem), kB. */
  readonly anonKb: number | null
  readonly fileKb: number | null
  /** shmem / tmpfs charged to the cgroup: only swap frees it. */
  readonly shmemKb: number | null
  readonly slabReclaimableKb: number | null
  /** The cgroup may swap (swap exists, swap limit not reached, v2 swap.max > usage). */
  readonly canSwap: boolean | null
  /** What reclaim could free inside the cgroup: file LRU + reclaimable slab, + anon/shmem when it can swap (kB). */
  readonly reclaimableKb: number | null
  /**
   * The usage as the group's stats split it (kB), null without stats: anon (v1 `rss`, v2 `anon`), page cache
   * (v1 `cache`, v2 `file`), kernel memory (v1 the `kmem:` usage, v2 `kernel` or stacks + slab + sockets +
   * page tables), swapped out (v1 the `swap` stat, v2 the `swap:` usage line).
   */
  readonly composition?: {
    readonly anonKb: number
    readonly pageCacheKb: number
    readonly kernelKb: number | null
    readonly swappedKb: number | null
  } | null
}

/** Free memory on nodes the request could not use. */
export interface OtherNodesFree {
  /** kB free outside the allowed nodes: global `free:` − Σ free of allowed zones, or Σ printed other-node zones. */
  readonly freeKb: number
  readonly from: 'global-free' | 'zones'
  readonly nodes: readonly number[] | null
}

/** Why the victim prediction is missing or uncertain. */
export interface VictimNote {
  /**
   * No prediction, the table being partial: `snipped-table` (`<...snip...>`), `rows-omitted` (the parser's
   * memory bound kept only the first rows: the event's `omitted`), `partial-table` (a `partial` event whose
   * table lost its header with the report's first lines), `incomplete-table` (the killed task is not in it).
   * Uncertain: `no-totalpages`, `no-candidates`, `tie`, `pre-2.6.36` (old heuristic).
   */
  readonly code: string
  readonly note: string
  /** Task rows the parser counted but did not keep (`rows-omitted`). */
  readonly rowsOmitted?: number
  /** Pids sharing the top points on a tie. */
  readonly tiedPids?: readonly number[]
  /** The rule that broke the tie for this version. */
  readonly tieRule?: 'first-wins' | 'later-wins'
}

/** The printed lowmem_reserve[] of one zone against the recompute. */
export interface ReserveCheck {
  readonly node: number
  readonly zone: string
  readonly printed: readonly number[]
  /** Recomputed from the sizes the kernel had when it computed the reserve (boot sizes when drift is known). */
  readonly computed: readonly number[]
  /** Every entry within 0.5 % (or one page). */
  readonly within: boolean
  /** `printed-sizes` (today's managed), `boot-log` (managed − pages freed after boot, exact), `boot-estimate`. */
  readonly sizesFrom: 'printed-sizes' | 'boot-log' | 'boot-estimate'
  /** Pages the upper zones grew since the reserve was computed (printed managed − boot sizes), when known. */
  readonly driftPages: number | null
}

/** A value the model flags as impossible, with what it did. */
export interface ModelAnomaly {
  readonly code: string
  /** `Node 0 Normal` or null for event-wide. */
  readonly where: string | null
  readonly note: string
  readonly at: readonly number[]
}

/** See `ModelResult.outcomeCheck`. */
export interface OutcomeCheck {
  readonly verdict: 'consistent' | 'cma-unusable' | 'numbers-moved' | 'unexplained'
  /** Allowed zones that pass at the decisive stage (labels). */
  readonly passing: readonly string[]
  /** The largest passing margin, kB (0 when consistent). */
  readonly marginKb: number
  readonly note: string
}
