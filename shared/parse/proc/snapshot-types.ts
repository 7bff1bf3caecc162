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

/** /proc/zoneinfo: every zone, and the per-node stats blocks. */
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
  readonly free: ReadonlyArray<{
    readonly node: number
    readonly zone: string
    readonly type: string
    readonly counts: readonly number[]
  }>
  /** Column names of the `Number of blocks type` table, as printed. */
  readonly blockTypes: readonly string[]
  readonly blocks: ReadonlyArray<{
    readonly node: number
    readonly zone: string
    readonly counts: Readonly<Record<string, number>>
  }>
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

/** /proc/slabinfo: the format version and every cache. */
export interface SlabinfoData {
  readonly version: string
  readonly caches: readonly SlabCache[]
}

/** vm sysctls, keyed by their dotted names (`vm.min_free_kbytes`); lists for multi-value ones. */
export interface SysctlData {
  readonly values: Readonly<Record<string, number | readonly number[] | string>>
}

/** A snapshot with its data typed by kind (the same object as `Snapshot`, narrowed on `kind`). */
export type TypedSnapshot =
  | { readonly path: string; readonly kind: 'meminfo'; readonly time: string | null; readonly data: MeminfoData }
  | { readonly path: string; readonly kind: 'zoneinfo'; readonly time: string | null; readonly data: ZoneinfoData }
  | { readonly path: string; readonly kind: 'buddyinfo'; readonly time: string | null; readonly data: BuddyinfoData }
  | {
      readonly path: string
      readonly kind: 'pagetypeinfo'
      readonly time: string | null
      readonly data: PagetypeinfoData
    }
  | { readonly path: string; readonly kind: 'vmstat'; readonly time: string | null; readonly data: VmstatData }
  | { readonly path: string; readonly kind: 'slabinfo'; readonly time: string | null; readonly data: SlabinfoData }
  | { readonly path: string; readonly kind: 'sysctl'; readonly time: string | null; readonly data: SysctlData }
