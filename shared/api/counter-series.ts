/**
 * Timeline counter lanes from /proc/meminfo snapshots. Only dated snapshots count: a lane is a
 * line over time, and an undated sample has no place on it.
 */
import type { Snapshot } from '../event/types'
import type { CounterSeries } from './api-types'

/** The meminfo counters worth a lane, spelled as /proc/meminfo spells them. */
export const COUNTER_LANE_NAMES = [
  'MemFree',
  'MemAvailable',
  'Cached',
  'Shmem',
  'AnonPages',
  'Slab',
  'SUnreclaim',
  'PageTables',
  'SwapFree',
  'CmaFree',
] as const

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A meminfo snapshot's counters in kB. The parser's data shape is its own; accept the plain forms
 * (`{ MemFree: 123 }`, `{ MemFree: { kb: 123 } }`, either under `values`/`fields`/`counters`; the parser's
 * MeminfoData is `{ values }`) and skip anything else.
 */
function meminfoKb(data: unknown): Record<string, number> {
  const root = isRecord(data) ? data : {}
  const table = [root.values, root.fields, root.counters, root.kb, root].find(isRecord) ?? {}
  const out: Record<string, number> = {}
  for (const [name, raw] of Object.entries(table)) {
    const value = isRecord(raw) ? (raw.kb ?? raw.valueKb ?? raw.value) : raw
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value
  }
  return out
}

/** One series per {@link COUNTER_LANE_NAMES} counter present in at least one dated meminfo snapshot. */
export function counterSeries(snapshots: readonly Snapshot[]): CounterSeries[] {
  const dated = snapshots
    .filter((s) => s.kind === 'meminfo' && s.time !== null && !Number.isNaN(Date.parse(s.time)))
    .map((s) => ({ time: s.time as string, path: s.path, kb: meminfoKb(s.data) }))
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time))
  return COUNTER_LANE_NAMES.flatMap((name) => {
    const samples = dated.flatMap((s) => {
      const kb = s.kb[name]
      return kb === undefined ? [] : [{ time: s.time, kb, path: s.path }]
    })
    return samples.length ? [{ name, unit: 'kB' as const, samples }] : []
  })
}
