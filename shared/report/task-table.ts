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
import { taskSizesKb } from './task-sizes'

/** Rows shown in the table (the victim and the task the kernel selected are always among them). */
export const TOP_TASKS = 10

/**
 * The `count` tasks a reader looks at first: by the replayed badness points (what the kernel's
 * oom_badness() summed), else by rss; the victim and the task the kernel selected always among them.
 * The report's table and its appendix both show these.
 */
export function topTasks(event: MemEvent, model: ModelResult, count = TOP_TASKS): Task[] {
  const ranked = new Map<number, VictimScore>((model.predictedVictim?.ranked ?? []).map((v) => [v.pid, v]))
  // Tasks the replay ranked (the ones oom_badness() would consider) by their points, then the rest
  // (unkillable, or no replay) by rss; ties by rss.
  const points = (task: Task) => ranked.get(task.pid)?.points ?? -Infinity
  const order = [...event.tasks].sort((a, b) => {
    const [pa, pb] = [points(a), points(b)]
    return pa !== pb ? (pb > pa ? 1 : -1) : (b.rss ?? 0) - (a.rss ?? 0)
  })
  const top = order.slice(0, count)
  // The victim and the selected task below the top come in, each once, in place of the last other rows.
  const victimPids = [event.killed?.pid, event.selected?.pid].filter((pid) => pid !== undefined)
  const missing = new Set(victimPids.filter((pid) => !top.some((task) => task.pid === pid)))
  const must = order.slice(count).filter((task) => missing.delete(task.pid))
  let room = must.length
  const kept = [...top].reverse().filter((task) => victimPids.includes(task.pid) || room-- <= 0)
  return [...kept.reverse(), ...must]
}

/** The top-tasks table, or null when the report printed no task table. */
export function taskTable(event: MemEvent, model: ModelResult, lang: Lang): Block | null {
  if (event.tasks.length === 0) return null
  const ranked = new Map<number, VictimScore>((model.predictedVictim?.ranked ?? []).map((v) => [v.pid, v]))
  const killedPid = event.killed?.pid ?? null
  const selectedPid = event.selected?.pid ?? null
  const rows = topTasks(event, model).map((task) => {
    const score = ranked.get(task.pid)
    const marks = [
      task.pid === killedPid ? t(lang, 'tasks.killed') : null,
      task.pid === selectedPid && selectedPid !== killedPid ? t(lang, 'tasks.selected') : null,
      task.pid === model.predictedVictim?.pid ? t(lang, 'tasks.predicted') : null,
    ].filter((m): m is string => m !== null)
    const tone = task.pid === killedPid ? ('bad' as const) : undefined
    const kb = taskSizesKb(task, event.pageSizeKb)
    return {
      cells: [
        { text: String(task.pid) },
        { text: task.name },
        { text: formatKb(kb.rssKb) },
        { text: formatKb(kb.pgtablesKb) },
        { text: task.swapents === null ? '—' : String(task.swapents) },
        { text: task.oomScoreAdj === null ? '—' : String(task.oomScoreAdj) },
        { text: score ? String(score.points) : '—' },
        { text: score ? String(score.score) : '—' },
        { text: marks.join(t(lang, 'phrase.list-separator')) },
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
    note: [
      t(lang, 'tasks.note', { shown: rows.length, total: event.tasks.length }),
      ...(event.omitted ? [t(lang, 'tasks.omitted', { n: event.omitted.taskRows, reason: event.omitted.reason })] : []),
    ].join(' '),
  }
}
