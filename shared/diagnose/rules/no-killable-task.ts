/**
 * no-killable-task — the OOM killer ran and found nothing it may kill (mm/oom_kill.c `out_of_memory`:
 * `Out of memory and no killable processes...`; for a system-wide OOM it then panics with `System is
 * deadlocked on memory`, and kernels before that split panicked with the first text itself). Every
 * candidate was unkillable (oom_score_adj -1000, kernel threads, init) or already a victim that is
 * exiting, or whose memory the reaper cannot free (shmem, mlocked). This is not vm.panic_on_oom: that
 * panic is a setting; this one is the kernel having no way forward.
 */
import type { EvidenceRef } from '../build-finding'
import { type EventRule, findLine } from '../rule-context'

/** The kernel's two texts for this outcome (mm/oom_kill.c `out_of_memory`, 2.6.x → latest). */
export const NO_KILLABLE = /Out of memory and no killable process|System is deadlocked on memory/i

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const noKillableTask: EventRule = (ctx) => {
  const { event } = ctx
  const lineAt = findLine(event, NO_KILLABLE)
  const panicSays = event.panic !== null && NO_KILLABLE.test(event.panic.message)
  if (lineAt === null && !panicSays) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  if (lineAt !== null) evidence.push({ at: lineAt, role: 'no killable task' })
  if (event.panic) evidence.push({ at: event.panic.at, role: 'panic' })
  const cgroup = event.kind === 'memcg-oom' || event.memcg !== null
  return {
    code: 'no-killable-task',
    severity: event.panic ? 'critical' : undefined,
    detailKey: event.panic
      ? 'finding.no-killable-task.detail-panic'
      : cgroup
        ? 'finding.no-killable-task.detail-memcg'
        : 'finding.no-killable-task.detail',
    params: { message: event.panic?.message ?? event.lines[lineAt ?? 0]?.message ?? '' },
    evidence,
    facts: [],
    recs: [{ key: 'rec.no-killable-task.adj' }, ...(cgroup ? [{ key: 'rec.no-killable-task.memcg' as const }] : [])],
  }
}
