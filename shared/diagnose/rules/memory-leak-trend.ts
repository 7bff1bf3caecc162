/**
 * memory-leak-trend — MemFree falling, or unreclaimable slab growing, steadily across snapshots or
 * reports taken over time (the method of seed 001: watch MemFree every few seconds and see it fall).
 * A leak is a trend, so it needs at least three points in time, every step in the same direction, and
 * a total change large enough to matter.
 */
import type { MemEvent, Snapshot } from '../../event/types'
import type { Lang } from '../../i18n/lang'
import { evidenceOf } from '../build-finding'
import { buildCaseFinding } from '../build-case-finding'
import { machineCounters, memoryBalance } from '../../model/memory-balance'
import type { Evidence, Finding } from '../types'

const MIN_POINTS = 3
/** The total change must be ≥ 10 % of memory: smaller drifts are page cache and workload noise. */
const MIN_CHANGE_SHARE = 0.1

interface Point {
  readonly t: number
  readonly kb: number
  readonly totalKb: number
  readonly evidence: Evidence | null
}

/** Steady MemFree loss or unreclaimable slab growth across snapshots or reports over time. */
export function memoryLeakTrend(events: readonly MemEvent[], snapshots: readonly Snapshot[], lang: Lang): Finding[] {
  const out: Finding[] = []
  const series: { name: string; falling: boolean; points: Point[] }[] = [
    { name: 'MemFree', falling: true, points: meminfoPoints(snapshots, 'MemFree') },
    { name: 'SUnreclaim', falling: false, points: meminfoPoints(snapshots, 'SUnreclaim') },
    { name: 'slab_unreclaimable', falling: false, points: eventPoints(events, 'slab_unreclaimable') },
  ]
  for (const { name, falling, points } of series) {
    const trend = steadyTrend(points, falling)
    if (!trend) continue
    const finding = buildCaseFinding(lang, {
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
    if (finding) out.push(finding)
  }
  return out
}

function steadyTrend(points: readonly Point[], falling: boolean): { first: Point; last: Point } | null {
  if (points.length < MIN_POINTS) return null
  const sorted = [...points].sort((a, b) => a.t - b.t)
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
    return [{ t, kb: value.kb, totalKb, evidence: at === undefined ? null : evidenceOf(event, at, name) }]
  })
}

/** meminfo snapshots with a time: `data` keeps the kernel's field names (kB); lines when the parser kept them. */
function meminfoPoints(snapshots: readonly Snapshot[], key: string): Point[] {
  return snapshots.flatMap((snap) => {
    if (snap.kind !== 'meminfo' || snap.time === null) return []
    const value = numberField(snap.data, key)
    const total = numberField(snap.data, 'MemTotal')
    const t = Date.parse(snap.time) / 1000
    if (value === null || total === null || !Number.isFinite(t)) return []
    return [{ t, kb: value, totalKb: total, evidence: snapshotEvidence(snap, key) }]
  })
}

function numberField(data: unknown, key: string): number | null {
  if (typeof data !== 'object' || data === null) return null
  const record = data as Record<string, unknown>
  const direct = record[key]
  if (typeof direct === 'number') return direct
  // The parser's MeminfoData keeps the values under `values` (kB for the ` kB` keys).
  for (const container of ['values', 'fields']) {
    const nested = record[container]
    if (typeof nested === 'object' && nested !== null) {
      const value = (nested as Record<string, unknown>)[key]
      if (typeof value === 'number') return value
    }
  }
  return null
}

/** The snapshot line that printed `key:` when the parser kept its lines (`data.lines: { line, text }[]`). */
function snapshotEvidence(snap: Snapshot, key: string): Evidence | null {
  // Lines kept by the parser, on the snapshot itself or inside its data.
  const lines = (snap as { lines?: unknown }).lines ?? (snap.data as { lines?: unknown } | null)?.lines
  if (!Array.isArray(lines)) return null
  for (const item of lines) {
    const { line, text } = (item ?? {}) as { line?: unknown; text?: unknown }
    if (typeof line === 'number' && typeof text === 'string' && text.startsWith(`${key}:`))
      return { path: snap.path, line, text, role: key }
  }
  return null
}
