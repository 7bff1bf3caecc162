import type { ParseIssue } from '../base/issue'
import type { ReportLine } from '../event/types'
import { newDraft, type Draft } from './draft'
import type { LogicalLine } from './logical-line'
import { applyLine } from './apply-line'
import { parseMemcgStatLine } from './report/memcg'
import { classifyLine, REPORT_ONLY, STAGE, type LineClass } from './report/classify-line'

/** Where an assembler sends finished reports and input problems. */
export interface AssemblerSink {
  emit(d: Draft): void
  issue(i: ParseIssue): void
}

/** Lines that do not belong to a report after which an open report is given up (bounds memory). */
const MAX_STRAY = 400
/** A report longer than this is cut (no real report comes near; garbage could). */
const MAX_REPORT_LINES = 200_000

/** Assembles the reports of one stream (one file, one host). */
export interface ReportAssembler {
  /** One logical line, with its classification when the caller already has it. */
  feed(l: LogicalLine, cls?: LineClass): void
  /** A line that is not the kernel's (another program, prose, a blank line). */
  foreign(): void
  close(): void
}

function issue(
  sink: AssemblerSink,
  code: string,
  severity: ParseIssue['severity'],
  l: LogicalLine,
  message: string,
): void {
  sink.issue({ code, severity, path: l.path, line: l.parts[0]?.line ?? null, message })
}

function addLines(d: Draft, l: LogicalLine): number {
  const at = d.lines.length
  for (const p of l.parts) d.lines.push({ line: p.line, text: p.text, message: p.message } satisfies ReportLine)
  return at
}

/** Whether the open report is over before this line: a lower stage, a repeated section, or done. */
function endsBefore(d: Draft, c: LineClass): boolean {
  if (c.k === 'header' || c.k === 'stall' || c.k === 'sysrq' || c.k === 'suppressed') return true
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
  if (c.k === 'unknown') return d.header?.kind === 'alloc-failure' && d.stage >= 4
  if (d.stage >= 7 && c.k !== 'reaper' && c.k !== 'panic' && c.k !== 'sharing') return true
  if (STAGE[c.k] < d.stage) return true
  if (c.k === 'mem-info' && d.sawMemInfo) return true
  if (c.k === 'zone' && d.zones.some((z) => z.parsed && z.node === c.z.node && z.zone === c.z.zone)) return true
  if (c.k === 'buddy' && d.zones.some((z) => z.buddy && z.node === c.b.node && z.zone === c.b.zone)) return true
  if (c.k === 'node' && d.nodes.some((n) => n.node === c.n.node)) return true
  return false
}

/** A new assembler for reports of `path` logged by `host`. */
export function createReportAssembler(path: string, host: string | null, sink: AssemblerSink): ReportAssembler {
  let draft: Draft | null = null
  let bootVersion: string | null = null

  const close = (): void => {
    if (draft && !draft.ignore) sink.emit(draft)
    draft = null
  }

  const open = (l: LogicalLine, c: LineClass): void => {
    if (c.k === 'header') {
      draft = newDraft(path, host, c.h, l.wall, l.yearEpoch, l.uptime)
    } else if (c.k === 'stall') {
      draft = newDraft(path, host, null, l.wall, l.yearEpoch, l.uptime, true)
      issue(
        sink,
        'allocation-stall',
        'info',
        l,
        'A page allocation stall warning (not a failure) was recognised and skipped.',
      )
    } else {
      draft = newDraft(path, host, null, l.wall, l.yearEpoch, l.uptime)
      issue(
        sink,
        'truncated-report',
        'data-loss',
        l,
        `Found a ${c.k} line with no report header before it; the header and dump were not in the input.`,
      )
    }
  }

  const outside = (l: LogicalLine, c: LineClass): void => {
    const boot = c.k === 'unknown' ? /^Linux version (\S+)/.exec(l.message) : null
    if (boot) bootVersion = boot[1] ?? null
    if (c.k === 'header' || c.k === 'stall' || c.k === 'kill-choice' || c.k === 'killed') {
      open(l, c)
      if (draft) draft.bootVersion = bootVersion
      if (draft) applyLine(draft, c, addLines(draft, l), l, sink)
      return
    }
    if (REPORT_ONLY.has(c.k)) {
      issue(
        sink,
        'orphan-report-line',
        'info',
        l,
        `Found a ${c.k} line outside any report (no header before it); it was not used.`,
      )
    }
  }

  return {
    feed(l: LogicalLine, cls?: LineClass): void {
      const c = cls ?? classifyLine(l.message)
      const d = draft
      if (!d) return outside(l, c)
      if (c.k === 'unknown' && d.memcgStatOpen && !d.panic) {
        const stat = parseMemcgStatLine(l.message)
        if (stat && d.memcg) {
          d.strayRun = 0
          addLines(d, l)
          d.memcg.stat[stat.key] = stat.value
          return
        }
      }
      d.memcgStatOpen = false
      if (endsBefore(d, c) || d.lines.length > MAX_REPORT_LINES) {
        close()
        return outside(l, c)
      }
      if (c.k === 'unknown') {
        if (++d.strayRun > MAX_STRAY) return close()
        if (!d.ignore && d.stage < 7)
          issue(
            sink,
            'unrecognised-line',
            'info',
            l,
            `A line inside a report was not understood and was skipped: "${l.message.slice(0, 80)}".`,
          )
        return
      }
      d.strayRun = 0
      applyLine(d, c, addLines(d, l), l, sink)
    },
    foreign(): void {
      if (draft && ++draft.strayRun > MAX_STRAY) close()
    },
    close,
  }
}
