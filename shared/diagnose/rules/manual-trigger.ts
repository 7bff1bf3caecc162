/**
 * manual-trigger — the OOM killer was invoked by hand (sysrq-f, `echo f > /proc/sysrq-trigger`): the
 * report prints order=-1 (kernel-facts §8.1). Memory was not necessarily short at all.
 */
import type { EventRule } from '../rule-context'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const manualTrigger: EventRule = (ctx) => {
  const { event } = ctx
  if (event.trigger.order !== -1) return null
  return {
    code: 'manual-trigger',
    detailKey: 'finding.manual-trigger.detail',
    params: { comm: event.trigger.comm ?? '?' },
    evidence: [{ at: event.trigger.at, role: 'request' }],
    facts: [{ name: 'order', value: -1, unit: 'count', at: [event.trigger.at] }],
    recs: [{ key: 'rec.manual-trigger.who' }],
  }
}
