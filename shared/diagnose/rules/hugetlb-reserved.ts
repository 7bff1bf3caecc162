/**
 * hugetlb-reserved — the hugetlb pool holds a large share of memory. Pool pages are taken from the
 * buddy allocator at reservation time, appear in no other counter, and are not reclaimable: free huge
 * pages are unusable for anything but hugetlb mappings.
 */
import { bucketOf, type EventRule, managedAmount, share, shortOfMemory } from '../rule-context'

/** A fifth of RAM set aside for huge pages changes what everything else can get. */
const HUGETLB_SHARE = 0.2

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const hugetlbReserved: EventRule = (ctx) => {
  const { event } = ctx
  const managed = managedAmount(ctx)
  const pools = event.hugepages.filter((h) => h.total > 0)
  if (!shortOfMemory(ctx) || pools.length === 0 || !managed) return null
  const kb = bucketOf(ctx.balance?.total, ['hugetlb'])?.kb ?? pools.reduce((s, h) => s + h.total * h.sizeKb, 0)
  const freeKb = pools.reduce((s, h) => s + h.free * h.sizeKb, 0)
  if (share(kb, managed.kb) < HUGETLB_SHARE) return null
  return {
    code: 'hugetlb-reserved',
    detailKey: 'finding.hugetlb-reserved.detail',
    params: { kb, free: freeKb, pct: share(kb, managed.kb), managed: managed.kb },
    evidence: [{ at: event.trigger.at, role: 'request' }, ...pools.map((h) => ({ at: h.at, role: 'hugepages' }))],
    facts: [
      { name: 'hugetlb pool', value: kb, unit: 'kB', at: pools.map((h) => h.at) },
      { name: 'hugetlb free', value: freeKb, unit: 'kB', at: pools.map((h) => h.at) },
      { name: 'managed', value: managed.kb, unit: 'kB', at: managed.at },
    ],
    recs: [{ key: 'rec.hugetlb-reserved.shrink', params: { used: kb - freeKb } }],
    holdsKb: kb,
  }
}
