/**
 * Where the memory went: managed = Σ counted buckets + unaccounted, per zone when the zone lines carry
 * slab (2.6.32 → ≈4.13 print every counter per zone), else one global ledger (≈4.13+ moved slab to node
 * counters printed only globally; 5.9+ moved kernel_stack/pagetables to the node line) — show_free_areas /
 * show_mem per version, kernel-facts §8.2. The kernel counts free pages, LRU pages, slab, kernel stacks,
 * page tables, bounce buffers and per-CPU free lists, but not pages a driver takes straight from the
 * buddy allocator (`alloc_pages`, balloon inflation, CMA areas handed to drivers, large kmalloc before 5.9,
 * vmalloc/percpu on most versions): that is the unaccounted rest, and the report may name who holds it.
 * Never added (they overlap a bucket): `mlocked` (⊂ unevictable), `mapped`/`shmem`/`dirty`/`writeback`/
 * `writepending`/`unstable` (⊂ LRU), `free_cma`/`reserved_highatomic`/`free_highatomic` (⊂ free),
 * `local_pcp` (⊂ free_pcp), `anon_thp`/`shmem_thp` (⊂ anon LRU), `pagecache` (⊂ LRU).
 */
import type { LineIdx, MemEvent, Zone } from '../event/types'
import { closeLedger, excludedOf, LRU, zoneFieldKb } from './balance-ledger'
import { lowmemLedger, type ZoneSize } from './lowmem-ledger'
import type {
  BalanceAmount,
  BalanceBucket,
  BalanceLedger,
  LruFacts,
  MemoryBalance,
  SlabFacts,
  UnaccountedHolder,
} from './types'

/** Zone-line counters that are disjoint sets of pages (kB as printed). */
const ZONE_BUCKETS = [
  'free',
  ...LRU,
  'isolated(anon)',
  'isolated(file)',
  'slab_reclaimable',
  'slab_unreclaimable',
  'kernel_stack',
  'shadow_call_stack',
  'pagetables',
  'sec_pagetables',
  'bounce',
  'writeback_tmp',
  'free_pcp',
  'zspages',
] as const

/** Global Mem-Info counters (pages) that are disjoint; lower-cased (2.6.2x printed `Active_anon`). */
const GLOBAL_BUCKETS = [
  'free',
  ...LRU,
  'isolated_anon',
  'isolated_file',
  'slab_reclaimable',
  'slab_unreclaimable',
  'slab',
  'pagetables',
  'sec_pagetables',
  'bounce',
  'free_pcp',
  'kernel_misc_reclaimable',
] as const

/** Counters the global block never prints but node lines (5.9+; `balloon` 6.x) or zone lines (4.8–5.8) do, in kB. */
const LOCAL_ONLY_BUCKETS = ['kernel_stack', 'shadow_call_stack', 'writeback_tmp', 'zspages', 'balloon'] as const

/** Node-line / zone-line names for a global counter name where they differ. */
const LOCAL_NAMES: Readonly<Record<string, string>> = {
  isolated_anon: 'isolated(anon)',
  isolated_file: 'isolated(file)',
}

function lowerKeys(record: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [key, value] of Object.entries(record)) out[key.toLowerCase()] = value
  return out
}

function lowerFields(fields: Readonly<Record<string, number>>): Map<string, [string, number]> {
  return new Map(Object.entries(fields).map(([k, val]) => [k.toLowerCase(), [k, val]]))
}

/** The Mem-Info line(s) that printed a global counter (falls back to the first of them). */
function counterLines(event: MemEvent, name: string): LineIdx[] {
  const pattern = new RegExp(`(^|\\s)${name.replace(/[()]/g, '\\$&')}:`, 'i')
  const hit = event.countersAt.find((idx) => pattern.test(event.lines[idx]?.message ?? ''))
  if (hit !== undefined) return [hit]
  return event.countersAt.slice(0, 1)
}

/** Every counter machine-wide in kB: global block (pages), else node lines (kB), else zone lines (kB). */
export function machineCounters(event: MemEvent): Record<string, BalanceAmount> {
  const out: Record<string, BalanceAmount> = {}
  for (const [key, pages] of Object.entries(event.counters)) {
    out[key.toLowerCase()] = { kb: pages * event.pageSizeKb, at: counterLines(event, key) }
  }
  const localNames = new Set<string>()
  for (const n of event.nodes) for (const k of Object.keys(n.fields)) localNames.add(k)
  for (const z of event.zones) for (const k of Object.keys(z.fields)) if (z.kbFields.includes(k)) localNames.add(k)
  for (const local of localNames) {
    const global = Object.entries(LOCAL_NAMES).find(([, l]) => l === local)?.[0] ?? local.toLowerCase()
    if (out[global]) continue
    const nodes = event.nodes.filter((n) => n.fields[local] !== undefined)
    if (nodes.length > 0) {
      out[global] = { kb: nodes.reduce((s, n) => s + (n.fields[local] ?? 0), 0), at: nodes.map((n) => n.at) }
      continue
    }
    const zones = event.zones.filter((z) => z.fields[local] !== undefined && z.kbFields.includes(local))
    if (zones.length > 0) {
      out[global] = { kb: zones.reduce((s, z) => s + (z.fields[local] ?? 0), 0), at: zones.map((z) => z.at) }
    }
  }
  return out
}

function zoneLedger(event: MemEvent, zone: Zone): BalanceLedger {
  const buckets: BalanceBucket[] = []
  for (const name of ZONE_BUCKETS) {
    const kb = name === 'free' ? zone.freeKb : zoneFieldKb(event, zone, name)
    if (kb !== null) buckets.push({ name, kb, at: [zone.at] })
  }
  const managed = { kb: zone.managedKb ?? 0, from: 'managed' as const, at: [zone.at] }
  return closeLedger('zone', zone.node, zone.zone, managed, buckets, excludedOf(Object.keys(zone.fields)))
}

/** Managed memory of the machine: Σ zone managed, else `pages RAM − pages reserved`, else Σ present. */
function globalManaged(event: MemEvent): { kb: number; from: BalanceLedger['managedFrom']; at: LineIdx[] } | null {
  const zones = event.zones
  const zoneManaged = zones.length > 0 && zones.every((z) => z.managedKb !== null)
  const zoneSum = zones.reduce((sum, z) => sum + (z.managedKb ?? 0), 0)
  const { totalPages, reservedPages, at } = event.ram
  const ramKb = totalPages !== null && reservedPages !== null ? (totalPages - reservedPages) * event.pageSizeKb : null
  // Since 6.4 zones above the request's gfp_zone are not printed, so Σ zone managed can fall short of
  // the machine. `pages reserved` is Σ (present − managed) on ≥ 3.x, so RAM − reserved = Σ managed;
  // 1 % slack for pages freed between the two printouts.
  if (zoneManaged && (ramKb === null || ramKb <= zoneSum * 1.01)) {
    return { kb: zoneSum, from: 'managed', at: zones.map((z) => z.at) }
  }
  if (ramKb !== null && ramKb > 0) return { kb: ramKb, from: 'ram-minus-reserved', at: at === null ? [] : [at] }
  const presentSum = zones.reduce((sum, z) => sum + (z.presentKb ?? 0), 0)
  if (presentSum > 0) return { kb: presentSum, from: 'present', at: zones.map((z) => z.at) }
  return null
}

function globalLedger(event: MemEvent): BalanceLedger | null {
  const managed = globalManaged(event)
  if (!managed) return null
  const counters = lowerKeys(event.counters)
  const buckets: BalanceBucket[] = []
  for (const name of GLOBAL_BUCKETS) {
    const pages = counters[name]
    if (pages === undefined) continue
    buckets.push({ name, kb: pages * event.pageSizeKb, at: counterLines(event, name) })
  }
  for (const name of LOCAL_ONLY_BUCKETS) {
    const fromNodes = event.nodes.filter((n) => lowerFields(n.fields).has(name))
    const fromZones = event.zones.filter((z) => z.fields[name] !== undefined)
    if (fromNodes.length > 0) {
      const kb = fromNodes.reduce((sum, n) => sum + (lowerFields(n.fields).get(name)?.[1] ?? 0), 0)
      buckets.push({ name, kb, at: fromNodes.map((n) => n.at) })
    } else if (fromZones.length > 0) {
      const kb = fromZones.reduce((sum, z) => sum + (zoneFieldKb(event, z, name) ?? 0), 0)
      buckets.push({ name, kb, at: fromZones.map((z) => z.at) })
    }
  }
  // The hugetlb pool is allocated from the buddy allocator and sits in no other counter.
  const huge = event.hugepages.filter((h) => h.total > 0)
  if (huge.length > 0) {
    const kb = huge.reduce((sum, h) => sum + h.total * h.sizeKb, 0)
    buckets.push({ name: 'hugetlb', kb, at: huge.map((h) => h.at) })
  }
  const printed = [...Object.keys(counters), ...event.nodes.flatMap((n) => Object.keys(n.fields))]
  const ledger = closeLedger('global', null, null, managed, buckets, excludedOf(printed))
  // Mem-Info prints `free:` on its last counter line (show_free_areas, 2.6–6.x): without it the counter
  // lines were cut or lost, and what they would have held is in the remainder, an upper bound then.
  return counters['free'] === undefined ? { ...ledger, partial: true } : ledger
}

/** Slab: the split counters, 2.6's combined `slab:`, and the `Unreclaimable slab info:` table. */
function slabFacts(counters: Readonly<Record<string, BalanceAmount>>, event: MemEvent): SlabFacts {
  const table = [...(event.unreclaimableSlab ?? [])].sort((a, b) => b.totalKb - a.totalKb)
  const reclaimable = counters['slab_reclaimable']?.kb ?? null
  const unreclaimable = counters['slab_unreclaimable']?.kb ?? null
  const combined = counters['slab']?.kb ?? null
  const from: SlabFacts['from'] =
    reclaimable !== null || unreclaimable !== null
      ? 'counters'
      : combined !== null
        ? 'combined'
        : table.length > 0
          ? 'table'
          : 'none'
  return {
    reclaimableKb: reclaimable,
    unreclaimableKb: unreclaimable,
    combinedKb: combined,
    from,
    topCaches: table.slice(0, 10).map((c) => ({ name: c.name, usedKb: c.usedKb, totalKb: c.totalKb, at: c.at })),
    tableTotalKb: table.length > 0 ? table.reduce((s, c) => s + c.totalKb, 0) : null,
  }
}

/** Drivers and pools the report names that hold memory outside (or inside) the counters. */
const HOLDER_PATTERNS: readonly { kind: string; name: string; re: RegExp }[] = [
  { kind: 'balloon', name: 'virtio_balloon', re: /\bvirtio_balloon\b|\bvirtballoon_/ },
  { kind: 'balloon', name: 'hv_balloon', re: /\bhv_balloon\b/ },
  { kind: 'balloon', name: 'xen balloon', re: /\bxen[-_]balloon\b|\bballoon_process\b/ },
  { kind: 'balloon', name: 'vmw_balloon', re: /\bvmw_balloon\b|\bvmware_balloon\b/ },
  { kind: 'balloon', name: 'virtio_mem', re: /\bvirtio_mem\b/ },
  { kind: 'zram', name: 'zram', re: /\bzram\d*\b/ },
  { kind: 'zswap', name: 'zswap', re: /\bzswap\b/ },
  { kind: 'kmemleak', name: 'kmemleak', re: /\bkmemleak\b/ },
]

function holders(
  event: MemEvent,
  counters: Readonly<Record<string, BalanceAmount>>,
  total: BalanceLedger | null,
): UnaccountedHolder[] {
  const out: UnaccountedHolder[] = []
  const seen = new Set<string>()
  event.lines.forEach((l, i) => {
    for (const h of HOLDER_PATTERNS) {
      if (seen.has(h.name) || !h.re.test(l.message)) continue
      seen.add(h.name)
      out.push({ kind: h.kind, name: h.name, kb: null, accounting: 'uncounted', at: [i] })
    }
  })
  const marked = reservedAfterBoot(event)
  if (marked) out.push(marked)
  // zsmalloc pages (zram / zswap pools) are counted on the zone lines from 5.x (`zspages:`).
  const zs = counters['zspages']
  if (zs && zs.kb > 0)
    out.push({ kind: 'zram', name: 'zsmalloc pool (zspages)', kb: zs.kb, accounting: 'counted', at: zs.at })
  const balloon = counters['balloon']
  if (balloon && balloon.kb > 0)
    out.push({ kind: 'balloon', name: 'Balloon', kb: balloon.kb, accounting: 'counted', at: balloon.at })
  const huge = event.hugepages.filter((h) => h.total > 0)
  if (huge.length > 0) {
    const kb = huge.reduce((s, h) => s + h.total * h.sizeKb, 0)
    out.push({ kind: 'hugetlb', name: 'hugetlb pool', kb, accounting: 'counted', at: huge.map((h) => h.at) })
  }
  // A CMA area's pages that are neither free nor in an LRU/slab counter were handed to drivers
  // (cma_alloc): at most reserved − free_cma, and at most what no counter explains.
  const attributed = total?.buckets.find((b) => b.name === CMA_BUCKET)
  const heldKb = cmaHeldKb(event, counters)
  if (attributed) {
    out.push({ kind: 'cma-held', name: 'CMA area in use', kb: attributed.kb, accounting: 'counted', at: attributed.at })
  } else if (heldKb !== null && heldKb > 0) {
    const bound = total ? Math.min(heldKb, Math.max(0, total.unaccountedKb)) : heldKb
    out.push({
      kind: 'cma-held',
      name: 'CMA area in use',
      kb: bound,
      accounting: 'bound',
      at: event.ram.at === null ? [] : [event.ram.at],
    })
  }
  return out
}

/**
 * Pages marked PG_reserved after boot. Kernels that print only `present` (before 3.8) count `reserved`
 * in show_mem by walking every page (`PageReserved`, arch show_mem / lib/show_mem.c of that era): the
 * pages outside every zone's present count (holes, the zones' mem_map) plus every page set reserved
 * later — drivers that map buffers to user space (`SetPageReserved` before `remap_pfn_range`) hold
 * memory that way, in no counter. What the report's reserved count has beyond `RAM − Σ present` is at
 * most that (the kernel image and boot allocations inside present are in it too): a bound.
 */
function reservedAfterBoot(event: MemEvent): UnaccountedHolder | null {
  const { totalPages, reservedPages, at } = event.ram
  const zones = event.zones
  if (totalPages === null || reservedPages === null || zones.length === 0) return null
  if (zones.some((z) => z.managedKb !== null || z.presentKb === null)) return null
  const presentPages = zones.reduce((s, z) => s + (z.presentKb ?? 0), 0) / event.pageSizeKb
  const outside = Math.max(0, totalPages - presentPages)
  const extra = reservedPages - outside
  if (extra <= 0) return null
  return {
    kind: 'reserved',
    name: 'pages marked reserved after boot (PG_reserved)',
    kb: extra * event.pageSizeKb,
    accounting: 'bound',
    at: at === null ? [] : [at],
  }
}

/** The bucket of CMA pages in use that no counter explains (see `attributeCma`). */
const CMA_BUCKET = 'cma_in_use'

/** CMA pages not free: the reservation (`pages cma reserved`, totalcma_pages) less free CMA, kB; null without a reservation. */
function cmaHeldKb(event: MemEvent, counters: Readonly<Record<string, BalanceAmount>>): number | null {
  const cmaPages = event.ram.cmaReservedPages
  if (cmaPages === null || cmaPages <= 0) return null
  const freeCmaKb = counters['free_cma']?.kb ?? event.zones.reduce((s, z) => s + (z.freeCmaKb ?? 0), 0)
  return cmaPages * event.pageSizeKb - freeCmaKb
}

/**
 * CMA pages a driver took (mm/cma.c `cma_alloc` → `alloc_contig_range`: pages isolated and taken out
 * of the buddy allocator) are in no vmstat counter; the reservation is known (`pages cma reserved`,
 * show_mem's totalcma_pages) and so is what of it is free (`free_cma`). The rest of the area is either
 * movable pages that borrowed CMA pageblocks — already in the LRU counters — or driver allocations. So
 * up to min(reserved − free CMA, the ledger's unaccounted rest) is CMA in use, not unexplained: it is
 * attributed as a bound, and what remains unaccounted is a lower bound of memory no one explains.
 * Machine-wide ledgers only: which zone holds the area the zone lines do not say.
 */
function attributeCma(
  event: MemEvent,
  counters: Readonly<Record<string, BalanceAmount>>,
  ledger: BalanceLedger | null,
): BalanceLedger | null {
  const heldKb = cmaHeldKb(event, counters)
  if (!ledger || heldKb === null || heldKb <= 0 || ledger.unaccountedKb <= 0) return ledger
  const kb = Math.min(heldKb, ledger.unaccountedKb)
  const at = event.ram.at === null ? ledger.managedAt : [event.ram.at]
  const bucket: BalanceBucket = { name: CMA_BUCKET, kb, at, bound: true }
  const managed = { kb: ledger.managedKb, from: ledger.managedFrom, at: ledger.managedAt }
  return closeLedger(ledger.scope, ledger.node, ledger.zone, managed, [...ledger.buckets, bucket], [...ledger.excluded])
}

function hasZoneSlab(zone: Zone): boolean {
  return 'slab_reclaimable' in zone.fields && 'slab_unreclaimable' in zone.fields
}

/**
 * The balance of one event; see the module comment. `sizes`: the model's zone sizes (kB), for zone
 * lines cut before their `managed`/`present` (the fit found them from the watermarks and reserves).
 */
export function memoryBalance(event: MemEvent, sizes: readonly ZoneSize[] = []): MemoryBalance {
  const counters = machineCounters(event)
  const sized = event.zones.filter((z) => z.managedKb !== null && z.managedKb > 0)
  const perZone = sized.length > 0 && sized.length === event.zones.length && sized.every(hasZoneSlab)
  const global = attributeCma(event, counters, globalLedger(event))
  const ledgers = perZone ? sized.map((z) => zoneLedger(event, z)) : global ? [global] : []
  const lowmem = perZone ? null : lowmemLedger(event, counters, sizes)
  const total = perZone ? sumLedgers(ledgers) : global
  const kb = (name: string): number | null => counters[name]?.kb ?? null
  const anonParts = ['active_anon', 'inactive_anon', 'isolated_anon'].map(kb).filter((x): x is number => x !== null)
  const fileParts = ['active_file', 'inactive_file', 'isolated_file'].map(kb).filter((x): x is number => x !== null)
  const shmemCheck = checkShmem(event, counters)
  const shmem = shmemCheck.kb
  const zoneFree = event.zones.length > 0 ? event.zones.reduce((s, z) => s + z.freeKb, 0) : null
  const freeFrom: MemoryBalance['freeFrom'] = Object.keys(event.counters).some((k) => k.toLowerCase() === 'free')
    ? 'global'
    : event.nodes.some((n) => n.fields['free'] !== undefined)
      ? 'nodes'
      : zoneFree !== null
        ? 'zones'
        : 'none'
  const managed = globalManaged(event)
  return {
    scope: perZone ? 'zone' : 'global',
    ledgers,
    total,
    lowmem,
    // shmem sits on the anon LRU but only swap frees it: anon proper is the rest.
    anonKb: anonParts.length > 0 ? Math.max(0, anonParts.reduce((a, b) => a + b, 0) - (shmem ?? 0)) : null,
    shmemKb: shmem,
    shmemConflict: shmemCheck.conflict,
    fileKb: fileParts.length > 0 ? fileParts.reduce((a, b) => a + b, 0) : null,
    lru: lruFacts(counters),
    slab: slabFacts(counters, event),
    holders: holders(event, counters, total),
    freeKb: freeFrom === 'global' || freeFrom === 'nodes' ? (counters['free']?.kb ?? zoneFree) : zoneFree,
    freeFrom,
    swapTotalKb: event.swap?.totalKb ?? null,
    swapFreeKb: event.swap?.freeKb ?? null,
    managed: managed ? { kb: managed.kb, at: managed.at } : null,
    counters,
  }
}

/** The machine's ledger as the sum of per-zone ledgers. */
function sumLedgers(ledgers: readonly BalanceLedger[]): BalanceLedger | null {
  if (ledgers.length === 0) return null
  const byName = new Map<string, BalanceBucket>()
  for (const l of ledgers) {
    for (const b of l.buckets) {
      const prev = byName.get(b.name)
      byName.set(b.name, prev ? { name: b.name, kb: prev.kb + b.kb, at: [...prev.at, ...b.at] } : b)
    }
  }
  const managed = {
    kb: ledgers.reduce((s, l) => s + l.managedKb, 0),
    from: 'managed' as const,
    at: ledgers.flatMap((l) => l.managedAt),
  }
  const excluded = [...new Set(ledgers.flatMap((l) => l.excluded))]
  return closeLedger('global', null, null, managed, [...byName.values()], excluded)
}

/** The LRU lists machine-wide (see `MemoryBalance.lru`): split anon/file (2.6.28+) or the older single pair. */
function lruFacts(counters: Readonly<Record<string, BalanceAmount>>): LruFacts | null {
  const split = ['active_anon', 'inactive_anon', 'active_file', 'inactive_file', 'isolated_anon', 'isolated_file']
  const names = split.some((n) => counters[n]) ? split : ['active', 'inactive']
  const parts = names.map((n) => counters[n]).filter((x): x is BalanceAmount => x !== undefined)
  if (parts.length === 0) return null
  const unevictable = counters['unevictable'] ?? null
  return {
    split: names === split,
    combinedKb: parts.reduce((s, p) => s + p.kb, 0),
    unevictableKb: unevictable?.kb ?? null,
    at: [...new Set(parts.flatMap((p) => p.at))],
  }
}

/**
 * shmem as the report supports it. The summary block (pages) and the per-node lines (kB, 4.8+) count
 * the same NR_SHMEM pages; where they disagree (a 4.9 summary printed another counter under `shmem:`,
 * 115) only the smaller figure is one both lines support, and the conflict is kept.
 */
function checkShmem(
  event: MemEvent,
  counters: Readonly<Record<string, BalanceAmount>>,
): { kb: number | null; conflict: MemoryBalance['shmemConflict'] } {
  const printed = counters['shmem'] ?? null
  const nodes = event.nodes.filter((n) => n.fields['shmem'] !== undefined && n.kbFields.includes('shmem'))
  if (!printed || nodes.length === 0) return { kb: printed?.kb ?? null, conflict: null }
  const nodesKb = nodes.reduce((sum, n) => sum + (n.fields['shmem'] ?? 0), 0)
  // The summary is in pages, the node lines in kB: they agree to the page.
  if (Math.abs(printed.kb - nodesKb) <= event.pageSizeKb) return { kb: printed.kb, conflict: null }
  return {
    kb: Math.min(printed.kb, nodesKb),
    conflict: { summaryKb: printed.kb, nodesKb, at: [...new Set([...printed.at, ...nodes.map((n) => n.at)])] },
  }
}
