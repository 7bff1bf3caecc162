/**
 * memcg-limit — a memory cgroup reached its limit: the kernel reclaimed inside the group, failed, and
 * killed inside it (kernel-facts §8.5). The machine as a whole need not have been short of memory.
 */
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { t } from '../../i18n/t'
import { memcgComposition } from '../memcg-composition'
import type { EventRule } from '../rule-context'

/** failcnt counts charges that hit the limit; this many means the group lived at its limit for long. */
const CHRONIC_FAILCNT = 10_000

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const memcgLimit: EventRule = (ctx) => {
  const { event } = ctx
  const memcg = event.memcg
  if (event.kind !== 'memcg-oom' && !memcg) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  if (memcg) evidence.push({ at: memcg.at, role: 'memcg usage' })
  if (event.oomKill) evidence.push({ at: event.oomKill.at, role: 'oom-kill' })
  if (event.killed) evidence.push({ at: event.killed.at, role: 'killed' })
  const usage = memcg?.usageKb ?? null
  const limit = memcg?.limitKb ?? null
  const facts: FactSpec[] = []
  if (memcg && usage !== null) facts.push({ name: 'memcg usage', value: usage, unit: 'kB', at: [memcg.at] })
  if (memcg && limit !== null) facts.push({ name: 'memcg limit', value: limit, unit: 'kB', at: [memcg.at] })
  if (memcg && memcg.failcnt !== null)
    facts.push({ name: 'memcg failcnt', value: memcg.failcnt, unit: 'count', at: [memcg.at] })
  const path = memcg?.path ?? event.oomKill?.fields['oom_memcg'] ?? '?'
  const victim = event.killed ?? event.selected
  const recs: RecSpec[] = []
  if (limit !== null) recs.push({ key: 'rec.memcg-limit.raise', params: { path, limit } })
  if (victim) recs.push({ key: 'rec.memcg-limit.growth', params: { comm: victim.comm, pid: victim.pid } })
  if ((memcg?.failcnt ?? 0) >= CHRONIC_FAILCNT)
    recs.push({ key: 'rec.memcg-limit.chronic', params: { failcnt: memcg?.failcnt ?? 0 } })
  return {
    code: 'memcg-limit',
    detailKey: usage !== null && limit !== null ? 'finding.memcg-limit.detail' : 'finding.memcg-limit.detail-no-usage',
    params: {
      path,
      usage: usage ?? 0,
      limit: limit ?? 0,
      failcnt: memcg?.failcnt ?? 0,
      victim: victim ? `${victim.comm} (${victim.pid})` : '?',
      composition: compositionPhrase(ctx),
    },
    evidence,
    facts,
    recs,
  }
}

/** ` Its statistics show anon …, page cache …, kernel …, swapped out ….` — empty without stats. */
function compositionPhrase(ctx: Parameters<EventRule>[0]): string {
  const memcg = ctx.event.memcg
  const c = memcg ? memcgComposition(memcg) : null
  if (!c) return ''
  const kernel = c.kernelKb === null ? '' : t(ctx.lang, 'phrase.memcg-kernel', { kb: Math.round(c.kernelKb) })
  const swap = c.swapKb === null || c.swapKb === 0 ? '' : t(ctx.lang, 'phrase.memcg-swap', { kb: c.swapKb })
  return t(ctx.lang, 'phrase.memcg-composition', {
    anon: Math.round(c.anonKb),
    file: Math.round(c.fileKb),
    kernel,
    swap,
  })
}
