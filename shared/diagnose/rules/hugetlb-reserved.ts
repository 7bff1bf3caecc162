/**
 * hugetlb-reserved — the hugetlb pool holds a large share of memory. Pool pages are taken from the
 * buddy allocator at reservation time, appear in no other counter, and are not reclaimable: free huge
 * pages are unusable for anything but hugetlb mappings.
 */
import { type EventRule, share } from '../rule-context'

/** A fifth of RAM set aside for huge pages changes what everything else can get. */
const HUGETLB_SHARE = 0.2

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const hugetlbReserved: EventRule = (ctx) => {
  const { event } = ctx
  const pools = event.hugepages.filter((h) => h.total > 0)
  if (pools.length === 0 || !ctx.managed) return null
  const kb = pools.reduce((s, h) => s + h.total * h.sizeKb, 0)
  const freeKb = pools.reduce((s, h) => s + h.free * h.sizeKb, 0)
  if (share(kb, ctx.managed.kb) < HUGETLB_SHARE) return null
  return {
    code: 'hugetlb-reserved',
    detailKey: 'finding.hugetlb-reserved.detail',
    params: { kb, free: freeKb, pct: share(kb, ctx.managed.kb), managed: ctx.managed.kb },
    evidence: [{ at: event.trigger.at, role: 'request' }, ...pools.map((h) => ({ at: h.at, role: 'hugepages' }))],
    facts: [
      { name: 'hugetlb pool', value: kb, unit: 'kB', at: pools.map((h) => h.at) },
      { name: 'hugetlb free', value: freeKb, unit: 'kB', at: pools.map((h) => h.at) },
      { name: 'managed', value: ctx.managed.kb, unit: 'kB', at: ctx.managed.at },
    ],
    recs: [{ key: 'rec.hugetlb-reserved.shrink', params: { used: kb - freeKb } }],
  }
}
