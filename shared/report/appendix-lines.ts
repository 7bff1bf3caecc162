/**
 * The raw report text of an event for the appendix: every line as the source printed it, except that a
 * long task table keeps only the rows a reader needs — the ones the report's task table shows, the
 * victim and the rows a finding cites — and says, in place, how many it leaves out and where they
 * stand in the source. A server's 30,000-row table must not become 500 pages.
 */
import type { AnalysedEvent } from '../analysis/types'
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'
import { topTasks } from './task-table'

/** A task table of at most this many rows is printed whole (about two printed pages). */
export const APPENDIX_WHOLE_TASK_ROWS = 100

/** One appendix line: a source line, or (line null) a note standing where lines were left out. */
export interface AppendixLine {
  readonly line: number | null
  readonly text: string
}

/** The event's report lines for the appendix, long task tables cut to the rows that matter. */
export function appendixLines(a: AnalysedEvent, lang: Lang): AppendixLine[] {
  const { event } = a
  const all = event.lines.map((l) => ({ line: l.line, text: l.text }))
  if (event.tasks.length <= APPENDIX_WHOLE_TASK_ROWS) return all
  const rows = new Set(event.tasks.map((task) => task.at))
  const cited = new Set(a.findings.flatMap((f) => f.evidence.filter((e) => e.path === event.path).map((e) => e.line)))
  const kept = new Set(topTasks(event, a.model).map((task) => task.at))
  const out: AppendixLine[] = []
  let gap: { n: number; from: number; to: number } | null = null
  const closeGap = () => {
    if (gap) out.push({ line: null, text: t(lang, 'appendix.tasksElided', gap) })
    gap = null
  }
  all.forEach((l, at) => {
    if (rows.has(at) && !kept.has(at) && !cited.has(l.line)) {
      gap = gap ? { ...gap, n: gap.n + 1, to: l.line } : { n: 1, from: l.line, to: l.line }
      return
    }
    closeGap()
    out.push(l)
  })
  closeGap()
  return out
}
