/**
 * The memory-cgroup charge replay: a cgroup OOM happens when `try_charge` (mm/memcontrol.c) cannot
 * fit the charge under the group's counters after reclaim gave up. `page_counter_try_charge` refuses
 * when usage + nr_pages > max, on `memory` and, on cgroup v1 with swap accounting, on `memsw` too.
 * The report is printed after reclaim failed, so the recorded usage is what reclaim could not lower;
 * only more swap room (v2 memory.swap.max) lets it move anonymous pages out — an estimate.
 */
import { checkedOrder } from '../kernel/alloc-stages'
import type { MemEvent } from '../event/types'
import { isUnlimitedKb } from '../kernel/tunables'
import type { RecordedSettings } from './what-if-recorded'
import type { MemcgReplay, ScenarioSettings } from './what-if-types'

/**
 * Swap-backed (anon + shmem) memory of the group in kB, from the printed memory.stat: v2 prints bytes
 * (`active_anon 126976`), v1's inline `Memory cgroup stats` line prints KB (`active_anon:258412KB`).
 */
export function memcgSwappableKb(event: MemEvent, recorded: RecordedSettings): number {
  const stat = event.memcg?.stat ?? {}
  const lru = (stat['active_anon'] ?? 0) + (stat['inactive_anon'] ?? 0)
  const total = lru > 0 ? lru : (stat['anon'] ?? stat['rss'] ?? 0) + (stat['shmem'] ?? 0)
  return recorded.memcgInterface === 'v2' ? Math.floor(total / 1024) : total
}

/** Replay the failed charge under `settings` (already reduced to what differs from the recording). */
export function replayMemcg(
  event: MemEvent,
  recorded: RecordedSettings,
  settings: ScenarioSettings,
): MemcgReplay | null {
  const m = event.memcg
  if (event.kind !== 'memcg-oom' || !m || m.usageKb === null) return null
  const pageKb = event.pageSizeKb > 0 ? event.pageSizeKb : 4
  const chargeKb = 2 ** checkedOrder(event.trigger.order) * pageKb
  const v1 = recorded.memcgInterface === 'v1'
  const limitKb = settings.memcg_limit_kb ?? (isUnlimitedKb(m.limitKb) ? null : m.limitKb)
  const memswUsageKb = v1 ? m.swapUsageKb : null
  const memswLimitKb = v1 ? (settings.memcg_memsw_limit_kb ?? recorded.memcg_memsw_limit_kb) : null
  const swapUsageKb = v1 ? null : m.swapUsageKb
  const swapLimitKb = v1 ? null : (settings.memcg_swap_max_kb ?? recorded.memcg_swap_max_kb)
  // More swap room lets reclaim move anon out of `memory` (v2). On v1 a swapped page still counts
  // in memsw, so only the memory counter gains.
  let reclaimableKb = 0
  const swapMaxRaised =
    settings.memcg_swap_max_kb !== undefined && !v1 && swapUsageKb !== null && recorded.memcg_swap_max_kb !== null
  if (swapMaxRaised) {
    const swappable = memcgSwappableKb(event, recorded)
    const roomBefore = Math.max(0, (recorded.memcg_swap_max_kb ?? 0) - (swapUsageKb ?? 0))
    const roomAfter = Math.max(0, (settings.memcg_swap_max_kb ?? 0) - (swapUsageKb ?? 0))
    reclaimableKb = Math.max(0, Math.min(swappable, roomAfter) - Math.min(swappable, roomBefore))
  }
  const memoryShort = limitKb === null ? 0 : m.usageKb - reclaimableKb + chargeKb - limitKb
  const memswShort = memswLimitKb === null || memswUsageKb === null ? 0 : memswUsageKb + chargeKb - memswLimitKb
  const limitedBy = memoryShort > 0 ? 'memory' : memswShort > 0 ? 'memsw' : null
  // The recorded numbers should show a full counter; when they do not, another limit (kmem, a parent)
  // or a race decided, which this replay cannot see.
  const recordedShort = (limitKb === null ? 0 : m.usageKb + chargeKb - (m.limitKb ?? 0)) > 0
  const recordedMemswShort =
    memswUsageKb !== null && recorded.memcg_memsw_limit_kb !== null
      ? memswUsageKb + chargeKb - recorded.memcg_memsw_limit_kb > 0
      : false
  return {
    interface: recorded.memcgInterface,
    usageKb: m.usageKb,
    limitKb,
    chargeKb,
    memswUsageKb,
    memswLimitKb,
    swapUsageKb,
    swapLimitKb,
    limitedBy,
    fits: limitedBy === null,
    shortKb: Math.max(0, limitedBy === 'memory' ? memoryShort : limitedBy === 'memsw' ? memswShort : 0),
    reclaimableKb,
    unexplained: !recordedShort && !recordedMemswShort,
  }
}
