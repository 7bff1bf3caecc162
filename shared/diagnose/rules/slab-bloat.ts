/**
 * slab-bloat — unreclaimable slab holds a large share of memory: kernel objects that no shrinker can
 * free, the usual trace of a kernel or driver leak. (Reclaimable slab — dentries, inodes — is not it.)
 */
import type { FactSpec } from '../build-finding'
import { counterKb } from '../memory-totals'
import { type EventRule, MIB_KB, share } from '../rule-context'

/** A few percent is normal; a fifth of memory in objects nobody can reclaim is not. */
const SLAB_SHARE = 0.2
const SLAB_FLOOR_KB = 32 * MIB_KB

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const slabBloat: EventRule = (ctx) => {
  const { event } = ctx
  const slab = counterKb(event, 'slab_unreclaimable')
  if (!slab || !ctx.managed) return null
  // Per zone when the zones print slab: on 32-bit all slab is lowmem, so the zone share is what matters.
  const zoneHit = ctx.waterfalls
    .filter((w) => w.scope === 'zone')
    .map((w) => ({ w, kb: w.buckets.find((b) => b.name === 'slab_unreclaimable')?.kb ?? 0 }))
    .find(({ w, kb }) => kb >= SLAB_FLOOR_KB && share(kb, w.managedKb) >= SLAB_SHARE)
  const globalHit = slab.kb >= SLAB_FLOOR_KB && share(slab.kb, ctx.managed.kb) >= SLAB_SHARE
  if (!zoneHit && !globalHit) return null
  const scopeKb = zoneHit ? zoneHit.w.managedKb : ctx.managed.kb
  const kb = zoneHit ? zoneHit.kb : slab.kb
  const at = zoneHit ? zoneHit.w.managedAt : slab.at
  const facts: FactSpec[] = [
    { name: 'slab_unreclaimable', value: kb, unit: 'kB', at },
    { name: 'managed', value: scopeKb, unit: 'kB', at: zoneHit ? zoneHit.w.managedAt : ctx.managed.at },
  ]
  return {
    code: 'slab-bloat',
    detailKey: 'finding.slab-bloat.detail',
    params: { kb, pct: share(kb, scopeKb), scope: zoneHit?.w.zone ?? '-', managed: scopeKb },
    evidence: [{ at: event.trigger.at, role: 'request' }, ...at.map((a) => ({ at: a, role: 'slab' }))],
    facts,
    recs: [{ key: 'rec.slab-bloat.slabinfo' }, { key: 'rec.slab-bloat.kmemleak' }],
  }
}
