/**
 * panic-on-oom — the kernel panicked instead of killing a task: vm.panic_on_oom = 1 (any global OOM)
 * or 2 ("compulsory", also for cpuset/mempolicy/memcg OOMs), or "no killable processes" left.
 */
import type { EventRule } from '../rule-context'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const panicOnOom: EventRule = (ctx) => {
  const { event } = ctx
  if (!event.panic) return null
  const noKillable = /no killable process/i.test(event.panic.message)
  const compulsory = /compulsory/i.test(event.panic.message)
  return {
    code: 'panic-on-oom',
    detailKey: noKillable
      ? 'finding.panic-on-oom.detail-no-killable'
      : compulsory
        ? 'finding.panic-on-oom.detail-compulsory'
        : 'finding.panic-on-oom.detail',
    params: { message: event.panic.message },
    evidence: [
      { at: event.trigger.at, role: 'request' },
      { at: event.panic.at, role: 'panic' },
    ],
    facts: [],
    recs: [{ key: noKillable ? 'rec.panic-on-oom.killable' : 'rec.panic-on-oom.sysctl' }],
  }
}
