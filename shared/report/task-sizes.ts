/**
 * The one conversion of a task-table row's sizes to kB, for the app's table and every report. The
 * kernel prints rss and swapents in pages, page tables as pgtables_bytes (bytes, 4.15+) or before that
 * as page-table pages (nr_ptes, plus nr_pmds on 4.0–4.14) — dump_tasks() in mm/oom_kill.c; the pages
 * are counted as the badness replay counts them (`pageTablePages`).
 */
import type { Task } from '../event/types'
import { pageTablePages } from '../model'

export interface TaskSizesKb {
  readonly rssKb: number | null
  readonly swapKb: number | null
  readonly pgtablesKb: number | null
}

export function taskSizesKb(task: Task, pageSizeKb: number): TaskSizesKb {
  const pages = (n: number | null) => (n === null ? null : n * pageSizeKb)
  return {
    rssKb: pages(task.rss),
    swapKb: pages(task.swapents),
    pgtablesKb:
      task.pgtablesBytes !== null
        ? task.pgtablesBytes / 1024
        : task.nrPtes === null
          ? null
          : pageTablePages(task, pageSizeKb) * pageSizeKb,
  }
}
