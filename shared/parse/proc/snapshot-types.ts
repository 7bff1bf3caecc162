/** Typed `data` of each proc snapshot kind. Field names are the kernel's own. */

/** /proc/meminfo (or a node's meminfo): values in kB where printed with `kB`, else counts. */
export interface MeminfoData {
  readonly node: number | null
  readonly values: Readonly<Record<string, number>>
  /** Keys printed with ` kB`. */
  readonly kbKeys: readonly string[]
}

/** One zone of /proc/zoneinfo: everything in pages as printed. */
export interface ZoneinfoZone {
  readonly node: number
  readonly zone: string
  /** `pages free`, `min`, `low`, `high`, `spanned`, `present`, `managed`, `nr_free_pages`, `start_pfn` ... */
  readonly fields: Readonly<Record<string, number>>
  /** `protection: (0, 3019, 6859, 6859)`: the lowmem reserves in pages. */
  readonly protection: readonly number[] | null
  /** Per-CPU pagesets: `count`, `high`, `batch` ... per cpu. */
  readonly pagesets: ReadonlyArray<{ readonly cpu: number; readonly fields: Readonly<Record<string, number>> }>
}

export interface ZoneinfoData {
  readonly zones: readonly ZoneinfoZone[]
  /** `per-node stats` blocks (≥ 4.8), by node. */
  readonly nodeStats: Readonly<Record<number, Readonly<Record<string, number>>>>
}

/** /proc/buddyinfo: free blocks per order. */
export interface BuddyinfoData {
  readonly zones: ReadonlyArray<{ readonly node: number; readonly zone: string; readonly counts: readonly number[] }>
}

/** /proc/pagetypeinfo. Migrate-type names as printed (`Unmovable`, `Movable`, `Reclaimable`, `HighAtomic`, `CMA`, `Isolate`, `Reserve`). */
export interface PagetypeinfoData {
  readonly pageBlockOrder: number | null
  readonly pagesPerBlock: number | null
  readonly free: ReadonlyArray<{ readonly node: number; readonly zone: string; readonly type: string; readonly counts: readonly number[] }>
  /** Column names of the `Number of blocks type` table, as printed. */
  readonly blockTypes: readonly string[]
  readonly blocks: ReadonlyArray<{ readonly node: number; readonly zone: string; readonly counts: Readonly<Record<string, number>> }>
}

/** /proc/vmstat. */
export interface VmstatData {
  readonly values: Readonly<Record<string, number>>
}

/** One cache of /proc/slabinfo 2.1. */
export interface SlabCache {
  readonly name: string
  readonly activeObjs: number
  readonly numObjs: number
  readonly objSizeBytes: number
  readonly objPerSlab: number
  readonly pagesPerSlab: number
  readonly limit: number
  readonly batchCount: number
  readonly sharedFactor: number
  readonly activeSlabs: number
  readonly numSlabs: number
  readonly sharedAvail: number
}

export interface SlabinfoData {
  readonly version: string
  readonly caches: readonly SlabCache[]
}

/** vm sysctls, keyed by their dotted names (`vm.min_free_kbytes`); lists for multi-value ones. */
export interface SysctlData {
  readonly values: Readonly<Record<string, number | readonly number[] | string>>
}
