/**
 * Which limit a memcg OOM hit and what reclaim could have freed inside the cgroup (mm/memcontrol.c
 * `try_charge` / `try_charge_memcg`, `mem_cgroup_print_oom_meminfo`; kernel-facts §8.5).
 * - cgroup v1 prints `memory:`, `memory+swap:` and `kmem:` counters with their failcnt; `try_charge`
 *   charges memory+swap first, so a memsw counter at its limit is the one that failed (and then reclaim
 *   may not swap: `MEM_CGROUP_RECLAIM_NOSWAP`), else the memory counter.
 * - cgroup v2 prints `memory:` and `swap:`; only memory.max leads to an OOM kill (memory.high throttles,
 *   a full swap.max just keeps pages in memory), so the limit hit is memory.max.
 * A counter is "at its limit" when the charge that failed no longer fit: usage + one charge batch
 * (MEMCG_CHARGE_BATCH, 32–64 pages by version) > limit — 64 pages of slack.
 */
import type { MemEvent } from '../event/types'
import type { MemcgFacts } from './types'

/** Slack for "at the limit": one charge batch (MEMCG_CHARGE_BATCH 32 pages ≤ 6.0, 64 pages later). */
const CHARGE_BATCH_PAGES = 64

/** Limits at or above this are "unlimited" (PAGE_COUNTER_MAX in kB is ≈ 2^53 on 64-bit). */
const UNLIMITED_KB = 2 ** 50

const finite = (kb: number | null): kb is number => kb !== null && kb > 0 && kb < UNLIMITED_KB

/** Memcg facts of a memcg OOM, null for other events or without a memcg block. */
export function memcgFacts(event: MemEvent): MemcgFacts | null {
  const m = event.memcg
  if (!m || (event.kind !== 'memcg-oom' && event.oomKill?.constraint !== 'CONSTRAINT_MEMCG')) return null
  const stat = m.stat
  const version = memcgVersion(m)
  // v1's stats line prints `name:NKB`; v2's memory.stat block (and v1's from the same formatter) bytes.
  const statInKb = stat['cache'] !== undefined || stat['rss'] !== undefined
  const slackKb = CHARGE_BATCH_PAGES * (event.pageSizeKb > 0 ? event.pageSizeKb : 4)
  const atLimit = (usage: number | null, limit: number | null): boolean =>
    usage !== null && finite(limit) && usage + slackKb > limit
  let limitHit: MemcgFacts['limitHit'] = 'unknown'
  let limitFrom: MemcgFacts['limitFrom'] = 'none'
  if (version !== 'v2' && atLimit(m.swapUsageKb, m.swapLimitKb)) {
    // v1 memory+swap is charged first; at its limit it is the counter that failed.
    limitHit = 'memory+swap'
    limitFrom = 'usage-at-limit'
  } else if (atLimit(m.usageKb, m.limitKb)) {
    limitHit = 'memory'
    limitFrom = 'usage-at-limit'
  } else if (version === 'v1' && atLimit(m.kmemUsageKb, m.kmemLimitKb)) {
    limitHit = 'kmem'
    limitFrom = 'usage-at-limit'
  } else if (version === 'v1' && (m.swapFailcnt ?? 0) > 0 && finite(m.swapLimitKb)) {
    // Usage fell below the limit by the time it was printed; the failcnt that moved says which.
    limitHit = 'memory+swap'
    limitFrom = 'failcnt'
  } else if ((m.failcnt ?? 0) > 0 && finite(m.limitKb)) {
    limitHit = 'memory'
    limitFrom = 'failcnt'
  } else if (finite(m.limitKb)) {
    limitHit = 'memory'
    limitFrom = 'only-limit'
  }
  const kb = (key: string): number | null => {
    const value = stat[key]
    if (value === undefined) return null
    return statInKb ? value : value / 1024
  }
  const shmem = kb('shmem')
  const anonLru = sum([kb('inactive_anon'), kb('active_anon')])
  const anon = statInKb ? kb('rss') : kb('anon')
  const file = sum([kb('inactive_file'), kb('active_file')]) ?? (statInKb ? kb('cache') : kb('file'))
  const slabReclaimable = kb('slab_reclaimable')
  const swapTotal = event.swap?.totalKb ?? null
  let canSwap: boolean | null = null
  if (limitHit === 'memory+swap') canSwap = false
  else if (version === 'v2' && m.swapLimitKb !== null) canSwap = m.swapLimitKb > (m.swapUsageKb ?? 0) && swapTotal !== 0
  else if (swapTotal !== null) canSwap = swapTotal > 0 && (event.swap?.freeKb ?? 0) > 0
  // v1 `rss` and v2 `anon` exclude shmem (which sits on the anon LRU and in `cache`/`file`).
  const anonProper = anon ?? (anonLru !== null ? Math.max(0, anonLru - (shmem ?? 0)) : null)
  const reclaimable =
    file === null && slabReclaimable === null
      ? null
      : (file ?? 0) + (slabReclaimable ?? 0) + (canSwap ? (anonProper ?? 0) + (shmem ?? 0) : 0)
  return {
    version,
    limitHit,
    limitFrom,
    path: m.path ?? event.oomKill?.fields['oom_memcg'] ?? null,
    usageKb: m.usageKb,
    limitKb: m.limitKb,
    swapUsageKb: m.swapUsageKb,
    swapLimitKb: m.swapLimitKb,
    anonKb: anonProper,
    fileKb: file,
    shmemKb: shmem,
    slabReclaimableKb: slabReclaimable,
    canSwap,
    reclaimableKb: reclaimable,
    composition: composition(m, version, statInKb, kb),
  }
}

/** See `MemcgFacts.composition`. */
function composition(
  m: NonNullable<MemEvent['memcg']>,
  version: MemcgFacts['version'],
  statInKb: boolean,
  kb: (key: string) => number | null,
): MemcgFacts['composition'] {
  const anon = kb(statInKb ? 'rss' : 'anon')
  const cache = kb(statInKb ? 'cache' : 'file')
  if (anon === null && cache === null) return null
  const kernelParts = sum(['kernel_stack', 'slab', 'sock', 'pagetables'].map(kb))
  const kernel =
    version === 'v1' && m.kmemUsageKb !== null ? m.kmemUsageKb : (kb('kernel') ?? (statInKb ? null : kernelParts))
  // v2's `swap:` line is the group's swap; v1's swap counter there is memory+swap, its stats say what is swapped.
  const swapped = version === 'v2' ? m.swapUsageKb : kb('swap')
  return { anonKb: anon ?? 0, pageCacheKb: cache ?? 0, kernelKb: kernel, swappedKb: swapped }
}

function sum(parts: readonly (number | null)[]): number | null {
  const known = parts.filter((p): p is number => p !== null)
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0)
}

/**
 * cgroup v1 or v2, from what the report printed (mm/memcontrol.c `mem_cgroup_print_oom_meminfo`, 4.19+
 * "mm: memcg: update memcg OOM messages on cgroup2"): v2 prints `memory:` and `swap:` usage lines and
 * the memory.stat block (`anon N` in bytes); v1 prints `memory:`, `memory+swap:` and `kmem:` lines and
 * its own stats (`cache:NKB rss:NKB` before the unified formatter). The usage lines decide; the stats'
 * style only when no such line was printed (a report cut before them, or an older parse).
 */
export function memcgVersion(m: NonNullable<MemEvent['memcg']>): MemcgFacts['version'] {
  const printed = m.printedCounters ?? []
  if (printed.includes('memory+swap') || printed.includes('kmem') || m.kmemUsageKb !== null) return 'v1'
  if (printed.includes('swap')) return 'v2'
  const stat = m.stat
  if (stat['cache'] !== undefined || stat['rss'] !== undefined) return 'v1'
  if (stat['anon'] !== undefined || stat['file'] !== undefined) return 'v2'
  return null
}
