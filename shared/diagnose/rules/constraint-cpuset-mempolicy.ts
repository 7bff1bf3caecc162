/**
 * constraint-cpuset-mempolicy — a cpuset or memory policy limited the nodes the request could use
 * (CONSTRAINT_CPUSET / CONSTRAINT_MEMORY_POLICY): the OOM was local to those nodes and the victim was
 * chosen among their tasks, while other nodes may have had free memory (kernel-facts §7.2, §8.4).
 * 5.0–5.2 printed CONSTRAINT_NONE for everything (fixed by 432b1de0de02), so NONE proves nothing there.
 */
import type { EventRule } from '../rule-context'

const CONSTRAINED = ['CONSTRAINT_CPUSET', 'CONSTRAINT_MEMORY_POLICY']

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const constraintCpusetMempolicy: EventRule = (ctx) => {
  const { event } = ctx
  const constraint = event.oomKill?.constraint ?? null
  if (!event.oomKill || constraint === null || !CONSTRAINED.includes(constraint)) return null
  const nodes = new Set(event.zones.map((z) => z.node))
  const otherFreeKb = event.zones
    .filter((z) => !ctx.zones.some((v) => v.zone === z && v.allowed))
    .reduce((s, z) => s + z.freeKb, 0)
  return {
    code: 'constraint-cpuset-mempolicy',
    detailKey:
      constraint === 'CONSTRAINT_CPUSET'
        ? 'finding.constraint-cpuset-mempolicy.detail-cpuset'
        : 'finding.constraint-cpuset-mempolicy.detail-mempolicy',
    params: {
      constraint,
      mems: event.oomKill.fields['mems_allowed'] ?? event.cpuset?.memsAllowed ?? '?',
      nodemask: event.oomKill.fields['nodemask'] ?? event.trigger.nodemask ?? '?',
      nodes: nodes.size,
      otherFree: otherFreeKb,
    },
    evidence: [
      { at: event.trigger.at, role: 'request' },
      { at: event.oomKill.at, role: 'constraint' },
      ...(event.cpuset ? [{ at: event.cpuset.at, role: 'cpuset' }] : []),
    ],
    facts: [],
    recs: [{ key: 'rec.constraint-cpuset-mempolicy.widen' }],
  }
}
