import type {
  CallFrame,
  HugepagesLine,
  KilledTask,
  MemEvent,
  NodeLine,
  OomKillLine,
  ReportLine,
  SelectedTask,
  Task,
  TaskLine,
} from '../event/types'
import type { WallStamp } from './prefix/wall-stamp'
import type { ParsedHeader } from './report/header'
import type { ParsedBuddyLine } from './report/buddy-line'
import type { ParsedZoneLine } from './report/zone-line'

/** A zone as the assembler collects it (zone line, then its lowmem_reserve, later its buddy line). */
export interface DraftZone {
  readonly parsed: ParsedZoneLine | null
  readonly at: number
  lowmemReserve: number[] | null
  lowmemReserveAt: number | null
  buddy: (ParsedBuddyLine & { at: number }) | null
  readonly node: number
  readonly zone: string
}

/** The memcg section as collected. */
export interface DraftMemcg {
  taskPath: string | null
  limitPath: string | null
  statsPath: string | null
  counters: Record<string, { usageKb: number | null; limitKb: number | null; failcnt: number | null }>
  stat: Record<string, number>
  at: number
}

/** One report being assembled. Mutable while open; frozen into a MemEvent by `buildEvent`. */
export interface Draft {
  readonly path: string
  readonly host: string | null
  /** null for a report whose header was not in the input (it began with the kill lines). */
  readonly header: ParsedHeader | null
  /**
   * Why the lines are collected but no event is made (a SysRq-m memory dump), or null for a report.
   * Its lines are not reported as orphans.
   */
  readonly ignore: string | null
  /**
   * 'tentative': opened on a stack dump (`CPU: … PID: …`, a call trace) with no header before it; it
   * becomes a partial report once a report section follows, and is dropped silently otherwise (every
   * kernel warning prints such a dump). 'partial': a report whose first lines were not in the input.
   */
  completeness: 'whole' | 'partial' | 'tentative'
  readonly wall: WallStamp | null
  readonly yearEpoch: number
  readonly uptime: number | null
  stage: number
  readonly lines: ReportLine[]
  cpuset: { cpuset: string | null; memsAllowed: string | null; at: number } | null
  taskLine: (TaskLine & { uid: number | null; tail: string | null }) | null
  hardware: string | null
  readonly callTrace: CallFrame[]
  /** Register names seen in the dump (`RIP`, `pstate`, `epc` ...), for the arch. */
  readonly registers: Set<string>
  readonly counters: Record<string, number>
  readonly countersAt: number[]
  sawMemInfo: boolean
  readonly nodes: NodeLine[]
  readonly zones: DraftZone[]
  readonly hugepages: HugepagesLine[]
  pagecachePages: number | null
  swapCachePages: number | null
  freeSwapKb: number | null
  totalSwapKb: number | null
  readonly ram: {
    totalPages: number | null
    highmemPages: number | null
    reservedPages: number | null
    cmaReservedPages: number | null
    hwpoisonedPages: number | null
    at: number | null
  }
  readonly tasks: Task[]
  readonly pcp: NonNullable<MemEvent['perCpuPagesets']>[number][]
  /** The zone the last `… per-cpu:` title named. */
  pcpZone: { node: number | null; zone: string } | null
  readonly slab: Array<{ name: string; usedKb: number; totalKb: number; at: number }>
  taskColumns: string[] | null
  selected: (SelectedTask & { reason: string | null }) | null
  killed: (KilledTask & { reason: string | null }) | null
  oomKill: OomKillLine | null
  memcg: DraftMemcg | null
  memcgStatOpen: boolean
  panic: { message: string; at: number } | null
  /** The task a crash(8) banner names as the one that panicked, when its panic was given to this report. */
  panicTask: { pid: number | null; comm: string | null } | null
  reaper: { pid: number; comm: string; at: number } | null
  /** The release from the boot's `Linux version …` line earlier in the stream, for reports without a CPU line. */
  bootVersion: string | null
  /** Consecutive lines since the last one that belonged to the report. */
  strayRun: number
  /** Lines of other messages read after an allocation failure's totals began (see report-assembler `endsBefore`). */
  tailStray: number
  /** memory.oom.group: the cgroup whose tasks are killed with the victim, and what its kill list printed. */
  oomGroup: {
    path: string
    kills: KilledTask[]
    exiting: { pid: number; comm: string; at: number }[]
    at: number
  } | null
  /** The SysRq-f line that asked for this OOM, when one came right before its header. */
  manualTrigger: { line: number; text: string } | null
  /** Lines (and of them task rows) counted but not kept once the report reached its memory bound. */
  omitted: { lines: number; taskRows: number; bound: number }
}

/** A fresh draft. */
export function newDraft(
  path: string,
  host: string | null,
  header: ParsedHeader | null,
  wall: WallStamp | null,
  yearEpoch: number,
  uptime: number | null,
  ignore: string | null = null,
  completeness: Draft['completeness'] = 'whole',
): Draft {
  return {
    path,
    host,
    header,
    ignore,
    completeness,
    wall,
    yearEpoch,
    uptime,
    stage: 0,
    lines: [],
    cpuset: null,
    taskLine: null,
    hardware: null,
    callTrace: [],
    registers: new Set(),
    counters: {},
    countersAt: [],
    sawMemInfo: false,
    nodes: [],
    zones: [],
    hugepages: [],
    pagecachePages: null,
    swapCachePages: null,
    freeSwapKb: null,
    totalSwapKb: null,
    ram: {
      totalPages: null,
      highmemPages: null,
      reservedPages: null,
      cmaReservedPages: null,
      hwpoisonedPages: null,
      at: null,
    },
    tasks: [],
    pcp: [],
    pcpZone: null,
    slab: [],
    taskColumns: null,
    selected: null,
    killed: null,
    oomKill: null,
    memcg: null,
    memcgStatOpen: false,
    panic: null,
    panicTask: null,
    reaper: null,
    bootVersion: null,
    strayRun: 0,
    tailStray: 0,
    oomGroup: null,
    manualTrigger: null,
    omitted: { lines: 0, taskRows: 0, bound: 0 },
  }
}
