/**
 * The parsed memory event: everything a kernel OOM report, memcg OOM report or page allocation
 * failure printed, as printed (kernel units, kernel names), plus where every piece came from.
 *
 * This is the core's central data type. The parser produces it; the kernel model, the diagnosis,
 * the report model, the contract serialiser and the renderer read it. It is plain JSON data
 * (no classes, no Maps) so it crosses IPC, workers and HTTP unchanged.
 *
 * Rule for changes: additive only. Never rename a field; new fields are optional or nullable.
 */

/** Index into {@link MemEvent.lines}: which report line a parsed piece came from. */
export type LineIdx = number

/** One line of a report, kept for evidence and the raw-log view. */
export interface ReportLine {
  /** 1-based physical line in the source file (after decompression). In a collapsed one-line paste, that line. */
  readonly line: number
  /** The text verbatim as it stands in the source (whole physical line; in a collapsed paste, the segment). */
  readonly text: string
  /** The kernel message with every log prefix (syslog, journal, dmesg stamp, `kernel:`) removed. */
  readonly message: string
  /**
   * True when this line continues the kernel line before it (a mail client's or terminal's wrap, an
   * rsyslog `#012` or kmsg `\x0a` piece): the kernel printed the two as one line. Absent otherwise.
   */
  readonly continues?: boolean
}

export type EventKind = 'oom' | 'memcg-oom' | 'alloc-failure'

export interface Trigger {
  readonly comm: string | null
  readonly pid: number | null
  /** Hex as printed, e.g. `0x2084d0`; null when the header printed none (very old kernels print it always). */
  readonly gfpMask: string | null
  /** The flag names the kernel printed in `(...)` after the mask (≥ 4.10), else null. */
  readonly gfpPrintedNames: readonly string[] | null
  /** -1 for a manual (sysrq) trigger. */
  readonly order: number | null
  readonly oomScoreAdj: number | null
  /** `nodemask=0-1` / `nodemask=(null)` as printed, or null. */
  readonly nodemask: string | null
  /** 2.6.x `oom_adj=` (the old -17..15 scale) when the header printed it; absent otherwise. */
  readonly oomAdj?: number | null
  readonly at: LineIdx
}

export interface TaskLine {
  readonly cpu: number | null
  readonly pid: number | null
  readonly comm: string | null
  /** e.g. `G O` or `Not tainted`. */
  readonly tainted: string | null
  /** Kernel release, e.g. `3.14.24-wt-ldr-TC`. */
  readonly version: string | null
  /** Build string after the release, e.g. `#4`. */
  readonly build: string | null
  readonly at: LineIdx
}

export interface CallFrame {
  readonly fn: string
  readonly offset: string | null
  readonly module: string | null
  /** Printed with a `?` (not reliable). */
  readonly uncertain: boolean
  readonly at: LineIdx
}

export interface BuddyInfo {
  /** Count of free blocks per order, index = order. */
  readonly counts: readonly number[]
  /** Migrate-type letters per order (`"UME"`), null where none printed. */
  readonly types: readonly (string | null)[]
  /** The `= 3580kB` total as printed. */
  readonly totalKb: number | null
  /** Block size in kB of order 0 as printed (`4kB`, `64kB`): the page size. */
  readonly order0Kb: number | null
  readonly at: LineIdx
}

export interface Zone {
  readonly node: number
  /** As printed: `DMA`, `DMA32`, `Normal`, `HighMem`, `Movable`, `Device`. */
  readonly zone: string
  /**
   * Every `key:value` field of the zone line, keys as printed (`free`, `min`, `boost`, `present`,
   * `managed`, `free_cma`, `isolated(anon)`, `pages_scanned`, ...); values in the printed unit
   * (kB for `NNNkB`, pages/counts otherwise). Booleans like `all_unreclaimable? yes` go to `flags`.
   */
  readonly fields: Readonly<Record<string, number>>
  /** Which fields were printed with a `kB` suffix. */
  readonly kbFields: readonly string[]
  readonly flags: Readonly<Record<string, boolean>>
  readonly freeKb: number
  readonly minKb: number | null
  readonly lowKb: number | null
  readonly highKb: number | null
  readonly boostKb: number | null
  readonly reservedHighatomicKb: number | null
  readonly presentKb: number | null
  readonly managedKb: number | null
  readonly freeCmaKb: number | null
  /** `lowmem_reserve[]` in pages exactly as printed, null when not printed. */
  readonly lowmemReserve: readonly number[] | null
  readonly buddy: BuddyInfo | null
  readonly at: LineIdx
  readonly lowmemReserveAt: LineIdx | null
}

/** `Node 0 active_anon:... ` (≥ 4.8) — per-node counters in kB as printed. */
export interface NodeLine {
  readonly node: number
  readonly fields: Readonly<Record<string, number>>
  readonly kbFields: readonly string[]
  readonly flags: Readonly<Record<string, boolean>>
  readonly at: LineIdx
}

export interface HugepagesLine {
  readonly node: number
  readonly total: number
  readonly free: number
  readonly surp: number
  readonly sizeKb: number
  readonly at: LineIdx
}

/** The task table as printed; values in the printed units. Absent columns are null. */
export interface Task {
  readonly pid: number
  readonly uid: number | null
  readonly tgid: number | null
  readonly totalVm: number | null
  readonly rss: number | null
  /** ≥ 4.x split columns (5.x: rss_anon rss_file rss_shmem); null otherwise. */
  readonly rssAnon?: number | null
  readonly rssFile?: number | null
  readonly rssShmem?: number | null
  readonly pgtablesBytes: number | null
  readonly nrPtes: number | null
  readonly nrPmds: number | null
  readonly swapents: number | null
  readonly oomScoreAdj: number | null
  /** 2.6.x columns `cpu` and `oom_adj` (old scale); absent when not printed. */
  readonly cpu?: number | null
  readonly oomAdj?: number | null
  readonly name: string
  readonly at: LineIdx
}

/** "Out of memory: Kill process N (comm) score S or sacrifice child" / "Memory cgroup out of memory: Kill process ..." */
export interface SelectedTask {
  readonly pid: number
  readonly comm: string
  readonly score: number | null
  readonly at: LineIdx
}

/** "Killed process N (comm) total-vm:...kB, anon-rss:...kB, file-rss:...kB, shmem-rss:...kB, UID:.. pgtables:..kB oom_score_adj:.." */
export interface KilledTask {
  readonly pid: number
  readonly comm: string
  readonly totalVmKb: number | null
  readonly anonRssKb: number | null
  readonly fileRssKb: number | null
  readonly shmemRssKb: number | null
  readonly uid: number | null
  readonly pgtablesKb: number | null
  readonly oomScoreAdj: number | null
  readonly at: LineIdx
}

/** `oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=...,task_memcg=...,task=...,pid=...,uid=...` */
export interface OomKillLine {
  readonly constraint: string | null
  readonly fields: Readonly<Record<string, string>>
  readonly at: LineIdx
}

export interface Memcg {
  /** The cgroup the limit was hit in (`oom_memcg`, or the v1 "limit of" path). */
  readonly path: string | null
  readonly taskPath: string | null
  readonly usageKb: number | null
  readonly limitKb: number | null
  readonly failcnt: number | null
  readonly swapUsageKb: number | null
  readonly swapLimitKb: number | null
  readonly swapFailcnt: number | null
  readonly kmemUsageKb: number | null
  readonly kmemLimitKb: number | null
  readonly kmemFailcnt: number | null
  /** The `memory.stat` block (v2: `anon 123`, v1: `Memory cgroup stats for /x: cache:..KB rss:..KB`), bytes or kB as printed. */
  readonly stat: Readonly<Record<string, number>>
  /**
   * The usage lines the report printed, by counter name as printed: cgroup v1 prints `memory`,
   * `memory+swap` and `kmem`; v2 (4.19+) `memory` and `swap`. (`swapUsageKb` holds memory+swap on v1 and
   * swap on v2: this says which.) Absent on events parsed before the field existed.
   */
  readonly printedCounters?: readonly string[]
  readonly at: LineIdx
}

export interface SwapInfo {
  readonly totalKb: number
  readonly freeKb: number
}

export interface RamBlock {
  readonly totalPages: number | null
  readonly highmemPages: number | null
  readonly reservedPages: number | null
  readonly cmaReservedPages: number | null
  readonly hwpoisonedPages: number | null
  readonly at: LineIdx | null
}

export interface MemEvent {
  /** Stable within one analysis: `e1`, `e2`, ... in time order. */
  readonly id: string
  readonly kind: EventKind
  /** The first line of the report. */
  readonly path: string
  readonly line: number
  /** ISO 8601 wall-clock time, or null. */
  readonly time: string | null
  /** True when the syslog year was inferred (a `year-inferred` issue says from what). */
  readonly timeYearInferred: boolean
  readonly uptime: number | null
  readonly host: string | null
  readonly kernelVersion: string | null
  readonly arch: string | null
  readonly pageSizeKb: number
  /** How the page size was decided: `buddy` (order-0 block size), `ratio` (kB/pages counters), `arch`, `default`. */
  readonly pageSizeFrom: 'buddy' | 'ratio' | 'arch' | 'default'
  readonly trigger: Trigger
  readonly cpuset: { readonly cpuset: string | null; readonly memsAllowed: string | null; readonly at: LineIdx } | null
  readonly taskLine: TaskLine | null
  readonly hardware: string | null
  readonly callTrace: readonly CallFrame[]
  /** The global Mem-Info counters in pages, kernel names (`active_anon`, `free_cma`, `slab_reclaimable`, ...). */
  readonly counters: Readonly<Record<string, number>>
  readonly countersAt: readonly LineIdx[]
  readonly nodes: readonly NodeLine[]
  readonly zones: readonly Zone[]
  readonly hugepages: readonly HugepagesLine[]
  readonly pagecachePages: number | null
  readonly swapCachePages: number | null
  readonly swap: SwapInfo | null
  readonly ram: RamBlock
  readonly tasks: readonly Task[]
  /** Header of the task table as printed (column names), for the UI. */
  readonly taskColumns: readonly string[] | null
  readonly selected: SelectedTask | null
  readonly killed: KilledTask | null
  readonly oomKill: OomKillLine | null
  readonly memcg: Memcg | null
  /**
   * `Kernel panic - not syncing: Out of memory...` belongs to this event. In a crash(8) session the panic
   * may be known only from crash's system banner (`PANIC: "Kernel panic - not syncing: …"`, printed above
   * or below the `log` output): that banner line, then its `PID:` and `COMMAND:` lines, are then the last
   * of the event's lines (the kernel printed the panic after the report) and `at` names the PANIC line.
   */
  readonly panic: { readonly message: string; readonly at: LineIdx } | null
  /**
   * The per-CPU pageset lines of 2.6–3.x Mem-Info (`Node 0 DMA32 per-cpu:` then `CPU    0: hi:  186, btch:  31 usd: 103`;
   * 2.6.10's `cpu 0 hot: low 2, high 6, batch 1`), in pages as printed. Absent when none were printed.
   */
  readonly perCpuPagesets?: readonly {
    readonly node: number | null
    readonly zone: string
    readonly cpu: number
    /** 2.6.10's `hot`/`cold` lists; null for the single list of later kernels. */
    readonly list: 'hot' | 'cold' | null
    readonly low: number | null
    readonly high: number
    readonly batch: number
    /** `usd:` / `used:` (pages on the list), null when not printed. */
    readonly count: number | null
    readonly at: LineIdx
  }[]
  /**
   * `Unreclaimable slab info:` (4.15+, printed when unreclaimable slab exceeds user memory): caches with
   * their used and total size in kB as printed. Absent when the report has none.
   */
  readonly unreclaimableSlab?: readonly {
    readonly name: string
    readonly usedKb: number
    readonly totalKb: number
    readonly at: LineIdx
  }[]
  /**
   * True when the report's first lines were not in the input — a header the poster cut, or a log that
   * begins with the last lines of an earlier kill: what was read is kept, the rest is null. Absent
   * (false) for a report read from its first line. A `truncated-report` warning names the first line.
   */
  readonly partial?: boolean
  /**
   * A warn_alloc() report's own message after the task name (`page allocation failure: order:4`,
   * `vmalloc error: size 0, vm_struct allocation failed`, `vmemmap alloc failure: order:9`,
   * `page allocation stalls for 10646ms, order:0`), with the stall time for a stall warning: then the
   * allocation had not failed yet, it had been retrying that long. Absent for OOM reports.
   */
  readonly allocWarning?: { readonly message: string; readonly stallMs: number | null; readonly at: LineIdx }
  /**
   * memory.oom.group (4.19+): `Tasks in <cgroup> are going to be killed due to memory.oom.group set`,
   * then one `Killed process` line per task of that cgroup (the victim may appear again) and
   * `OOM victim N (comm) is already exiting` for tasks already on their way out. One OOM, several kills:
   * `killed` stays the victim the OOM killer chose.
   */
  readonly oomGroup?: {
    readonly path: string
    readonly kills: readonly KilledTask[]
    readonly exiting: readonly { readonly pid: number; readonly comm: string; readonly at: LineIdx }[]
    readonly at: LineIdx
  }
  /**
   * The `sysrq: Manual OOM execution` line printed right before the report (SysRq-f, or `echo f >
   * /proc/sysrq-trigger`): a manual OOM, whatever order the header printed (before 4.x a manual OOM
   * printed `order=0`, later `order=-1`). Absent when none came.
   */
  readonly manualTrigger?: { readonly line: number; readonly text: string }
  /**
   * Present only when a memory bound cut the report (a pathological input: hundreds of thousands of
   * lines in one report): how many lines, and of them task rows, were counted but not kept, and why.
   * `tasks` then holds only the rows before the bound, and a victim replay over it is partial.
   */
  readonly omitted?: { readonly lines: number; readonly taskRows: number; readonly reason: string }
  /** `oom_reaper: reaped process N (comm), now anon-rss:0kB, ...`. */
  readonly reaper: { readonly pid: number; readonly comm: string; readonly at: LineIdx } | null
  /** The report's lines, in order, as they stand in the source (a crash(8) banner's panic lines last: see `panic`). */
  readonly lines: readonly ReportLine[]
}

/** Parsed /proc and /sys snapshots live in ./snapshot (a union by kind, every value with its line). */
export type { Snapshot, SnapshotKind } from './snapshot'
