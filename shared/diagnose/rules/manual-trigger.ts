/**
 * manual-trigger — the OOM killer was invoked by hand (sysrq-f, `echo f > /proc/sysrq-trigger`): no
 * allocation failed. The model's request says so (`failurePoint: 'manual'`): from `order=-1` (3.x+:
 * `moom_callback` passes order -1, kernel-facts §8.1), the `sysrq: Manual OOM execution` line before the
 * header, or `moom_callback` in the call trace on older kernels that passed order 0 (`failureFrame`).
 * Memory was not necessarily short at all.
 */
import type { EvidenceRef } from '../build-finding'
import type { EventRule } from '../rule-context'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const manualTrigger: EventRule = (ctx) => {
  const { event, request } = ctx
  if (request?.failurePoint !== 'manual') return null
  const frame = request.failureFrame ?? null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  if (frame) evidence.push({ at: frame.at, role: 'sysrq' })
  return {
    code: 'manual-trigger',
    detailKey:
      event.trigger.order === -1
        ? 'finding.manual-trigger.detail'
        : frame
          ? 'finding.manual-trigger.detail-trace'
          : 'finding.manual-trigger.detail-sysrq',
    params: { comm: event.trigger.comm ?? '?', order: event.trigger.order ?? '?' },
    evidence,
    facts: [{ name: 'order', value: event.trigger.order ?? -1, unit: 'count', at: [event.trigger.at] }],
    recs: [{ key: 'rec.manual-trigger.who' }],
  }
}
