/**
 * shmem-tmpfs — shmem (tmpfs, /dev/shm, SysV shm, shared anonymous mappings) holds a large share of
 * memory, machine-wide or inside the memory cgroup that hit its limit. It sits on the anon LRU and only
 * swap can reclaim it; deleting files frees it, killing a process usually does not (the oom_reaper
 * leaves shmem-rss behind).
 */
import type { EvidenceRef, FactSpec, FindingSpec } from '../build-finding'
import { type EventRule, findLine, managedAmount, MIB_KB, share, shortOfMemory } from '../rule-context'

/** A quarter of RAM (or of a cgroup's limit) in files nobody can page out makes "nothing uses memory" OOMs. */
const SHMEM_SHARE = 0.25
/** A booted system keeps a few MiB in tmpfs (/run, /dev/shm) on any machine.
 * The one absolute amount here, on purpose: it is a fixed footprint (what a booted kernel and its
 * first processes hold whatever the RAM), not a threshold for the machine — the relative test is the
 * share above. A 32 MiB board that boots into an OOM holds several MiB of it and is not bloated
 * (test/corpus/diagnose-metamorphic.test.ts says so where it scales reports).
 */
const SHMEM_FLOOR_KB = 32 * MIB_KB

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const shmemTmpfs: EventRule = (ctx): FindingSpec | null => {
  const { event, memcg } = ctx
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  // Inside a cgroup the limit is the whole: shmem charged to it is what killing could not free.
  if (memcg && memcg.shmemKb !== null && memcg.limitKb !== null && event.memcg) {
    const held = memcg.usageKb ?? memcg.limitKb
    if (share(memcg.shmemKb, held) < SHMEM_SHARE) return null
    evidence.push({ at: event.memcg.at, role: 'memcg' })
    const statAt = findLine(event, /^Memory cgroup stats for /)
    if (statAt !== null) evidence.push({ at: statAt, role: 'shmem' })
    const facts: FactSpec[] = [
      { name: 'memcg shmem', value: memcg.shmemKb, unit: 'kB', at: statAt === null ? 'model' : [statAt] },
      { name: 'memcg usage', value: memcg.usageKb ?? 0, unit: 'kB', at: [event.memcg.at] },
    ]
    if (event.killed?.shmemRssKb) evidence.push({ at: event.killed.at, role: 'victim shmem' })
    return {
      code: 'shmem-tmpfs',
      detailKey: 'finding.shmem-tmpfs.detail-memcg',
      params: { kb: memcg.shmemKb, pct: share(memcg.shmemKb, held), path: memcg.path ?? '?', usage: held },
      evidence,
      facts,
      recs: [{ key: 'rec.shmem-tmpfs.size' }],
      holdsKb: memcg.shmemKb,
    }
  }
  const managed = managedAmount(ctx)
  // The model's figure: where the summary and the node lines disagree, the one both support.
  const shmemKb = ctx.balance?.shmemKb ?? null
  if (
    !shortOfMemory(ctx) ||
    shmemKb === null ||
    !managed ||
    shmemKb < SHMEM_FLOOR_KB ||
    share(shmemKb, managed.kb) < SHMEM_SHARE
  )
    return null
  const shmemAt = findLine(event, /(^|\s)shmem:\s*\d/)
  const swapAt = findLine(event, /^Total swap\s*=/)
  if (shmemAt !== null) evidence.push({ at: shmemAt, role: 'shmem' })
  if (swapAt !== null) evidence.push({ at: swapAt, role: 'swap' })
  return {
    code: 'shmem-tmpfs',
    detailKey: 'finding.shmem-tmpfs.detail',
    params: { kb: shmemKb, pct: share(shmemKb, managed.kb), managed: managed.kb },
    evidence,
    facts: [
      { name: 'shmem', value: shmemKb, unit: 'kB', at: shmemAt === null ? 'model' : [shmemAt] },
      { name: 'managed', value: managed.kb, unit: 'kB', at: managed.at },
    ],
    recs: [
      { key: 'rec.shmem-tmpfs.size' },
      ...(ctx.balance?.swapTotalKb === 0 ? [{ key: 'rec.shmem-tmpfs.swap' as const }] : []),
    ],
    holdsKb: shmemKb,
  }
}
