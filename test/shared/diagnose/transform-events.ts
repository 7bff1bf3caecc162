/**
 * Transformations of real reports for the metamorphic tests of the diagnosis: the same report on a
 * machine twice the size (every amount of memory ×k, nothing else), and the same report cut before
 * its Mem-Info (what a paste that stops at the stack leaves).
 */
import type { MemEvent, Zone } from '../../../shared/event/types'

/** Zone-line fields that are not amounts of memory (counts of scans, flags). */
const ZONE_COUNTS = new Set(['pages_scanned'])
/** memcg fields that count events, not memory. */
const MEMCG_COUNTS = new Set(['failcnt', 'swapFailcnt', 'kmemFailcnt'])
/** The v1/v2 "unlimited" limits stay unlimited. */
const UNLIMITED_KB = 2 ** 50

const times =
  (k: number) =>
  (n: number | null | undefined): number | null =>
    n === null || n === undefined ? null : n * k

function scaleRecord(record: Readonly<Record<string, number>>, k: number, keep: ReadonlySet<string> = new Set()) {
  return Object.fromEntries(Object.entries(record).map(([key, v]) => [key, keep.has(key) ? v : v * k]))
}

function scaleZone(zone: Zone, k: number): Zone {
  const x = times(k)
  return {
    ...zone,
    fields: scaleRecord(zone.fields, k, ZONE_COUNTS),
    freeKb: zone.freeKb * k,
    minKb: x(zone.minKb),
    lowKb: x(zone.lowKb),
    highKb: x(zone.highKb),
    boostKb: x(zone.boostKb),
    reservedHighatomicKb: x(zone.reservedHighatomicKb),
    presentKb: x(zone.presentKb),
    managedKb: x(zone.managedKb),
    freeCmaKb: x(zone.freeCmaKb),
    lowmemReserve: zone.lowmemReserve?.map((p) => p * k) ?? null,
    buddy: zone.buddy
      ? { ...zone.buddy, counts: zone.buddy.counts.map((c) => c * k), totalKb: x(zone.buddy.totalKb) }
      : null,
  }
}

/** The event of a machine k times the size: every amount of memory ×k, orders, pids and counts kept. */
export function scaleEvent(event: MemEvent, k: number): MemEvent {
  const x = times(k)
  const memcg = event.memcg
  return {
    ...event,
    zones: event.zones.map((z) => scaleZone(z, k)),
    counters: scaleRecord(event.counters, k),
    nodes: event.nodes.map((n) => ({ ...n, fields: scaleRecord(n.fields, k, new Set(['pages_scanned'])) })),
    hugepages: event.hugepages.map((h) => ({ ...h, total: h.total * k, free: h.free * k, surp: h.surp * k })),
    pagecachePages: x(event.pagecachePages),
    swapCachePages: x(event.swapCachePages),
    swap: event.swap ? { totalKb: event.swap.totalKb * k, freeKb: event.swap.freeKb * k } : null,
    ram: {
      ...event.ram,
      totalPages: x(event.ram.totalPages),
      highmemPages: x(event.ram.highmemPages),
      reservedPages: x(event.ram.reservedPages),
      cmaReservedPages: x(event.ram.cmaReservedPages),
    },
    tasks: event.tasks.map((t) => ({
      ...t,
      totalVm: x(t.totalVm),
      rss: x(t.rss),
      rssAnon: x(t.rssAnon),
      rssFile: x(t.rssFile),
      rssShmem: x(t.rssShmem),
      pgtablesBytes: x(t.pgtablesBytes),
      nrPtes: x(t.nrPtes),
      nrPmds: x(t.nrPmds),
      swapents: x(t.swapents),
    })),
    killed: event.killed
      ? {
          ...event.killed,
          totalVmKb: x(event.killed.totalVmKb),
          anonRssKb: x(event.killed.anonRssKb),
          fileRssKb: x(event.killed.fileRssKb),
          shmemRssKb: x(event.killed.shmemRssKb),
          pgtablesKb: x(event.killed.pgtablesKb),
        }
      : null,
    memcg: memcg
      ? {
          ...(Object.fromEntries(
            Object.entries(memcg).map(([key, v]) => [
              key,
              typeof v === 'number' && !MEMCG_COUNTS.has(key) && key !== 'at' && v < UNLIMITED_KB ? v * k : v,
            ]),
          ) as unknown as typeof memcg),
          stat: scaleRecord(memcg.stat, k),
        }
      : null,
    unreclaimableSlab: event.unreclaimableSlab?.map((c) => ({ ...c, usedKb: c.usedKb * k, totalKb: c.totalKb * k })),
  }
}

/** Message lines that end a Mem-Info dump: the task table, the kill, the memcg or next report's lines. */
const AFTER_MEM_INFO =
  /\[\s*pid\s*\]|Tasks state|oom-kill:|Out of memory|Killed process|Memory cgroup|Kernel panic|invoked oom-killer|page allocation|oom_reaper|Unreclaimable slab info/

/** The report text with every Mem-Info dump removed (from `Mem-Info:` to the next task table or kill line). */
export function dropMemInfo(text: string): string {
  const out: string[] = []
  let inside = false
  for (const line of text.split('\n')) {
    if (/Mem-[Ii]nfo:/.test(line)) {
      inside = true
      continue
    }
    if (inside && AFTER_MEM_INFO.test(line)) inside = false
    if (!inside) out.push(line)
  }
  return out.join('\n')
}
