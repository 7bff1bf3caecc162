/**
 * The accounting waterfall: where a zone's (or the machine's) managed memory went, counter by counter,
 * and how much is in no counter at all. This is what proves a balloon driver or a kernel leak: the
 * kernel counts free pages, LRU pages, slab, kernel stacks, page tables, bounce buffers and per-CPU
 * free lists, but not pages a driver takes straight from the buddy allocator (`alloc_pages`,
 * balloon inflation, large kmalloc before 5.9, vmalloc/percpu on most versions).
 *
 * Which scope, by what the report printed (kernel-facts §8.2):
 * - 2.6.32 → 4.x print every counter per zone (LRU, slab, kernel_stack, pagetables, bounce) → one
 *   waterfall per zone with `managed` (3.x+) on the zone line.
 * - ≈4.13+ moved slab to node counters that `show_free_areas` prints only globally; 5.9+ moved
 *   kernel_stack/pagetables to the node line → a per-zone sum is impossible, so one global waterfall:
 *   the global block (pages) plus node-line / zone-line counters the global block lacks.
 * Never added (they overlap a bucket): `mlocked` (⊂ unevictable LRU), `mapped`/`shmem`/`dirty`/
 * `writeback`/`writepending`/`unstable` (⊂ LRU), `free_cma`/`reserved_highatomic`/`free_highatomic`
 * (⊂ free), `local_pcp` (⊂ free_pcp), `anon_thp`/`shmem_thp` (⊂ anon LRU), `pagecache` (⊂ LRU).
 */
import type { LineIdx, MemEvent, Zone } from '../event/types'

/** `zone`: one waterfall per zone (zone lines carry slab); `global`: one for the machine. */
export type AccountingScope = 'zone' | 'global'

/** One counted amount of the waterfall. */
export interface AccountingBucket {
  /** The kernel's counter name (`slab_unreclaimable`, `kernel_stack`, ...). */
  readonly name: string
  readonly kb: number
  /** The report lines the value was read from. */
  readonly at: readonly LineIdx[]
}

/** managed = Σ buckets + unaccounted, for one zone or the whole machine. */
export interface AccountingWaterfall {
  readonly scope: AccountingScope
  /** Node and zone for a zone waterfall; null for the global one. */
  readonly node: number | null
  readonly zone: string | null
  readonly managedKb: number
  /** `managed` field(s); `ram-minus-reserved` (`pages RAM` − `pages reserved`); `present` (very old kernels, an upper bound). */
  readonly managedFrom: 'managed' | 'ram-minus-reserved' | 'present'
  readonly managedAt: readonly LineIdx[]
  /** Counted memory, in waterfall order (free first). */
  readonly buckets: readonly AccountingBucket[]
  readonly countedKb: number
  /** managed − counted; negative when counters drifted or zones were not printed. */
  readonly unaccountedKb: number
  /** Printed counters left out because they overlap a bucket. */
  readonly excluded: readonly string[]
}

/** The LRU lists, same names in every block. Old `active`/`inactive` are the pre-2.6.28 unsplit LRU. */
const LRU = [
  'active_anon',
  'inactive_anon',
  'active_file',
  'inactive_file',
  'active',
  'inactive',
  'unevictable',
] as const

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

/** Counters the global block never prints but node lines (5.9+) or zone lines (4.8–5.8) do, in kB. */
const LOCAL_ONLY_BUCKETS = ['kernel_stack', 'shadow_call_stack', 'writeback_tmp', 'zspages'] as const

const OVERLAPPING = [
  'mlocked',
  'mapped',
  'shmem',
  'dirty',
  'writeback',
  'writepending',
  'unstable',
  'free_cma',
  'reserved_highatomic',
  'free_highatomic',
  'local_pcp',
  'anon_thp',
  'shmem_thp',
]

/** The waterfalls for one event: per zone when the zone lines carry slab, else one global waterfall. */
export function accountingWaterfall(event: MemEvent): AccountingWaterfall[] {
  const zones = event.zones.filter((z) => z.managedKb !== null && z.managedKb > 0)
  const perZone = zones.length > 0 && zones.length === event.zones.length && zones.every(hasZoneSlab)
  if (perZone) return zones.map((z) => zoneWaterfall(event, z))
  const global = globalWaterfall(event)
  return global ? [global] : []
}

function hasZoneSlab(zone: Zone): boolean {
  return 'slab_reclaimable' in zone.fields && 'slab_unreclaimable' in zone.fields
}

function zoneFieldKb(event: MemEvent, zone: Zone, name: string): number | null {
  const value = zone.fields[name]
  if (value === undefined) return null
  return zone.kbFields.includes(name) ? value : value * event.pageSizeKb
}

function zoneWaterfall(event: MemEvent, zone: Zone): AccountingWaterfall {
  const buckets: AccountingBucket[] = []
  for (const name of ZONE_BUCKETS) {
    const kb = name === 'free' ? zone.freeKb : zoneFieldKb(event, zone, name)
    if (kb !== null) buckets.push({ name, kb, at: [zone.at] })
  }
  const managedKb = zone.managedKb ?? 0
  return finish(
    'zone',
    zone.node,
    zone.zone,
    managedKb,
    'managed',
    [zone.at],
    buckets,
    excludedOf(Object.keys(zone.fields)),
  )
}

function globalWaterfall(event: MemEvent): AccountingWaterfall | null {
  const managed = globalManaged(event)
  if (!managed) return null
  const counters = lowerKeys(event.counters)
  const buckets: AccountingBucket[] = []
  for (const name of GLOBAL_BUCKETS) {
    const pages = counters[name]
    if (pages === undefined) continue
    buckets.push({ name, kb: pages * event.pageSizeKb, at: counterLines(event, name) })
  }
  for (const name of LOCAL_ONLY_BUCKETS) {
    const fromNodes = event.nodes.filter((n) => n.fields[name] !== undefined)
    const fromZones = event.zones.filter((z) => z.fields[name] !== undefined)
    if (fromNodes.length > 0) {
      const kb = fromNodes.reduce((sum, n) => sum + (n.fields[name] ?? 0), 0)
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
  return finish('global', null, null, managed.kb, managed.from, managed.at, buckets, excludedOf(printed))
}

function globalManaged(
  event: MemEvent,
): { kb: number; from: AccountingWaterfall['managedFrom']; at: LineIdx[] } | null {
  const zones = event.zones
  const zoneManaged = zones.every((z) => z.managedKb !== null) && zones.length > 0
  const zoneSum = zones.reduce((sum, z) => sum + (z.managedKb ?? 0), 0)
  const { totalPages, reservedPages, at } = event.ram
  const ramKb = totalPages !== null && reservedPages !== null ? (totalPages - reservedPages) * event.pageSizeKb : null
  // Since 6.4 zones above the request's gfp_zone are not printed, so Σ zone managed can fall short of
  // the machine. `pages reserved` is Σ (present − managed) on ≥ 3.x, so RAM − reserved = Σ managed.
  if (zoneManaged && (ramKb === null || ramKb <= zoneSum * 1.01)) {
    return { kb: zoneSum, from: 'managed', at: zones.map((z) => z.at) }
  }
  if (ramKb !== null && ramKb > 0) return { kb: ramKb, from: 'ram-minus-reserved', at: at === null ? [] : [at] }
  const presentSum = zones.reduce((sum, z) => sum + (z.presentKb ?? 0), 0)
  if (presentSum > 0) return { kb: presentSum, from: 'present', at: zones.map((z) => z.at) }
  return null
}

function finish(
  scope: AccountingScope,
  node: number | null,
  zone: string | null,
  managedKb: number,
  managedFrom: AccountingWaterfall['managedFrom'],
  managedAt: readonly LineIdx[],
  buckets: AccountingBucket[],
  excluded: string[],
): AccountingWaterfall {
  const countedKb = buckets.reduce((sum, b) => sum + b.kb, 0)
  return {
    scope,
    node,
    zone,
    managedKb,
    managedFrom,
    managedAt,
    buckets,
    countedKb,
    unaccountedKb: managedKb - countedKb,
    excluded,
  }
}

function excludedOf(printed: readonly string[]): string[] {
  const set = new Set(printed.map((p) => p.toLowerCase()))
  return OVERLAPPING.filter((name) => set.has(name))
}

function lowerKeys(record: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [key, value] of Object.entries(record)) out[key.toLowerCase()] = value
  return out
}

/** The Mem-Info line(s) that printed a global counter (falls back to all of them). */
export function counterLines(event: MemEvent, name: string): LineIdx[] {
  const pattern = new RegExp(`(^|\\s)${name.replace(/[()]/g, '\\$&')}:`, 'i')
  const hit = event.countersAt.find((idx) => pattern.test(event.lines[idx]?.message ?? ''))
  if (hit !== undefined) return [hit]
  return event.countersAt.slice(0, 1)
}

/** Sum of the named buckets of a waterfall, in kB. */
export function bucketKb(waterfall: AccountingWaterfall, names: readonly string[]): number {
  return waterfall.buckets.filter((b) => names.includes(b.name)).reduce((sum, b) => sum + b.kb, 0)
}
