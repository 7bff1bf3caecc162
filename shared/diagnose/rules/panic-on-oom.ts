/**
 * panic-on-oom — the kernel panicked instead of killing a task because vm.panic_on_oom is set: 1 (any
 * system-wide OOM) or 2 ("compulsory", also for cpuset/mempolicy/memcg OOMs). mm/oom_kill.c
 * `check_panic_on_oom` prints `Out of memory: <system-wide|compulsory> panic_on_oom is enabled`
 * (2.6.x: `out of memory. panic_on_oom is selected`). A panic because no task was killable is a
 * different outcome (no-killable-task) and is never claimed here.
 */
import type { EventRule } from '../rule-context'
import { NO_KILLABLE } from './no-killable-task'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const panicOnOom: EventRule = (ctx) => {
  const { event } = ctx
  if (!event.panic || NO_KILLABLE.test(event.panic.message)) return null
  const compulsory = /compulsory/i.test(event.panic.message)
  return {
    code: 'panic-on-oom',
    detailKey: compulsory ? 'finding.panic-on-oom.detail-compulsory' : 'finding.panic-on-oom.detail',
    params: { message: event.panic.message },
    evidence: [
      { at: event.trigger.at, role: 'request' },
      { at: event.panic.at, role: 'panic' },
    ],
    facts: [],
    recs: [{ key: 'rec.panic-on-oom.sysctl' }],
  }
}
