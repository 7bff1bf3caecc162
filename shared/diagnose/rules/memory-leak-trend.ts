/**
 * memory-leak-trend — available memory (MemAvailable, or MemFree on kernels without it) falling, or
 * unreclaimable slab growing, steadily across /proc/meminfo snapshots or reports taken over time (the
 * method of seed 001: watch MemFree every few seconds and see it fall). Every point is cited on the
 * line that printed it.
 * A leak is a trend, so it needs at least three points in time, every step in the same direction, and
 * a total change large enough to matter.
 */
import type { MemEvent } from '../../event/types'
import { type MeminfoSnapshot, type Snapshot, snapshotLine } from '../../event/snapshot'
import { evidenceOf } from '../build-finding'
import type { CaseFindingSpec } from '../build-case-finding'
import { machineCounters, memoryBalance } from '../../model/memory-balance'
import type { Evidence } from '../types'

/**
 * A leak is a trend: two points make a line through any pair of numbers, three or more each going the
 * same way are a direction.
 */
const MIN_POINTS = 3
/**
 * The total change must be ≥ 10 % of the machine's memory (MemTotal, or the managed pages of the
 * reports): a workload's working set and the page cache swing by a few percent between samples; a loss
 * of a tenth of RAM that never comes back is what leads to an OOM kill, and is relative to machine size.
 */
const MIN_CHANGE_SHARE = 0.1

/**
 * When unreclaimable slab grew by at least half of what available memory lost, over the same samples
 * of the same source, the slab finding already says where the memory went: the finding about the
 * falling available memory would report the same loss again, less precisely, and is left out.
 */
const EXPLAINED_SHARE = 0.5

/** `available`: MemAvailable where the kernel prints it, else MemFree (see availableKey). */
type MeminfoKey = 'available' | 'SUnreclaim'

/** One counter over time from one source (a meminfo file's node, or the reports). */
interface Series {
  readonly source: string
  readonly falling: boolean
  readonly points: readonly Point[]
}

interface Trend extends Series {
  readonly first: Point
  readonly last: Point
}

interface Point {
  readonly t: number
  /** The counter's name as printed (`MemAvailable`, `MemFree`, `SUnreclaim`, `slab_unreclaimable`). */
  readonly name: string
  readonly kb: number
  readonly totalKb: number
  readonly evidence: Evidence | null
}

/** Steady loss of available memory or unreclaimable slab growth across snapshots or reports over time. */
export function memoryLeakTrend(events: readonly MemEvent[], snapshots: readonly Snapshot[]): CaseFindingSpec[] {
  const series: Series[] = [
    ...meminfoSeries(snapshots, 'available', true),
    ...meminfoSeries(snapshots, 'SUnreclaim', false),
    { source: 'reports', falling: false, points: eventPoints(events, 'slab_unreclaimable') },
  ]
  const trends = series.flatMap((s): Trend[] => {
    const points = [...s.points].sort((a, b) => a.t - b.t)
    const ends = steadyTrend(points, s.falling)
    return ends ? [{ ...s, points, ...ends }] : []
  })
  const explainedBySlab = (t: Trend): boolean =>
    t.falling &&
    trends.some(
      (o) =>
        !o.falling && o.source === t.source && o.last.kb - o.first.kb >= (t.first.kb - t.last.kb) * EXPLAINED_SHARE,
    )
  const out: CaseFindingSpec[] = []
  for (const trend of trends) {
    if (explainedBySlab(trend)) continue
    const { falling, points } = trend
    const name = trend.first.name
    out.push({
      code: 'memory-leak-trend',
      detailKey: falling ? 'finding.memory-leak-trend.detail-free' : 'finding.memory-leak-trend.detail-slab',
      params: {
        name,
        count: points.length,
        from: trend.first.kb,
        to: trend.last.kb,
        change: Math.abs(trend.last.kb - trend.first.kb),
        hours: (trend.last.t - trend.first.t) / 3600,
      },
      evidence: points.map((p) => p.evidence),
      facts: points.map((p) => ({
        name,
        value: p.kb,
        unit: 'kB' as const,
        from: p.evidence ? [{ path: p.evidence.path, line: p.evidence.line }] : [],
      })),
      recs: [{ key: falling ? 'rec.memory-leak-trend.free' : 'rec.memory-leak-trend.slab' }],
    })
  }
  return out
}

/** The first and last point when every step of the time-ordered `sorted` goes one way and far enough. */
function steadyTrend(sorted: readonly Point[], falling: boolean): { first: Point; last: Point } | null {
  if (sorted.length < MIN_POINTS) return null
  const steady = sorted.every(
    (p, i) => i === 0 || (falling ? p.kb <= (sorted[i - 1]?.kb ?? p.kb) : p.kb >= (sorted[i - 1]?.kb ?? p.kb)),
  )
  const first = sorted[0]
  const last = sorted[sorted.length - 1]
  if (!steady || !first || !last || first.totalKb <= 0) return null
  return Math.abs(last.kb - first.kb) >= first.totalKb * MIN_CHANGE_SHARE ? { first, last } : null
}

/** Reports of one machine over time: the counter in kB at each report's time. */
function eventPoints(events: readonly MemEvent[], name: string): Point[] {
  return events.flatMap((event) => {
    const t = event.time !== null ? Date.parse(event.time) / 1000 : event.uptime
    const value = machineCounters(event)[name]
    const totalKb = memoryBalance(event).total?.managedKb ?? 0
    if (t === null || !Number.isFinite(t) || !value || totalKb <= 0) return []
    const at = value.at[0]
    const evidence = at === undefined ? null : evidenceOf(event, at, name)
    return [{ t, name, kb: value.kb, totalKb, evidence }]
  })
}

/**
 * meminfo snapshots with a time, one series per meminfo source (the machine's /proc/meminfo, or one
 * NUMA node's) and counter: the value of `key` in kB at each time, cited on the line that printed it.
 * MemAvailable and MemFree samples (a kernel upgrade between samples) are different measures: two series.
 */
function meminfoSeries(snapshots: readonly Snapshot[], key: MeminfoKey, falling: boolean): Series[] {
  const series = new Map<string, { source: string; points: Point[] }>()
  for (const snap of snapshots) {
    if (snap.kind !== 'meminfo' || snap.time === null) continue
    const name = key === 'available' ? availableKey(snap) : key
    const value = snap.data.values[name]
    const total = snap.data.values['MemTotal']
    const t = Date.parse(snap.time) / 1000
    if (value === undefined || total === undefined || !Number.isFinite(t)) continue
    const source = `meminfo node ${snap.data.node ?? 'all'}`
    const one = series.get(`${source} ${name}`) ?? { source, points: [] }
    one.points.push({ t, name, kb: value, totalKb: total, evidence: meminfoEvidence(snap, name) })
    series.set(`${source} ${name}`, one)
  }
  return [...series.values()].map((s) => ({ ...s, falling }))
}

/**
 * Which meminfo line says how much memory is left. MemFree alone also falls while the page cache
 * fills, which is the kernel using idle memory, not losing it. MemAvailable (3.14+, commit
 * 34e431b0ae39; `si_mem_available`, mm/page_alloc.c, mm/show_mem.c from 6.4) adds back the file LRU
 * and reclaimable slab the kernel can take back and subtracts the zones' low watermarks: a leak is a
 * fall of that estimate. Kernels before 3.14 print no MemAvailable; MemFree is all there is.
 */
function availableKey(snap: MeminfoSnapshot): string {
  return snap.data.values['MemAvailable'] !== undefined ? 'MemAvailable' : 'MemFree'
}

function meminfoEvidence(snap: MeminfoSnapshot, key: string): Evidence | null {
  const at = snap.lineOf.values[key]
  const line = at === undefined ? null : snapshotLine(snap, at)
  return line === null ? null : { path: snap.path, line: line.line, text: line.text, role: key }
}
