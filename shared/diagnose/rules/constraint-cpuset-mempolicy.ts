/**
 * constraint-cpuset-mempolicy — a cpuset or memory policy limited the nodes the request could use
 * (CONSTRAINT_CPUSET / CONSTRAINT_MEMORY_POLICY, or a `nodemask=` the model applied): the OOM was
 * local to those nodes and the victim was chosen among their tasks, while other nodes may have had
 * free memory (kernel-facts §7.2, §8.4). "Free on other nodes" is the model's figure (the global
 * `free:` counter minus what the allowed nodes had) — never a 0 made up from zones the report did not
 * print. 5.0–5.2 printed CONSTRAINT_NONE for everything (fixed by 432b1de0de02), so NONE proves nothing.
 */
import { listOf, phrase } from '../../i18n/t'
import type { EvidenceRef, FactSpec } from '../build-finding'
import { type EventRule, zoneLine } from '../rule-context'

const CONSTRAINED = ['CONSTRAINT_CPUSET', 'CONSTRAINT_MEMORY_POLICY']

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const constraintCpusetMempolicy: EventRule = (ctx) => {
  const { event, request } = ctx
  const constraint = event.oomKill?.constraint ?? null
  const printed = constraint !== null && CONSTRAINED.includes(constraint)
  // Zones that exist only on nodes the request may not use (DMA32 on node 0, task bound to node 1).
  const excluded = ctx.verdicts.filter((v) => v.notAllowedBy === 'node')
  const usable = ctx.verdicts.filter((v) => v.allowed)
  const narrowed = request?.allowedNodes !== null && request?.allowedNodes !== undefined && excluded.length > 0
  if (!printed && !narrowed) return null
  const other = ctx.otherNodes
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  if (event.oomKill) evidence.push({ at: event.oomKill.at, role: 'constraint' })
  if (event.cpuset) evidence.push({ at: event.cpuset.at, role: 'cpuset' })
  for (const v of excluded) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'other node' })
  }
  const facts: FactSpec[] = other ? [{ name: 'free on other nodes', value: other.freeKb, unit: 'kB', at: 'model' }] : []
  const mempolicy = constraint === 'CONSTRAINT_MEMORY_POLICY' || (!printed && request?.nodesFrom === 'nodemask')
  const onlyElsewhere = excluded.filter((v) => !usable.some((u) => u.zone === v.zone)).map((v) => v.zone)
  return {
    code: 'constraint-cpuset-mempolicy',
    detailKey: mempolicy
      ? 'finding.constraint-cpuset-mempolicy.detail-mempolicy'
      : 'finding.constraint-cpuset-mempolicy.detail-cpuset',
    params: {
      constraint: constraint ?? request?.nodesFrom ?? '?',
      mems:
        event.oomKill?.fields['mems_allowed'] ?? event.cpuset?.memsAllowed ?? request?.allowedNodes?.join(',') ?? '?',
      nodemask: event.oomKill?.fields['nodemask'] ?? event.trigger.nodemask ?? '?',
      nodes: new Set(ctx.verdicts.map((v) => v.node)).size,
      other: other ? phrase('phrase.other-nodes-free', { kb: other.freeKb }) : phrase('phrase.other-nodes-unknown'),
      elsewhere:
        onlyElsewhere.length > 0
          ? phrase('phrase.zones-only-elsewhere', { zones: listOf([...new Set(onlyElsewhere)]) })
          : '',
    },
    evidence,
    facts,
    recs: [{ key: 'rec.constraint-cpuset-mempolicy.widen' }],
  }
}
