import { isCallTraceTitle, isRegisterOrDumpLine, isTraceMarker, parseFrame, type ParsedFrame } from './call-trace'
import { parseBuddyLine, type ParsedBuddyLine } from './buddy-line'
import { parseCpusetLine, parseHeader, type ParsedHeader } from './header'
import {
  isNoKillableLine,
  isSharingMemoryLine,
  parseKillChoice,
  parseKilled,
  parseOomKillSummary,
  parseOomGroupTitle,
  parseOomPanic,
  parseReaper,
  parseVictimExiting,
  type ParsedKillChoice,
  type ParsedKilled,
} from './kill-lines'
import { isMemInfoTitle, parseCounterLine, parseOldFreePages, parsePerCpuLine, type PerCpuLine } from './mem-info'
import { parseMemcgLine, type MemcgLine } from './memcg'
import {
  parseHugepages,
  parseLowmemReserve,
  parseRamLine,
  parseSwapLine,
  type ParsedHugepages,
  type RamLine,
  type SwapLine,
} from './memory-lines'
import { isUnreclaimableSlabTitle, parseUnreclaimableSlabRow } from './slab-lines'
import { isTasksStateTitle, parseTaskHeader } from './task-table'
import { parseHardware, parseTaskLine, type ParsedTaskLine } from './task-line'
import { parseNodeLine, parseZoneLine, type ParsedNodeLine, type ParsedZoneLine } from './zone-line'

/** What one logical report line is. `stage` orders the sections of a report (see `report-assembler.ts`). */
export type LineClass =
  | { readonly k: 'header'; readonly h: ParsedHeader }
  | { readonly k: 'sysrq' }
  /** `sysrq: Show Memory` (SysRq-m): a memory dump on request, not an OOM report. */
  | { readonly k: 'show-memory' }
  | { readonly k: 'suppressed' }
  /** A paste's elision mark (`...`, `[...]`, `(...snipped...)`): lines were left out here. */
  | { readonly k: 'elision' }
  | { readonly k: 'cpuset'; readonly cpuset: string; readonly memsAllowed: string }
  | { readonly k: 'task-line'; readonly t: ParsedTaskLine }
  | { readonly k: 'hardware'; readonly text: string }
  | { readonly k: 'trace-title' }
  | { readonly k: 'frame'; readonly f: ParsedFrame }
  | { readonly k: 'trace-marker' }
  | { readonly k: 'dump' }
  | { readonly k: 'mem-info' }
  | { readonly k: 'per-cpu'; readonly p: PerCpuLine }
  | { readonly k: 'free-pages-old' }
  | { readonly k: 'counters'; readonly fields: Record<string, number> }
  | { readonly k: 'node'; readonly n: ParsedNodeLine }
  | { readonly k: 'zone'; readonly z: ParsedZoneLine }
  | { readonly k: 'lowmem'; readonly values: number[] }
  | { readonly k: 'buddy'; readonly b: ParsedBuddyLine }
  | { readonly k: 'hugepages'; readonly h: ParsedHugepages }
  | { readonly k: 'swap'; readonly s: SwapLine }
  | { readonly k: 'ram'; readonly r: RamLine }
  | { readonly k: 'alloc-profiling' }
  | { readonly k: 'slab-title' }
  | { readonly k: 'slab-row'; readonly name: string; readonly usedKb: number; readonly totalKb: number }
  | { readonly k: 'tasks-state' }
  | { readonly k: 'task-header'; readonly columns: string[] }
  | { readonly k: 'task-row' }
  | { readonly k: 'memcg'; readonly m: MemcgLine }
  | { readonly k: 'kill-choice'; readonly c: ParsedKillChoice }
  | { readonly k: 'sharing' }
  | { readonly k: 'killed'; readonly d: ParsedKilled }
  | { readonly k: 'oom-group'; readonly path: string }
  | { readonly k: 'victim-exiting'; readonly pid: number; readonly comm: string }
  | { readonly k: 'summary'; readonly constraint: string | null; readonly fields: Record<string, string> }
  | { readonly k: 'reaper'; readonly pid: number; readonly comm: string }
  | { readonly k: 'panic'; readonly text: string }
  | { readonly k: 'no-killable' }
  | { readonly k: 'unknown' }

/** The kind tag of a {@link LineClass}. */
export type LineKind = LineClass['k']

/** Section order inside a report; a line whose stage is lower than the report's current stage ends it. */
export const STAGE: Readonly<Record<LineKind, number>> = {
  header: 0,
  sysrq: 0,
  'show-memory': 0,
  suppressed: 0,
  elision: -1,
  cpuset: 1,
  'task-line': 1,
  hardware: 1,
  'trace-title': 1,
  frame: 1,
  'trace-marker': 1,
  dump: 1,
  memcg: 2,
  'mem-info': 3,
  'per-cpu': 3,
  'free-pages-old': 3,
  counters: 3,
  node: 3,
  zone: 3,
  lowmem: 3,
  buddy: 3,
  hugepages: 3,
  swap: 3,
  ram: 4,
  'alloc-profiling': 4,
  'slab-title': 4,
  'slab-row': 4,
  'tasks-state': 5,
  'task-header': 5,
  'task-row': 5,
  'kill-choice': 6,
  summary: 6,
  'no-killable': 6,
  sharing: 7,
  killed: 7,
  'oom-group': 7,
  'victim-exiting': 7,
  reaper: 8,
  panic: 9,
  unknown: -1,
}

/**
 * Line kinds whose numbers become event values (not call frames or register dumps, whose hex digit
 * runs are no values of ours; memcg lines null an over-large value themselves).
 */
export const VALUE_KINDS: ReadonlySet<LineKind> = new Set<LineKind>([
  'header',
  'task-line',
  'per-cpu',
  'counters',
  'node',
  'zone',
  'lowmem',
  'buddy',
  'hugepages',
  'swap',
  'ram',
  'slab-row',
  'task-row',
  'kill-choice',
  'killed',
  'reaper',
])

/** Lines that only make sense inside a report: found elsewhere they are reported as orphans. */
export const REPORT_ONLY: ReadonlySet<LineKind> = new Set<LineKind>([
  'mem-info',
  'counters',
  'node',
  'zone',
  'lowmem',
  'buddy',
  'hugepages',
  'swap',
  'ram',
  'tasks-state',
  'task-header',
  'task-row',
  'memcg',
  'summary',
  'slab-title',
  'slab-row',
])

/** `...`, `…`, `[...]`, `(...snipped...)`, `<snip>`, `-- snip --`: a paste's mark for left-out lines. */
const ELISION =
  /^(?:\.{3,}|…|\[\s*(?:\.{3,}|…|snip\w*)\s*\]|\(\s*(?:\.{3,}|…)\s*(?:snip\w*\s*(?:\.{3,}|…)?)?\s*\)|\(\s*snip\w*\s*\)|<\s*snip\w*\s*>|-{1,3}\s*snip\w*\s*-{1,3})$/i

function classifyMemory(m: string): LineClass | null {
  const zone = parseZoneLine(m)
  if (zone) return { k: 'zone', z: zone }
  const buddy = parseBuddyLine(m)
  if (buddy) return { k: 'buddy', b: buddy }
  const huge = parseHugepages(m)
  if (huge) return { k: 'hugepages', h: huge }
  const node = parseNodeLine(m)
  if (node) return { k: 'node', n: node }
  const low = parseLowmemReserve(m)
  if (low) return { k: 'lowmem', values: low }
  const swap = parseSwapLine(m)
  if (swap) return { k: 'swap', s: swap }
  const ram = parseRamLine(m)
  if (ram) return { k: 'ram', r: ram }
  if (isMemInfoTitle(m)) return { k: 'mem-info' }
  const pcp = parsePerCpuLine(m)
  if (pcp) return { k: 'per-cpu', p: pcp }
  if (parseOldFreePages(m)) return { k: 'free-pages-old' }
  const counters = parseCounterLine(m)
  if (counters) return { k: 'counters', fields: counters }
  return null
}

function classifyKill(m: string): LineClass | null {
  const choice = parseKillChoice(m)
  if (choice) return { k: 'kill-choice', c: choice }
  if (isSharingMemoryLine(m)) return { k: 'sharing' }
  const killed = parseKilled(m)
  if (killed) return { k: 'killed', d: killed }
  const summary = parseOomKillSummary(m)
  if (summary) return { k: 'summary', ...summary }
  const reaper = parseReaper(m)
  if (reaper) return { k: 'reaper', pid: reaper.pid, comm: reaper.comm }
  const panic = parseOomPanic(m)
  if (panic !== null) return { k: 'panic', text: panic }
  if (isNoKillableLine(m)) return { k: 'no-killable' }
  const group = parseOomGroupTitle(m)
  if (group !== null) return { k: 'oom-group', path: group }
  const exiting = parseVictimExiting(m)
  if (exiting) return { k: 'victim-exiting', ...exiting }
  return null
}

function classifyDump(m: string): LineClass | null {
  const cpuset = parseCpusetLine(m)
  if (cpuset) return { k: 'cpuset', cpuset: cpuset.cpuset, memsAllowed: cpuset.memsAllowed }
  const task = parseTaskLine(m)
  if (task) return { k: 'task-line', t: task }
  const hw = parseHardware(m)
  if (hw !== null) return { k: 'hardware', text: hw }
  if (isCallTraceTitle(m)) return { k: 'trace-title' }
  if (isTraceMarker(m)) return { k: 'trace-marker' }
  const frame = parseFrame(m)
  if (frame) return { k: 'frame', f: frame }
  if (isRegisterOrDumpLine(m)) return { k: 'dump' }
  return null
}

/**
 * Classify one kernel message (prefix already removed). Linear in the message length; never throws.
 * Context-dependent lines (`anon 0` inside a memcg stat block) come back `unknown`; the assembler
 * resolves them.
 */
export function classifyLine(message: string): LineClass {
  const m = message
  if (m === '') return { k: 'unknown' }
  const header = parseHeader(m)
  if (header) return { k: 'header', h: header }
  if (/^sys_?rq\s*: (?:Manual OOM execution|Trigger OOM|Manual OOM)/i.test(m)) return { k: 'sysrq' }
  if (/^sys_?rq\s*: Show Memory$/i.test(m)) return { k: 'show-memory' }
  if (ELISION.test(m)) return { k: 'elision' }
  if (/^\S+: \d+ callbacks suppressed$/.test(m)) return { k: 'suppressed' }
  const memcg = parseMemcgLine(m)
  if (memcg) return { k: 'memcg', m: memcg }
  // Register lines (`RDX: 0000000000000000 RSI: …`) would otherwise read as unit-less counters.
  if (isRegisterOrDumpLine(m) && !/^[A-Z][A-Za-z0-9]*: \d+\s?\*/.test(m)) return { k: 'dump' }
  const mem = classifyMemory(m)
  if (mem) return mem
  if (isUnreclaimableSlabTitle(m)) return { k: 'slab-title' }
  const slab = parseUnreclaimableSlabRow(m)
  if (slab) return { k: 'slab-row', ...slab }
  if (isTasksStateTitle(m)) return { k: 'tasks-state' }
  const columns = parseTaskHeader(m)
  if (columns) return { k: 'task-header', columns }
  if (/^\[\s*\d+\]\s+-?\d+\s/.test(m)) return { k: 'task-row' }
  const kill = classifyKill(m)
  if (kill) return kill
  if (/^Memory allocations \(profiling is currently turned (?:on|off)\):$/.test(m)) return { k: 'alloc-profiling' }
  if (/^\d+(?:\.\d+)? [KMGT]?i?B\s+\d+\s+\S+:\d+/.test(m)) return { k: 'alloc-profiling' }
  return classifyDump(m) ?? { k: 'unknown' }
}
