/**
 * The top tasks of an event: the task table joined with the model's replay of victim selection, so
 * a reader sees why the kernel picked its victim (points = what oom_badness() summed, score = as printed).
 */
import type { MemEvent, Task } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult, VictimScore } from '../model/types'
import { formatKb } from '../i18n/format'
import { t } from '../i18n/t'
import type { Block } from './report-doc-types'

/** Rows shown; the appendix holds the whole table. */
const TOP_TASKS = 10

function pgtablesKb(task: Task, pageSizeKb: number): number | null {
  if (task.pgtablesBytes !== null) return task.pgtablesBytes / 1024
  return task.nrPtes === null ? null : task.nrPtes * pageSizeKb
}

/** The top-tasks table, or null when the report printed no task table. */
export function taskTable(event: MemEvent, model: ModelResult, lang: Lang): Block | null {
  if (event.tasks.length === 0) return null
  const ranked = new Map<number, VictimScore>((model.predictedVictim?.ranked ?? []).map((v) => [v.pid, v]))
  const killedPid = event.killed?.pid ?? null
  const selectedPid = event.selected?.pid ?? null
  const order = [...event.tasks].sort((a, b) => {
    const byPoints = (ranked.get(b.pid)?.points ?? -Infinity) - (ranked.get(a.pid)?.points ?? -Infinity)
    return byPoints !== 0 && Number.isFinite(byPoints) ? byPoints : (b.rss ?? 0) - (a.rss ?? 0)
  })
  const rows = order.slice(0, TOP_TASKS).map((task) => {
    const score = ranked.get(task.pid)
    const marks = [
      task.pid === killedPid ? t(lang, 'tasks.killed') : null,
      task.pid === selectedPid && selectedPid !== killedPid ? t(lang, 'tasks.selected') : null,
      task.pid === model.predictedVictim?.pid ? t(lang, 'tasks.predicted') : null,
    ].filter((m): m is string => m !== null)
    const tone = task.pid === killedPid ? ('bad' as const) : undefined
    return {
      cells: [
        { text: String(task.pid) },
        { text: task.name },
        { text: formatKb(task.rss === null ? null : task.rss * event.pageSizeKb) },
        { text: formatKb(pgtablesKb(task, event.pageSizeKb)) },
        { text: task.swapents === null ? '—' : String(task.swapents) },
        { text: task.oomScoreAdj === null ? '—' : String(task.oomScoreAdj) },
        { text: score ? String(score.points) : '—' },
        { text: score ? String(score.score) : '—' },
        { text: marks.join(', ') },
      ],
      ...(tone ? { tone } : {}),
    }
  })
  const numeric = (label: string) => ({ label, numeric: true })
  return {
    type: 'table',
    columns: [
      numeric('pid'),
      { label: t(lang, 'tasks.name') },
      numeric('rss'),
      numeric('pgtables'),
      numeric('swapents'),
      numeric('oom_score_adj'),
      numeric(t(lang, 'tasks.points')),
      numeric(t(lang, 'tasks.score')),
      { label: '' },
    ],
    rows,
    note: t(lang, 'tasks.note', { shown: rows.length, total: event.tasks.length }),
  }
}
