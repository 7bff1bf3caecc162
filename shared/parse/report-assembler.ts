import type { ParseIssue } from '../base/issue'
import type { ReportLine } from '../event/types'
import { newDraft, type Draft } from './draft'
import type { LogicalLine } from './logical-line'
import { applyLine } from './apply-line'
import { parseIssue, type ParseIssueCode } from './issue-defs'
import { REPORT_MARKER } from './markers'
import { CrashBanner, isCrashPrompt } from './report/crash-session'
import { parseMemcgStatLine } from './report/memcg'
import { classifyLine, REPORT_ONLY, STAGE, type LineClass, type LineKind } from './report/classify-line'

/** Where an assembler sends finished reports and input problems. */
export interface AssemblerSink {
  emit(d: Draft): void
  issue(i: ParseIssue): void
}

/**
 * Lines that are not the report's own after which an open report is given up (bounds memory; other
 * programs' messages interleave with a report, but not hundreds of them between two of its lines).
 */
export const MAX_STRAY = 400
/**
 * The memory bound of one report: past this many kept lines, further lines are counted, not kept
 * (the event's `omitted` says how many). A real report of a server with 100,000 tasks stays under it.
 */
export const MAX_REPORT_LINES = 200_000

/** How many lines after a SysRq-f line its report's header may come (a `callbacks suppressed` may sit between). */
const SYSRQ_REACH = 3

/** Assembles the reports of one stream (one file, one host). */
export interface ReportAssembler {
  /**
   * One logical line, with its classification when the caller already has it. Returns null when the
   * line went into a report (or an issue names it), else why it was not used.
   */
  feed(l: LogicalLine, cls?: LineClass): string | null
  /** A line that is not the kernel's (another program, prose, a blank line). */
  foreign(): void
  /** The input ended: a report still open is finished (with a warning when it was cut). */
  close(): void
  /** True while a report (not a tentative dump) is open: its sections may still go on. */
  readonly open: boolean
  /** True while the open draft is read but makes no event (a SysRq-m memory dump): no data is lost. */
  readonly ignoring: boolean
}

function issue(sink: AssemblerSink, code: ParseIssueCode, l: LogicalLine, message: string): void {
  sink.issue(parseIssue(code, l.path, l.parts[0]?.line ?? null, message))
}

function addLines(d: Draft, l: LogicalLine): number {
  const at = d.lines.length
  for (const p of l.parts) {
    const line: ReportLine = { line: p.line, text: p.text, message: p.message }
    d.lines.push(p.continues ? { ...line, continues: true } : line)
  }
  return at
}

/** Kinds that may follow a kill line in the same report. */
const AFTER_KILL: ReadonlySet<LineKind> = new Set<LineKind>([
  'reaper',
  'panic',
  'sharing',
  'oom-group',
  'victim-exiting',
])

/** Whether the open report is over before this line: a lower stage, a repeated section, or done. */
function endsBefore(d: Draft, c: LineClass): boolean {
  if (c.k === 'header' || c.k === 'sysrq' || c.k === 'suppressed' || c.k === 'show-memory') return true
  if (c.k === 'elision') return false
  if (d.panic)
    return !(
      c.k === 'task-line' ||
      c.k === 'hardware' ||
      c.k === 'trace-title' ||
      c.k === 'frame' ||
      c.k === 'trace-marker' ||
      c.k === 'dump'
    )
  // An allocation failure ends with its totals; an OOM stays open after its kill line for the reaper's line.
  // One line of another CPU's printk between the totals (`pages RAM` … `pages hwpoisoned`, printed one
  // printk each by show_mem) does not end them: a second one does.
  if (c.k === 'unknown') return d.header?.kind === 'alloc-failure' && d.stage >= 4 && ++d.tailStray > 1
  // A memory.oom.group kill list: one `Killed process` line per task of the group, after the victim's.
  if (c.k === 'killed' && d.oomGroup) return false
  if (d.stage >= 7 && !AFTER_KILL.has(c.k)) return true
  if (STAGE[c.k] < d.stage) return true
  if (c.k === 'mem-info' && d.sawMemInfo) return true
  if (c.k === 'zone' && d.zones.some((z) => z.parsed && z.node === c.z.node && z.zone === c.z.zone)) return true
  if (c.k === 'buddy' && d.zones.some((z) => z.buddy && z.node === c.b.node && z.zone === c.b.zone)) return true
  if (c.k === 'node' && d.nodes.some((n) => n.node === c.n.node)) return true
  return false
}

/**
 * The report sections a line that makes a headerless run of report lines a report belongs to: a line
 * of these carrying a report marker (`Mem-Info:`, `oom-kill:`, `Out of memory: Kill…`, `Killed process`,
 * `Memory cgroup out of memory: …`). A stack dump, a few zone lines, a memcg usage or a task table
 * alone are not one (every kernel warning prints a dump; articles quote zone lines); every report that
 * prints them goes on to such a line. Marker lines are window starts, so the input layer sees them too.
 */
const DEFINING: ReadonlySet<LineKind> = new Set<LineKind>([
  'mem-info',
  'memcg',
  'kill-choice',
  'killed',
  'summary',
  'no-killable',
  'victim-exiting',
  'oom-group',
])

/** Whether a line makes a tentative run of report lines a (partial) report. */
function defines(l: LogicalLine, c: LineClass): boolean {
  return DEFINING.has(c.k) && REPORT_MARKER.test(l.message)
}
/** Lines that may begin a headerless report: its stack dump, or any section line. */
const HEADERLESS_START: ReadonlySet<LineKind> = new Set<LineKind>([
  'task-line',
  'hardware',
  'trace-title',
  'frame',
  'cpuset',
  ...REPORT_ONLY,
  ...DEFINING,
])

/** Whether a report's kill decision was never read (an OOM whose input stopped before it). */
function cutShort(d: Draft): boolean {
  return d.header?.kind !== 'alloc-failure' && d.stage < 6 && d.panic === null && d.ignore === null
}

type FinishReason = 'input-ended' | 'interrupted' | 'abandoned'

/** The task a report names (its header, else its `CPU: … Comm:` line). */
function draftComm(d: Draft): string | null {
  return d.header?.comm ?? d.taskLine?.comm ?? null
}

/**
 * Whether a report can be the one a crash(8) banner's OOM panic ended (nothing named yet: any): its task
 * must be the banner's where both name one — the comm, and the pid where the report printed its
 * `CPU: … PID:` line. A victim line does not rule a report out: in a pasted session it may be another
 * log's (the banner and the header still name the same task).
 */
function canPanicFor(d: Draft, panic: { readonly pid: number | null; readonly comm: string | null } | null): boolean {
  if (!panic) return true
  const comm = draftComm(d)
  if (panic.comm !== null && comm !== null && panic.comm !== comm) return false
  const pid = d.taskLine?.pid ?? null
  return panic.pid === null || pid === null || panic.pid === pid
}

/** A new assembler for reports of `path` logged by `host`. */
export function createReportAssembler(
  path: string,
  host: string | null,
  sink: AssemblerSink,
  maxReportLines = MAX_REPORT_LINES,
): ReportAssembler {
  let draft: Draft | null = null
  let bootVersion: string | null = null
  /** The last logical line a report kept, for the warning when it is cut. */
  let lastKept: LogicalLine | null = null
  /** The last `sysrq: Manual OOM execution` line, until the next report opens. */
  let sysrq: LogicalLine | null = null
  /** A crash(8) session's system banner, and the last report of its `log` output while its panic is unplaced. */
  const banner = new CrashBanner()
  let held: { d: Draft; why: FinishReason; last: LogicalLine | null } | null = null

  const finish = (why: FinishReason): void => {
    const d = draft
    draft = null
    if (!d) return
    if (d.completeness === 'tentative') return orphans(d)
    // A crash(8) session: a banner's OOM panic came after the last report of the panicking task in the
    // log, which is known only when that output ends (a prompt, or the input's end). Until then the
    // report is held: the last one of the task the banner names, or the last one while none is named yet.
    // A report whose task is unknown (a partial one, its header not in the input) does not displace a
    // held report that is known to be the named task's.
    const displaces = !held || draftComm(d) !== null || draftComm(held.d) === null || !banner.panic?.comm
    if (banner.session && d.ignore === null && canPanicFor(d, banner.panic) && displaces) {
      if (held) settle(held.d, held.why, held.last)
      held = { d, why, last: lastKept }
      return
    }
    settle(d, why, lastKept)
  }

  /** The output of a crash command ended: the held report gets the banner's panic if it is its task's. */
  const release = (): void => {
    const h = held
    held = null
    if (!h) return
    const panic = banner.panic
    if (panic && h.d.panic === null && canPanicFor(h.d, panic)) {
      // The banner line stands above the log in the session; the kernel printed the panic after the report.
      h.d.panic = { message: panic.message, at: h.d.lines.length }
      h.d.lines.push(...panic.lines)
      h.d.panicTask = { pid: panic.pid, comm: panic.comm }
      banner.consume()
    }
    settle(h.d, h.why, h.last)
  }

  const settle = (d: Draft, why: FinishReason, lastRead: LogicalLine | null): void => {
    if (d.ignore === null && cutShort(d) && lastRead) {
      const last = lastRead.parts[lastRead.parts.length - 1]?.line ?? null
      const what = `The report that begins on line ${d.lines[0]?.line ?? '?'} has no kill decision:`
      if (why === 'abandoned')
        issue(
          sink,
          'report-abandoned',
          lastRead,
          `${what} it was given up after ${MAX_STRAY} lines that were not its own; the last line read was line ${last}.`,
        )
      else if (why === 'input-ended')
        issue(sink, 'report-cut', lastRead, `${what} the input ends inside it; the last line read was line ${last}.`)
      else
        issue(
          sink,
          'report-cut',
          lastRead,
          `${what} another report or message began before it ended; the last line read was line ${last}.`,
        )
    }
    if (d.ignore === null) sink.emit(d)
  }

  /** A tentative draft that never became a report: its section lines are orphans (a dump alone is nothing). */
  const orphans = (d: Draft): void => {
    for (const line of d.lines) {
      const c = line.continues ? null : classifyLine(line.message)
      if (c && REPORT_ONLY.has(c.k))
        sink.issue(
          parseIssue(
            'orphan-report-line',
            path,
            line.line,
            `Found a ${c.k} line outside any report (no header before it); it was not used.`,
          ),
        )
    }
  }

  const open = (l: LogicalLine, c: LineClass): void => {
    const asked = sysrq
    sysrq = null
    if (c.k === 'header') {
      draft = newDraft(path, host, c.h, l.wall, l.yearEpoch, l.uptime)
      // `sysrq: Manual OOM execution` right before the header: SysRq-f (or /proc/sysrq-trigger) asked for it.
      const first = l.parts[0]?.line ?? 0
      const at = asked?.parts[asked.parts.length - 1]
      if (asked && at && first - at.line <= SYSRQ_REACH) draft.manualTrigger = { line: at.line, text: at.text }
    } else if (c.k === 'show-memory') {
      draft = newDraft(
        path,
        host,
        null,
        l.wall,
        l.yearEpoch,
        l.uptime,
        'it is part of a SysRq-m memory dump, not a report',
      )
    } else {
      draft = newDraft(path, host, null, l.wall, l.yearEpoch, l.uptime, null, 'tentative')
    }
    draft.bootVersion = bootVersion
  }

  /** A tentative run of report lines followed by a defining line is a report whose first lines were cut. */
  const confirm = (d: Draft, l: LogicalLine, c: LineClass): void => {
    if (d.completeness !== 'tentative' || !defines(l, c)) return
    d.completeness = 'partial'
    const first = d.lines[0]?.line ?? l.parts[0]?.line ?? null
    sink.issue(
      parseIssue(
        'truncated-report',
        path,
        first,
        `The report lines from line ${first ?? '?'} on have no report header before them (a ${c.k} line makes them a report); its first lines were not in the input, so it is partial.`,
      ),
    )
  }

  const outside = (l: LogicalLine, c: LineClass): string | null => {
    const boot = c.k === 'unknown' ? /^Linux version (\S+)/.exec(l.message) : null
    if (boot) bootVersion = boot[1] ?? null
    if (c.k === 'header' || c.k === 'show-memory' || HEADERLESS_START.has(c.k)) {
      open(l, c)
      return keep(l, c)
    }
    if (c.k === 'sysrq') sysrq = l
    return c.k === 'unknown' ? 'it is not a report line' : `a ${c.k} line outside any report`
  }

  /** Put a line into the open draft. */
  const keep = (l: LogicalLine, c: LineClass): string | null => {
    const d = draft
    if (!d) return 'no report is open'
    d.strayRun = 0
    if (d.lines.length >= maxReportLines) {
      d.omitted.lines += l.parts.length
      d.omitted.bound = maxReportLines
      if (c.k === 'task-row') d.omitted.taskRows++
      if (d.omitted.lines === l.parts.length)
        issue(
          sink,
          'rows-omitted',
          l,
          `The report reached ${maxReportLines} lines; from this line on its lines are counted, not kept.`,
        )
      return null
    }
    confirm(d, l, c)
    applyLine(d, c, addLines(d, l), l, sink)
    lastKept = l
    // A tentative draft's lines are read, but only a defining line later makes them an event.
    return (
      d.ignore ??
      (d.completeness === 'tentative' && REPORT_MARKER.test(l.message) ? 'no report section follows it' : null)
    )
  }

  return {
    get open(): boolean {
      return draft !== null && draft.completeness !== 'tentative'
    },
    get ignoring(): boolean {
      return draft !== null && draft.ignore !== null
    },
    feed(l: LogicalLine, cls?: LineClass): string | null {
      const c = cls ?? classifyLine(l.message)
      const d = draft
      if (isCrashPrompt(l.message)) {
        // A crash(8) prompt: the previous command's output (a `log` with its reports) is over.
        banner.session = true
        finish('input-ended')
        release()
        return null
      }
      const reportOpen = d !== null && d.completeness !== 'tentative'
      if (banner.read(l, reportOpen)) {
        // A banner after the log (`sys` run after `log`) ends the log's last report.
        if (reportOpen) finish('input-ended')
        if (banner.release) bootVersion = banner.release
        if (draft) draft.bootVersion = bootVersion
        return null
      }
      if (!d) return outside(l, c)
      if (c.k === 'unknown' && d.memcgStatOpen && !d.panic) {
        const stat = parseMemcgStatLine(l.message)
        if (stat && d.memcg) {
          d.strayRun = 0
          if (d.lines.length < maxReportLines) addLines(d, l)
          for (const { key, value } of stat) d.memcg.stat[key] = value
          lastKept = l
          return null
        }
      }
      d.memcgStatOpen = false
      // Counters are only counters inside Mem-Info: a register dump of digits reads the same.
      const own: LineClass = c.k === 'counters' && !d.sawMemInfo && d.stage < 3 ? { k: 'dump' } : c
      if (endsBefore(d, own)) {
        finish('interrupted')
        return outside(l, own)
      }
      if (own.k === 'elision') {
        if (d.completeness !== 'tentative')
          issue(
            sink,
            'elided-lines',
            l,
            'The input leaves out part of the report here; what stood there is not in the analysis.',
          )
        return null
      }
      if (own.k === 'unknown') {
        // The one other message allowed among an allocation failure's totals is not the report's.
        if (d.header?.kind === 'alloc-failure' && d.stage >= 4) return 'it is not a report line'
        if (++d.strayRun > MAX_STRAY) {
          finish('abandoned')
          return 'no report is open'
        }
        if (d.ignore === null && d.completeness !== 'tentative' && d.stage < 7) {
          // Each physical line of it is named (a wrapped-off tail may hold a marker of its own).
          for (const part of l.parts)
            sink.issue(
              parseIssue(
                'unrecognised-line',
                l.path,
                part.line,
                `A line inside a report was not understood and was skipped: "${l.message.slice(0, 80)}".`,
              ),
            )
          return null
        }
        return 'it is not a report line'
      }
      return keep(l, own)
    },
    foreign(): void {
      if (draft && ++draft.strayRun > MAX_STRAY) finish('abandoned')
    },
    close(): void {
      finish('input-ended')
      release()
    },
  }
}
