/**
 * What the snapshot view shows of one machine state (a /proc capture): each zone's free memory
 * against its watermarks — as printed, and as the kernel would set them for changed vm sysctls (the
 * model's live recompute, `recomputeSnapshotWatermarks`) — the free lists by migrate type, and
 * /proc/meminfo as a waterfall. Plain data in kB; the renderer draws it, tests read it.
 */
import type {
  BuddyinfoSnapshot,
  MeminfoSnapshot,
  PagetypeinfoSnapshot,
  Snapshot,
  SysctlSnapshot,
  ZoneinfoSnapshot,
} from '../event/snapshot'
import type { Lang } from '../i18n/lang'
import { glossaryKey } from '../i18n/glossary'
import { recomputeSnapshotWatermarks, vmSysctls, zoneinfoZones } from '../model'
import type { VmSysctls } from '../model/snapshot-watermarks'
import { buildAccountingChartSpec } from './accounting-chart-spec'
import type { AccountingChartSpec } from './chart-spec-types'
import { zoneLabel } from '../event/zone-label'

/** One machine state's snapshots and the kernel to recompute them for (the API's `SnapshotSet` is one). */
export interface SnapshotSet {
  readonly snapshots: readonly Snapshot[]
  /** Release string (`uname -r`); null: the latest kernel's rules. */
  readonly kernelVersion: string | null
}

/** The vm sysctls the snapshot what-if moves; absent = as captured. */
export interface SnapshotScenario {
  readonly min_free_kbytes?: number
  readonly watermark_scale_factor?: number
}

/**
 * Where a zone's free memory stands against its watermarks (the kernel's own three lines); `empty`
 * for a zone with no managed memory (an unpopulated Movable or Device zone), where none applies.
 */
export type WatermarkLevel = 'above-high' | 'above-low' | 'above-min' | 'below-min' | 'empty'

export interface SnapshotZoneRow {
  readonly key: string
  readonly node: number
  readonly zone: string
  readonly freeKb: number
  readonly managedKb: number | null
  /** As /proc/zoneinfo printed them. */
  readonly printed: { readonly minKb: number; readonly lowKb: number; readonly highKb: number }
  /** For the scenario (the printed ones when the recompute cannot run). */
  readonly minKb: number
  readonly lowKb: number
  readonly highKb: number
  readonly level: WatermarkLevel
  /** free − high (negative: below high by that much). */
  readonly marginKb: number
}

export interface SnapshotZones {
  readonly rows: readonly SnapshotZoneRow[]
  /** The sysctls captured with the state, or null (no /proc/sys/vm: the what-if cannot run). */
  readonly recorded: VmSysctls | null
  /** Does the recompute with the recorded sysctls give zoneinfo's own watermarks, zone by zone? */
  readonly recomputeMatches: readonly boolean[] | null
  readonly pageSizeKb: number
}

export interface BuddyTypeRow {
  /** Migrate type as /proc/pagetypeinfo prints it (`Unmovable`, `Movable`, `CMA`...), or null for buddyinfo's totals. */
  readonly type: string | null
  readonly counts: readonly number[]
  /** Free kB in each order (count × block size). */
  readonly kb: readonly number[]
  readonly totalKb: number
}

export interface BuddyZone {
  readonly key: string
  readonly node: number
  readonly zone: string
  readonly maxOrder: number
  readonly rows: readonly BuddyTypeRow[]
}

const find = <K extends Snapshot['kind']>(state: SnapshotSet, kind: K) =>
  state.snapshots.filter((s): s is Extract<Snapshot, { kind: K }> => s.kind === kind)

/**
 * The page size, from the capture itself: MemFree (kB) over the zones' free pages, which count the
 * same free memory. 4 kB when the capture lacks either, or the ratio is no power of two.
 */
export function snapshotPageSizeKb(state: SnapshotSet): number {
  const meminfo = find(state, 'meminfo').find((m) => m.data.node === null)
  const zoneinfo = find(state, 'zoneinfo')[0]
  const freeKb = meminfo?.data.values['MemFree']
  const freePages = zoneinfo?.data.zones.reduce((n, z) => n + (z.fields['free'] ?? z.fields['nr_free_pages'] ?? 0), 0)
  if (!freeKb || !freePages) return 4
  const ratio = freeKb / freePages
  const page = 2 ** Math.round(Math.log2(ratio))
  // Files of one capture are read a moment apart: allow a few percent of drift, not more.
  return Math.abs(ratio - page) / page < 0.05 && page >= 4 && page <= 256 ? page : 4
}

function level(freeKb: number, minKb: number, lowKb: number, highKb: number): WatermarkLevel {
  if (freeKb > highKb) return 'above-high'
  if (freeKb > lowKb) return 'above-low'
  if (freeKb > minKb) return 'above-min'
  return 'below-min'
}

/** Zones against their watermarks, for the scenario (null: as captured). */
export function snapshotZones(state: SnapshotSet, scenario: SnapshotScenario | null): SnapshotZones {
  const pageSizeKb = snapshotPageSizeKb(state)
  const zoneinfo: ZoneinfoSnapshot | undefined = find(state, 'zoneinfo')[0]
  const zones = zoneinfo ? zoneinfoZones(zoneinfo.data) : []
  const sysctls: readonly SysctlSnapshot[] = find(state, 'sysctl')
  const recorded = vmSysctls(sysctls.map((s) => s.data))
  const settings = recorded && { ...recorded, ...scenario }
  const asRecorded =
    recorded && zones.length ? recomputeSnapshotWatermarks(zones, recorded, state.kernelVersion, pageSizeKb) : null
  const live =
    settings && zones.length ? recomputeSnapshotWatermarks(zones, settings, state.kernelVersion, pageSizeKb) : null
  const moved = scenario !== null && Object.keys(scenario).length > 0
  const rows = zones.map((z, i): SnapshotZoneRow => {
    const printed = { minKb: z.min * pageSizeKb, lowKb: z.low * pageSizeKb, highKb: z.high * pageSizeKb }
    const marks = moved ? live?.zones[i] : undefined
    const now = marks ? { minKb: marks.minKb, lowKb: marks.lowKb, highKb: marks.highKb } : printed
    const freeKb = z.free * pageSizeKb
    return {
      key: zoneLabel(z),
      node: z.node,
      zone: z.zone,
      freeKb,
      managedKb: z.managed === null ? null : z.managed * pageSizeKb,
      printed,
      ...now,
      level: z.managed === 0 ? 'empty' : level(freeKb, now.minKb, now.lowKb, now.highKb),
      marginKb: freeKb - now.highKb,
    }
  })
  return { rows, recorded, recomputeMatches: asRecorded?.matches ?? null, pageSizeKb }
}

/** Free lists per zone: by migrate type from /proc/pagetypeinfo, else buddyinfo's totals per order. */
export function snapshotBuddy(state: SnapshotSet): BuddyZone[] {
  const pageSizeKb = snapshotPageSizeKb(state)
  const blockKb = (order: number) => pageSizeKb * 2 ** order
  const rowOf = (type: string | null, counts: readonly number[]): BuddyTypeRow => {
    const kb = counts.map((c, order) => c * blockKb(order))
    return { type, counts, kb, totalKb: kb.reduce((a, b) => a + b, 0) }
  }
  const pagetype: PagetypeinfoSnapshot | undefined = find(state, 'pagetypeinfo')[0]
  if (pagetype && pagetype.data.free.length > 0) {
    const zones = new Map<string, { node: number; zone: string; rows: BuddyTypeRow[] }>()
    for (const f of pagetype.data.free) {
      const key = zoneLabel(f)
      const entry = zones.get(key) ?? { node: f.node, zone: f.zone, rows: [] }
      entry.rows.push(rowOf(f.type, f.counts))
      zones.set(key, entry)
    }
    return [...zones].map(([key, z]) => ({
      key,
      ...z,
      maxOrder: Math.max(0, ...z.rows.map((r) => r.counts.length - 1)),
    }))
  }
  const buddy: BuddyinfoSnapshot | undefined = find(state, 'buddyinfo')[0]
  return (buddy?.data.zones ?? []).map((z) => ({
    key: zoneLabel(z),
    node: z.node,
    zone: z.zone,
    maxOrder: z.counts.length - 1,
    rows: [rowOf(null, z.counts)],
  }))
}

/**
 * /proc/meminfo as a waterfall from MemTotal: each disjoint use the kernel counts (fs/proc/meminfo.c,
 * Documentation/filesystems/proc.rst), down to what no field explains. Cached includes Shmem, so
 * the page cache is shown as Cached − Shmem beside Shmem; hugetlb pages are HugePages_Total ×
 * Hugepagesize. Null without a whole-machine meminfo.
 */
export function meminfoWaterfall(state: SnapshotSet, lang: Lang): AccountingChartSpec | null {
  const meminfo: MeminfoSnapshot | undefined = find(state, 'meminfo').find((m) => m.data.node === null)
  const v = meminfo?.data.values
  const total = v?.['MemTotal']
  if (!v || total === undefined) return null
  const kb = (name: string) => v[name] ?? 0
  // Each bar with the meminfo field the glossary explains (Cached less Shmem is Cached's; HugeTLB the pool's).
  const field = (name: string, kbOf: number, term = name) => ({ name, kb: kbOf, term: glossaryKey('meminfo', term) })
  const buckets = [
    field('MemFree', kb('MemFree')),
    field('AnonPages', kb('AnonPages')),
    field('Cached − Shmem', Math.max(0, kb('Cached') - kb('Shmem')), 'Cached'),
    field('Shmem', kb('Shmem')),
    field('Buffers', kb('Buffers')),
    field('SwapCached', kb('SwapCached')),
    field('SReclaimable', kb('SReclaimable')),
    field('SUnreclaim', kb('SUnreclaim')),
    field('KernelStack', kb('KernelStack')),
    field('PageTables', kb('PageTables')),
    field('Percpu', kb('Percpu')),
    field('HugeTLB', kb('HugePages_Total') * kb('Hugepagesize'), 'HugePages_Total'),
  ]
  const counted = buckets.reduce((n, b) => n + b.kb, 0)
  const spec = buildAccountingChartSpec(
    {
      node: null,
      zone: null,
      managedKb: total,
      totalTerm: 'meminfo:MemTotal',
      buckets,
      unaccountedKb: total - counted,
    },
    lang,
  )
  // The waterfall starts at MemTotal (what meminfo calls the machine's usable RAM), not at a zone's managed.
  return { ...spec, steps: spec.steps.map((s) => (s.role === 'total' ? { ...s, label: 'MemTotal' } : s)) }
}
