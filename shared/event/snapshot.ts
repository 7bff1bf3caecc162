/**
 * A parsed /proc or /sys snapshot: one union by `kind`, each with its typed `data` (the kernel's own
 * field names, values as printed) and, beside it, `lineOf`: the line of the file each value was read
 * from. Snapshot findings cite those lines the way event findings cite report lines.
 *
 * Plain JSON data, like MemEvent. Rule for changes: additive only; `data` keeps the kernel's names.
 *
 * `lineOf` has the keys of `data`: a record of values becomes a record of line numbers, a list of rows
 * printed one per line becomes a list of line numbers, a scalar its line (null when not printed).
 * Line numbers are 1-based physical lines of the file; `lines[n - 1]` is line n's text.
 */

/** 1-based physical line of a snapshot file. */
export type SnapshotLineNo = number

/** /proc/meminfo (or a node's meminfo): values in kB where printed with `kB`, else counts. */
export interface MeminfoData {
  readonly node: number | null
  readonly values: Readonly<Record<string, number>>
  /** Keys printed with ` kB`. */
  readonly kbKeys: readonly string[]
}
export interface MeminfoLines {
  readonly values: Readonly<Record<string, SnapshotLineNo>>
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
export interface ZoneinfoZoneLines {
  /** The `Node N, zone X` line (node and zone). */
  readonly header: SnapshotLineNo
  readonly fields: Readonly<Record<string, SnapshotLineNo>>
  readonly protection: SnapshotLineNo | null
  readonly pagesets: ReadonlyArray<{
    readonly cpu: SnapshotLineNo
    readonly fields: Readonly<Record<string, SnapshotLineNo>>
  }>
}

/** /proc/zoneinfo: every zone, and the per-node stats blocks. */
export interface ZoneinfoData {
  readonly zones: readonly ZoneinfoZone[]
  /** `per-node stats` blocks (≥ 4.8), by node. */
  readonly nodeStats: Readonly<Record<number, Readonly<Record<string, number>>>>
}
export interface ZoneinfoLines {
  readonly zones: readonly ZoneinfoZoneLines[]
  readonly nodeStats: Readonly<Record<number, Readonly<Record<string, SnapshotLineNo>>>>
}

/** /proc/buddyinfo: free blocks per order. */
export interface BuddyinfoData {
  readonly zones: ReadonlyArray<{ readonly node: number; readonly zone: string; readonly counts: readonly number[] }>
}
/** One line per zone row. */
export interface BuddyinfoLines {
  readonly zones: readonly SnapshotLineNo[]
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
export interface PagetypeinfoLines {
  readonly pageBlockOrder: SnapshotLineNo | null
  readonly pagesPerBlock: SnapshotLineNo | null
  readonly free: readonly SnapshotLineNo[]
  readonly blockTypes: SnapshotLineNo | null
  readonly blocks: readonly SnapshotLineNo[]
}

/** /proc/vmstat. */
export interface VmstatData {
  readonly values: Readonly<Record<string, number>>
}
export interface VmstatLines {
  readonly values: Readonly<Record<string, SnapshotLineNo>>
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
export interface SlabinfoLines {
  readonly version: SnapshotLineNo | null
  readonly caches: readonly SnapshotLineNo[]
}

/** vm sysctls, keyed by their dotted names (`vm.min_free_kbytes`); lists for multi-value ones. */
export interface SysctlData {
  readonly values: Readonly<Record<string, number | readonly number[] | string>>
}
export interface SysctlLines {
  readonly values: Readonly<Record<string, SnapshotLineNo>>
}

interface SnapshotOf<K extends string, D, L> {
  readonly path: string
  readonly kind: K
  /** ISO time if known (from the file's content or the host's mtime), else null. */
  readonly time: string | null
  readonly data: D
  /** Where each value of `data` was printed (see the module comment). */
  readonly lineOf: L
  /** The file's lines as read (line endings removed): `lines[n - 1]` is line n. Evidence text. */
  readonly lines: readonly string[]
}

export type MeminfoSnapshot = SnapshotOf<'meminfo', MeminfoData, MeminfoLines>
export type ZoneinfoSnapshot = SnapshotOf<'zoneinfo', ZoneinfoData, ZoneinfoLines>
export type BuddyinfoSnapshot = SnapshotOf<'buddyinfo', BuddyinfoData, BuddyinfoLines>
export type PagetypeinfoSnapshot = SnapshotOf<'pagetypeinfo', PagetypeinfoData, PagetypeinfoLines>
export type VmstatSnapshot = SnapshotOf<'vmstat', VmstatData, VmstatLines>
export type SlabinfoSnapshot = SnapshotOf<'slabinfo', SlabinfoData, SlabinfoLines>
export type SysctlSnapshot = SnapshotOf<'sysctl', SysctlData, SysctlLines>

/** A parsed /proc or /sys snapshot, narrowed on `kind`. */
export type Snapshot =
  | MeminfoSnapshot
  | ZoneinfoSnapshot
  | BuddyinfoSnapshot
  | PagetypeinfoSnapshot
  | VmstatSnapshot
  | SlabinfoSnapshot
  | SysctlSnapshot

export type SnapshotKind = Snapshot['kind']

/** A snapshot kind's data and where its values were printed: what a snapshot parser returns. */
export type SnapshotContent<K extends SnapshotKind> = Pick<Extract<Snapshot, { kind: K }>, 'data' | 'lineOf'>

/** Line `line` of a snapshot with its text, or null when the snapshot has no such line. */
export function snapshotLine(snap: Snapshot, line: SnapshotLineNo): { line: number; text: string } | null {
  const text = snap.lines[line - 1]
  return text === undefined ? null : { line, text }
}
