// The readable output of `oomlens analyze`. Every cell and message may carry text from the evidence
// (process names, archive member names, log text), so each passes through terminalSafe: the terminal
// shows the characters, never acts on them.
import type { AnalysedEvent, CaseAnalysis } from '../../shared/analysis/types'
import { terminalSafe } from '../../shared/base/neutralize'

const HEADERS = ['id', 'kind', 'when', 'source', 'trigger', 'killed', 'finding'] as const

function when(e: AnalysedEvent['event']): string {
  if (e.time) return e.time
  if (e.uptime !== null) return `+${e.uptime.toFixed(3)}s`
  return '-'
}

function trigger(e: AnalysedEvent['event']): string {
  const t = e.trigger
  if (!t.comm) return '-'
  const pid = t.pid !== null ? `(${t.pid})` : ''
  const order = t.order !== null ? ` order=${t.order}` : ''
  const gfp = t.gfpMask ? ` gfp=${t.gfpMask}` : ''
  return `${t.comm}${pid}${order}${gfp}`
}

function killed(e: AnalysedEvent['event']): string {
  return e.killed ? `${e.killed.comm}(${e.killed.pid})` : '-'
}

function row(a: AnalysedEvent): string[] {
  const e = a.event
  const cells = [e.id, e.kind, when(e), `${e.path}:${e.line}`, trigger(e), killed(e), a.findings[0]?.code ?? '-']
  return cells.map(terminalSafe)
}

/** One warning line (the issue's path and message come from the evidence). */
function warning(issue: CaseAnalysis['issues'][number]): string {
  return terminalSafe(`warning: ${issue.path}${issue.line !== null ? `:${issue.line}` : ''}: ${issue.message}`)
}

/** The readable form of `oomlens analyze` without --json: one row per event, then counts. */
export function formatEventTable(analysis: CaseAnalysis): string {
  const rows = [HEADERS.map((h) => h.toUpperCase()), ...analysis.events.map(row)]
  // A loop, not Math.max(...): a case may hold more events than a call has room for arguments.
  const widths = HEADERS.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0))
  const lines = rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  )
  const summary = [
    `${analysis.events.length} event${analysis.events.length === 1 ? '' : 's'}, ` +
      `${analysis.snapshots.length} snapshot${analysis.snapshots.length === 1 ? '' : 's'}, ` +
      `${analysis.inputs.length} input${analysis.inputs.length === 1 ? '' : 's'}, ` +
      `${analysis.issues.length} warning${analysis.issues.length === 1 ? '' : 's'}`,
  ]
  for (const issue of analysis.issues.slice(0, 20)) summary.push(warning(issue))
  if (analysis.issues.length > 20) summary.push(`... and ${analysis.issues.length - 20} more warnings (see --json)`)
  return `${analysis.events.length > 0 ? lines.join('\n') : 'No memory events found.'}\n\n${summary.join('\n')}\n`
}
