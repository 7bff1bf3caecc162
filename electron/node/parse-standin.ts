// TEMPORARY stand-in for shared/parse (being written in parallel). Deleted once shared/parse lands;
// only electron/node/parse-port.ts imports it.
import type { ParseIssue } from '../../shared/base/issue'
import type { LineSink, RawLine } from '../../shared/base/source'
import type { EventKind, MemEvent, Snapshot, SnapshotKind } from '../../shared/event/types'

export const REPORT_START_PATTERN = /invoked oom-killer|page allocation failure|warn_alloc|Out of memory/

const KERNEL_MEMORY = /kernel:|^\[|Mem-Info|active_anon|Node \d|lowmem_reserve|pages |Call Trace|\[<|\bpid\b|Killed process|oom|Free swap|Total swap|hugepages|Hardware name|CPU:|Tainted|\s\w+\+0x/

export function looksLikeKernelMemoryLine(text: string): boolean {
  return KERNEL_MEMORY.test(text) || REPORT_START_PATTERN.test(text)
}

export interface EventParserHandlers {
  readonly onEvent: (event: MemEvent) => void
  readonly onIssue: (issue: ParseIssue) => void
}

function kindOf(text: string): EventKind {
  if (/page allocation failure|warn_alloc/.test(text)) return 'alloc-failure'
  return 'oom'
}

function emptyEvent(path: string, line: RawLine, kind: EventKind, n: number): MemEvent {
  return {
    id: `e${n}`,
    kind,
    path,
    line: line.line,
    time: null,
    timeYearInferred: false,
    uptime: null,
    host: null,
    kernelVersion: null,
    arch: null,
    pageSizeKb: 4,
    pageSizeFrom: 'default',
    trigger: { comm: null, pid: null, gfpMask: null, gfpPrintedNames: null, order: null, oomScoreAdj: null, nodemask: null, at: 0 },
    cpuset: null,
    taskLine: null,
    hardware: null,
    callTrace: [],
    counters: {},
    countersAt: [],
    nodes: [],
    zones: [],
    hugepages: [],
    pagecachePages: null,
    swapCachePages: null,
    swap: null,
    ram: { totalPages: null, highmemPages: null, reservedPages: null, cmaReservedPages: null, hwpoisonedPages: null, at: null },
    tasks: [],
    taskColumns: null,
    selected: null,
    killed: null,
    oomKill: null,
    memcg: null,
    panic: null,
    reaper: null,
    lines: [{ line: line.line, text: line.text, message: line.text }],
  }
}

/** Stand-in: one event per `invoked oom-killer` / `page allocation failure` line. */
export function createEventParser(handlers: EventParserHandlers): LineSink & { finish(): void } {
  let n = 0
  return {
    push(line) {
      const m = /invoked oom-killer|page allocation failure|warn_alloc: .*page allocation failure/.exec(line.text)
      if (m) handlers.onEvent(emptyEvent(line.path, line, kindOf(line.text), ++n))
    },
    endOfInput() {},
    finish() {},
  }
}

export function detectSnapshotKind(text: string, path: string): SnapshotKind | null {
  if (/^MemTotal:\s+\d+ kB/m.test(text)) return 'meminfo'
  if (/^Node \d+, zone\s+\w+\s*\n\s+(pages free|per-node stats)/m.test(text)) return 'zoneinfo'
  if (/^Node \d+, zone\s+\w+(\s+\d+){5,}/m.test(text)) return 'buddyinfo'
  if (/^Page block order:/m.test(text)) return 'pagetypeinfo'
  if (/^nr_free_pages \d+/m.test(text)) return 'vmstat'
  if (/^slabinfo - version:/m.test(text)) return 'slabinfo'
  if (/(^|\/)sys\/vm\/[a-z_]+$/.test(path) && /^\s*[\d\s]+\s*$/.test(text)) return 'sysctl'
  if (/^vm\.[a-z_]+ = /m.test(text)) return 'sysctl'
  return null
}

export function parseSnapshot(kind: SnapshotKind, text: string, path: string): Snapshot {
  return { path, kind, time: null, data: { bytes: text.length } }
}
