/**
 * slab-bloat — unreclaimable slab holds a large share of memory: kernel objects no shrinker can free,
 * the usual trace of a kernel or driver leak. Read from the model's memory balance: the
 * `slab_unreclaimable` counter (per zone on kernels whose zone lines carry slab, where on 32-bit all
 * slab is lowmem), 2.6's combined `slab:` counter (no split printed), or the `Unreclaimable slab info:`
 * table (4.15+; printed only when unreclaimable slab exceeds the LRU pages) — naming the cache that
 * holds the most.
 */
import { phrase } from '../../i18n/t'
import type { EvidenceRef, FactSpec } from '../build-finding'
import { bucketOf, type EventRule, findLine, managedAmount, MIB_KB, share, shortOfMemory } from '../rule-context'

/** A few percent is normal; a fifth of memory in objects nobody can reclaim is not. */
const SLAB_SHARE = 0.2
/** A booted kernel's own slab is several MiB on any machine: below this a share says nothing.
 * The one absolute amount here, on purpose: it is a fixed footprint (what a booted kernel and its
 * first processes hold whatever the RAM), not a threshold for the machine — the relative test is the
 * share above. A 32 MiB board that boots into an OOM holds several MiB of it and is not bloated
 * (test/corpus/diagnose-metamorphic.test.ts says so where it scales reports).
 */
const SLAB_FLOOR_KB = 32 * MIB_KB

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const slabBloat: EventRule = (ctx) => {
  const { event, balance } = ctx
  const managed = managedAmount(ctx)
  if (!shortOfMemory(ctx) || !balance || !managed) return null
  const slab = balance.slab
  const big = (kb: number, whole: number): boolean => kb >= SLAB_FLOOR_KB && share(kb, whole) >= SLAB_SHARE
  // Per zone when the zones print slab: on 32-bit all slab is lowmem, so the zone share is what matters.
  const zoneHit = balance.ledgers
    .filter((l) => l.scope === 'zone')
    .map((l) => ({ l, amount: bucketOf(l, ['slab_unreclaimable']) }))
    .find(({ l, amount }) => amount !== null && big(amount.kb, l.managedKb))
  const globalAmount = bucketOf(balance.total, ['slab_unreclaimable'])
  const unreclaimableKb = slab.unreclaimableKb ?? globalAmount?.kb ?? null
  const top = slab.topCaches[0]
  let kb: number
  let scopeKb = managed.kb
  let at: readonly number[]
  let source: 'zone' | 'counter' | 'combined' | 'table'
  if (zoneHit?.amount) {
    kb = zoneHit.amount.kb
    scopeKb = zoneHit.l.managedKb
    at = zoneHit.amount.at
    source = 'zone'
  } else if (unreclaimableKb !== null && big(unreclaimableKb, managed.kb)) {
    kb = unreclaimableKb
    at = globalAmount?.at ?? lineOf(ctx, /slab_unreclaimable:/)
    source = 'counter'
  } else if (unreclaimableKb === null && slab.combinedKb !== null && big(slab.combinedKb, managed.kb)) {
    kb = slab.combinedKb
    at = bucketOf(balance.total, ['slab'])?.at ?? lineOf(ctx, /(^|\s)slab:\s*\d/)
    source = 'combined'
  } else if (unreclaimableKb === null && slab.tableTotalKb !== null && big(slab.tableTotalKb, managed.kb)) {
    kb = slab.tableTotalKb
    at = top ? [top.at] : []
    source = 'table'
  } else return null
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...at.map((a) => ({ at: a, role: 'slab' })),
  ]
  const facts: FactSpec[] = [
    { name: source === 'combined' ? 'slab' : 'slab_unreclaimable', value: kb, unit: 'kB', at },
    { name: 'managed', value: scopeKb, unit: 'kB', at: zoneHit ? zoneHit.l.managedAt : managed.at },
  ]
  const tableAt = findLine(event, /^Unreclaimable slab info:/)
  if (top) {
    if (tableAt !== null) evidence.push({ at: tableAt, role: 'slab table' })
    evidence.push({ at: top.at, role: 'largest cache' })
    facts.push({ name: `${top.name} size`, value: top.totalKb, unit: 'kB', at: [top.at] })
  }
  return {
    code: 'slab-bloat',
    detailKey: source === 'combined' ? 'finding.slab-bloat.detail-combined' : 'finding.slab-bloat.detail',
    params: {
      kb,
      pct: share(kb, scopeKb),
      scope: zoneHit?.l.zone ?? '-',
      managed: scopeKb,
      cache: top ? phrase('phrase.slab-cache', { name: top.name, kb: top.totalKb, pct: share(top.totalKb, kb) }) : '',
    },
    evidence,
    facts,
    recs: [
      top ? { key: 'rec.slab-bloat.cache', params: { name: top.name } } : { key: 'rec.slab-bloat.slabinfo' },
      { key: 'rec.slab-bloat.kmemleak' },
    ],
    holdsKb: kb,
  }
}

function lineOf(ctx: Parameters<EventRule>[0], pattern: RegExp): number[] {
  const at = findLine(ctx.event, pattern)
  return at === null ? [] : [at]
}
