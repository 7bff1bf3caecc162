/**
 * `oom_badness` (mm/oom_kill.c) per version over one task-table row, and the score the kill line
 * printed — kernel-facts §7.1/§7.3. Units: pages.
 */
import { v, type KernelVersionCode } from './version'

/** The task-table columns the score needs (pages; page tables as printed). */
export interface BadnessTask {
  readonly pid: number
  readonly uid: number | null
  readonly rss: number | null
  readonly swapents: number | null
  readonly nrPtes: number | null
  readonly nrPmds: number | null
  readonly pgtablesBytes: number | null
  readonly oomScoreAdj: number | null
}

/** OOM_SCORE_ADJ_MIN: such tasks are never chosen (`oom_badness` returns 0 / LONG_MIN). */
export const OOM_SCORE_ADJ_MIN = -1000

/** Page-table pages of a row: pgtables_bytes / PAGE_SIZE (4.15+) or nr_ptes + nr_pmds (4.0–4.14) or nr_ptes. */
export function pageTablePages(task: BadnessTask, pageSizeKb: number): number {
  if (task.pgtablesBytes !== null) return Math.floor(task.pgtablesBytes / (pageSizeKb * 1024))
  return (task.nrPtes ?? 0) + (task.nrPmds ?? 0)
}

/**
 * The badness points of a task, or null when the kernel would skip it (oom_score_adj −1000, or a
 * kernel older than 2.6.36 whose total_vm/cpu-time heuristic cannot be replayed from the table).
 * `root` stands for CAP_SYS_ADMIN, which the table does not show; uid 0 is the usual proxy.
 *
 * - 2.6.36–3.4: (rss + nr_ptes + swap) × 1000 / totalpages, −30 for root, + adj, clamped to [1, 1000].
 * - 3.5–3.13 ("normalize oom scores to oom_score_adj scale only for userspace"): pages; root adj −30;
 *   points += adj × ⌊totalpages/1000⌋; ≥ 1.
 * - 3.14–4.16 ("base root bonus on current usage"): root points −= points × 3 / 100 before adj.
 * - 4.17+ ("remove 3% bonus for CAP_SYS_ADMIN processes"): no root bonus.
 * - 5.9+ (Yafang Shao): no clamp to 1; the result may be ≤ 0.
 */
export function oomBadness(
  task: BadnessTask,
  totalPages: number,
  version: KernelVersionCode,
  pageSizeKb: number,
): number | null {
  const adj = task.oomScoreAdj ?? 0
  if (adj <= OOM_SCORE_ADJ_MIN) return null
  if (version < v('2.6.36')) return null
  const root = task.uid === 0
  const usage = (task.rss ?? 0) + (task.swapents ?? 0) + pageTablePages(task, pageSizeKb)
  if (version < v('3.5')) {
    let points = Math.floor((usage * 1000) / Math.max(1, totalPages))
    if (root) points -= 30
    points += adj
    return Math.min(1000, Math.max(1, points))
  }
  let points = usage
  let adjPages = adj
  if (version < v('3.14')) {
    if (root) adjPages -= 30
  } else if (version < v('4.17')) {
    if (root) points -= Math.floor((points * 3) / 100)
  }
  points += adjPages * Math.floor(totalPages / 1000)
  if (version < v('5.9')) return points > 0 ? points : 1
  return points
}

/**
 * The score as the kill line shows it: 2.6.36–3.4 the 0–1000 points themselves; 3.5–5.0
 * `points × 1000 / totalpages`. 5.1+ prints none; the same scale is returned so UIs can compare.
 */
export function printedOomScore(points: number, totalPages: number, version: KernelVersionCode): number {
  if (version < v('3.5')) return points
  return Math.trunc((points * 1000) / Math.max(1, totalPages))
}

/**
 * Tie rule of the task scan (mm/oom_kill.c). Through 3.13 `select_bad_process` replaced the choice only
 * on `points > chosen_points`; 3.14–4.19 (David Rientjes "mm, oom: prefer thread group leaders for
 * display purposes", read in the 4.19 tree) skipped equal points when the chosen task is a thread-group
 * leader — the rows of the table are leaders, so in both the first row in scan order wins. The leader
 * check is gone in the 5.8 tree (the context of Yafang Shao's 5.9 patch shows only
 * `if (!points || points < oc->chosen_points) goto next;`), so equal points fall through to `select:` and
 * the later row wins; 5.9+ keeps that (`points == LONG_MIN || points < chosen`). The removal came with the
 * 2019 memcg task-scan rework (Tetsuo Handa's review of Shakeel Butt's series), believed 5.3 — unconfirmed,
 * so callers report ties.
 */
export function laterEqualWins(version: KernelVersionCode): boolean {
  return version >= v('5.3')
}
