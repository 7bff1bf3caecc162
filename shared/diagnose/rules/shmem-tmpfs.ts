/**
 * shmem-tmpfs — shmem (tmpfs, /dev/shm, SysV shm, shared anonymous mappings) holds a large share of
 * memory. It sits on the anon LRU and only swap can reclaim it; deleting files frees it, killing a
 * process usually does not.
 */
import { counterKb, findLine } from '../memory-totals'
import { type EventRule, MIB_KB, share } from '../rule-context'

/** A quarter of RAM in files nobody can page out is what makes "nothing uses memory" OOMs. */
const SHMEM_SHARE = 0.25
const SHMEM_FLOOR_KB = 32 * MIB_KB

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const shmemTmpfs: EventRule = (ctx) => {
  const { event } = ctx
  const shmem = counterKb(event, 'shmem')
  if (!shmem || !ctx.managed || shmem.kb < SHMEM_FLOOR_KB || share(shmem.kb, ctx.managed.kb) < SHMEM_SHARE) return null
  const swapAt = findLine(event, /^Total swap\s*=/)
  const swapKb = event.swap?.totalKb ?? null
  return {
    code: 'shmem-tmpfs',
    detailKey: 'finding.shmem-tmpfs.detail',
    params: { kb: shmem.kb, pct: share(shmem.kb, ctx.managed.kb), managed: ctx.managed.kb },
    evidence: [
      { at: event.trigger.at, role: 'request' },
      ...shmem.at.map((at) => ({ at, role: 'shmem' })),
      ...(swapAt === null ? [] : [{ at: swapAt, role: 'swap' }]),
    ],
    facts: [
      { name: 'shmem', value: shmem.kb, unit: 'kB', at: shmem.at },
      { name: 'managed', value: ctx.managed.kb, unit: 'kB', at: ctx.managed.at },
    ],
    recs: [{ key: 'rec.shmem-tmpfs.size' }, ...(swapKb === 0 ? [{ key: 'rec.shmem-tmpfs.swap' as const }] : [])],
  }
}
