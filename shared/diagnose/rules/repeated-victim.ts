/**
 * repeated-victim — the same program was killed in two or more OOM events: it (or whatever restarts
 * it) brings the same memory problem back; the victim choice was not bad luck.
 */
import type { MemEvent } from '../../event/types'
import { listOf } from '../../i18n/t'
import { evidenceOf } from '../build-finding'
import type { CaseFindingSpec } from '../build-case-finding'

/** One finding per program killed in two or more events. */
export function repeatedVictim(events: readonly MemEvent[]): CaseFindingSpec[] {
  const byComm = new Map<string, MemEvent[]>()
  for (const event of events) {
    const victim = event.killed ?? event.selected
    if (!victim) continue
    byComm.set(victim.comm, [...(byComm.get(victim.comm) ?? []), event])
  }
  const findings: CaseFindingSpec[] = []
  for (const [comm, hits] of byComm) {
    if (hits.length < 2) continue
    const pids = listOf([...new Set(hits.map((e) => String((e.killed ?? e.selected)?.pid)))])
    findings.push({
      code: 'repeated-victim',
      detailKey: 'finding.repeated-victim.detail',
      params: { comm, count: hits.length, pids, kinds: listOf([...new Set(hits.map((e) => e.kind))]) },
      evidence: hits.map((e) => {
        const at = (e.killed ?? e.selected)?.at
        return at === undefined ? null : evidenceOf(e, at, 'victim')
      }),
      facts: [
        {
          name: `${comm} kills`,
          value: hits.length,
          unit: 'count',
          from: hits.map((e) => ({ path: e.path, line: e.line })),
        },
      ],
      recs: [{ key: 'rec.repeated-victim.limit', params: { comm } }],
    })
  }
  return findings
}
