/**
 * The timeline: events by kind on one lane each, and counter lanes (MemFree, Slab, ...) sampled from
 * /proc/meminfo snapshots and from the Mem-Info block of each event, on one time axis.
 */
import type { MeminfoSnapshot, Snapshot } from '../event/snapshot'
import type { EventKind, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import { CHART_COLORS, SERIES_CYCLE } from './chart-colors'
import type { TimelineCounterLane, TimelineEventLane, TimelineSpec } from './chart-spec-types'
import type { MessageKey } from './i18n/en'
import { t } from './i18n/translate'

const KINDS: readonly EventKind[] = ['oom', 'memcg-oom', 'alloc-failure']

/** meminfo name → the Mem-Info counters (pages) that make it up in an OOM report. */
const COUNTERS: readonly { readonly id: string; readonly fromEvent: readonly string[] }[] = [
  { id: 'MemFree', fromEvent: ['free'] },
  { id: 'Slab', fromEvent: ['slab_reclaimable', 'slab_unreclaimable'] },
  { id: 'SUnreclaim', fromEvent: ['slab_unreclaimable'] },
  { id: 'AnonPages', fromEvent: ['active_anon', 'inactive_anon'] },
  { id: 'PageTables', fromEvent: ['pagetables'] },
  { id: 'Shmem', fromEvent: ['shmem'] },
]

function eventMs(event: MemEvent, base: 'wall' | 'uptime'): number | null {
  if (base === 'wall') {
    const ms = event.time ? Date.parse(event.time) : NaN
    return Number.isFinite(ms) ? ms : null
  }
  return event.uptime === null ? null : event.uptime * 1000
}

function eventCounterKb(event: MemEvent, names: readonly string[]): number | null {
  const values = names.map((n) => event.counters[n])
  if (values.some((v) => v === undefined)) return null
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0) * event.pageSizeKb
}

/** Build the timeline spec for a case's events and snapshots. */
export function buildTimelineSpec(
  events: readonly MemEvent[],
  snapshots: readonly Snapshot[],
  lang: Lang = 'en',
): TimelineSpec {
  const timeBase = events.some((e) => eventMs(e, 'wall') !== null) || events.length === 0 ? 'wall' : 'uptime'
  const eventLanes: TimelineEventLane[] = KINDS.map((kind) => ({
    id: kind,
    label: t(lang, `kind.${kind}` as MessageKey),
    color: CHART_COLORS[kind],
    points: events.flatMap((e) => {
      const tMs = eventMs(e, timeBase)
      const who = e.killed ? `${e.killed.comm} (${e.killed.pid})` : (e.trigger.comm ?? '')
      return e.kind === kind && tMs !== null ? [{ eventId: e.id, tMs, label: `${e.id} ${who}`.trim() }] : []
    }),
  })).filter((lane) => lane.points.length > 0)

  const meminfo =
    timeBase === 'wall' ? snapshots.filter((s): s is MeminfoSnapshot => s.kind === 'meminfo' && s.time !== null) : []
  const counterLanes: TimelineCounterLane[] = COUNTERS.map((c, i) => {
    const fromSnapshots = meminfo.flatMap((s) => {
      const kb = s.data.values[c.id] ?? null
      const tMs = Date.parse(s.time ?? '')
      return kb !== null && Number.isFinite(tMs) ? [{ tMs, kb, from: 'snapshot' as const }] : []
    })
    const fromEvents = events.flatMap((e) => {
      const kb = eventCounterKb(e, c.fromEvent)
      const tMs = eventMs(e, timeBase)
      return kb !== null && tMs !== null ? [{ tMs, kb, from: 'event' as const }] : []
    })
    const samples = [...fromSnapshots, ...fromEvents].sort((a, b) => a.tMs - b.tMs)
    // meminfo's own field names label the lanes in every language, as the kernel prints them.
    const label = c.id
    return { id: c.id, label, unit: 'kB' as const, color: SERIES_CYCLE[i % SERIES_CYCLE.length] ?? '#000', samples }
  }).filter((lane) => lane.samples.length > 0)

  const all = [
    ...eventLanes.flatMap((l) => l.points.map((p) => p.tMs)),
    ...counterLanes.flatMap((l) => l.samples.map((s) => s.tMs)),
  ]
  return {
    kind: 'timeline',
    title: t(lang, 'chart.timeline.title'),
    timeBase,
    // reduce, not Math.min(...all): a case can carry more samples than a call has argument slots.
    startMs: all.length ? all.reduce((a, b) => Math.min(a, b)) : null,
    endMs: all.length ? all.reduce((a, b) => Math.max(a, b)) : null,
    eventLanes,
    counterLanes,
  }
}
