/**
 * The timeline: one lane per host with its events (coloured by kind), and counter lanes (MemFree,
 * Slab, ...) sampled from /proc/meminfo snapshots and from the Mem-Info block of each event, one lane
 * per counter and host — a counter is never drawn as one line across two machines.
 */
import type { MeminfoSnapshot, Snapshot } from '../event/snapshot'
import type { EventKind, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import { CHART_COLORS, SERIES_CYCLE } from './chart-colors'
import type { LegendItem, TimelineCounterLane, TimelineEventLane, TimelineSpec } from './chart-spec-types'
import { isoHasZone, wallClockMs } from './format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'

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

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** Spans longer than this are labelled by date alone. */
const DATES_ONLY_SPAN = 3 * DAY
/** Tick steps an axis may use, each a round unit of the one before. */
const TICK_STEPS = [
  1000,
  5000,
  15_000,
  30_000,
  MINUTE,
  5 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
]
/** Beyond two-week steps, ticks fall on the first of a month: every 1, 3, 6 months, then whole years. */
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200]
/** A month as the step chooser counts it (ticks themselves fall on real calendar months). */
const AVERAGE_MONTH = 30.44 * DAY

/** First-of-month ticks every `months`, at month indexes divisible by it (so years start on January). */
function monthTicks(startMs: number, endMs: number, months: number): number[] {
  const start = new Date(startMs)
  let index = start.getUTCFullYear() * 12 + start.getUTCMonth()
  if (Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1) < startMs) index += 1
  index = Math.ceil(index / months) * months
  const ticks: number[] = []
  for (let tick = Date.UTC(Math.floor(index / 12), index % 12, 1); tick <= endMs;) {
    ticks.push(tick)
    index += months
    tick = Date.UTC(Math.floor(index / 12), index % 12, 1)
  }
  return ticks
}

/**
 * Ticks on round times between `startMs` and `endMs`: the smallest step from {@link TICK_STEPS} that
 * gives at most `maxTicks`, at its multiples (wall times are placed as the log's clock read as UTC,
 * so day steps fall on the log's midnights); over months, firsts of months and Januaries. At least
 * the start itself for a single instant.
 */
export function timeTicks(startMs: number, endMs: number, maxTicks = 8): number[] {
  if (!(endMs > startMs)) return Number.isFinite(startMs) ? [startMs] : []
  const span = endMs - startMs
  // Over days the labels are dates (formatTimelineTick), so the ticks are whole days too.
  const steps = span > DATES_ONLY_SPAN ? TICK_STEPS.filter((s) => s >= DAY) : TICK_STEPS
  const step = steps.find((s) => span / s <= maxTicks)
  if (step === undefined) {
    const months =
      MONTH_STEPS.find((m) => span / (m * AVERAGE_MONTH) <= maxTicks) ?? Math.ceil(span / maxTicks / AVERAGE_MONTH)
    return monthTicks(startMs, endMs, months)
  }
  const ticks: number[] = []
  for (let tick = Math.ceil(startMs / step) * step; tick <= endMs; tick += step) ticks.push(tick)
  return ticks
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A tick label as the log's own clock reads it (wall ms are the printed clock read as UTC, see
 * `wallClockMs`): the date alone over days, date and minute over hours, the time to the second
 * over minutes. Uptime ticks in seconds after boot.
 */
export function formatTimelineTick(ms: number, base: 'wall' | 'uptime', spanMs: number): string {
  if (base === 'uptime') return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`
  const d = new Date(ms)
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
  const hm = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  if (spanMs > DATES_ONLY_SPAN) return day
  return spanMs > 2 * HOUR ? `${day} ${hm}` : `${hm}:${pad(d.getUTCSeconds())}`
}

function eventMs(event: MemEvent, base: 'wall' | 'uptime'): number | null {
  if (base === 'wall') {
    const ms = event.time ? wallClockMs(event.time) : NaN
    return Number.isFinite(ms) ? ms : null
  }
  return event.uptime === null ? null : event.uptime * 1000
}

function eventCounterKb(event: MemEvent, names: readonly string[]): number | null {
  const values = names.map((n) => event.counters[n])
  if (values.some((v) => v === undefined)) return null
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0) * event.pageSizeKb
}

/** Hosts in order of their first event; `null` stands for events whose log names none. */
function hostsOf(events: readonly MemEvent[]): (string | null)[] {
  return [...new Set(events.map((e) => e.host))]
}

/** Build the timeline spec for a case's events and snapshots. */
export function buildTimelineSpec(
  events: readonly MemEvent[],
  snapshots: readonly Snapshot[],
  lang: Lang = 'en',
): TimelineSpec {
  const timeBase = events.some((e) => eventMs(e, 'wall') !== null) || events.length === 0 ? 'wall' : 'uptime'
  const hosts = hostsOf(events)
  const named = hosts.filter((h): h is string => h !== null)
  const eventLanes: TimelineEventLane[] = hosts
    .map((host) => ({
      id: `host:${host ?? ''}`,
      host,
      label: '',
      points: events.flatMap((e) => {
        const tMs = eventMs(e, timeBase)
        const who = e.killed ? `${e.killed.comm} (${e.killed.pid})` : (e.trigger.comm ?? '')
        return e.host === host && tMs !== null
          ? [{ eventId: e.id, tMs, label: `${e.id} ${who}`.trim(), kind: e.kind, color: CHART_COLORS[e.kind] }]
          : []
      }),
    }))
    .filter((lane) => lane.points.length > 0)

  // Snapshots name no host: with one host in the case they are that host's; with several, a lane of their own.
  const snapshotHost = named.length === 1 ? (named[0] ?? null) : null
  const meminfo =
    timeBase === 'wall' ? snapshots.filter((s): s is MeminfoSnapshot => s.kind === 'meminfo' && s.time !== null) : []
  const laneHosts = [...new Set([...hosts, ...(meminfo.length ? [snapshotHost] : [])])]
  const severalHosts = laneHosts.length > 1
  const counterLanes: TimelineCounterLane[] = COUNTERS.flatMap((c, i) =>
    laneHosts.map((host) => {
      const fromSnapshots = (host === snapshotHost ? meminfo : []).flatMap((s) => {
        const kb = s.data.values[c.id] ?? null
        const tMs = wallClockMs(s.time ?? '')
        return kb !== null && Number.isFinite(tMs) ? [{ tMs, kb, from: 'snapshot' as const }] : []
      })
      const fromEvents = events.flatMap((e) => {
        const kb = e.host === host ? eventCounterKb(e, c.fromEvent) : null
        const tMs = eventMs(e, timeBase)
        return kb !== null && tMs !== null ? [{ tMs, kb, from: 'event' as const }] : []
      })
      const samples = [...fromSnapshots, ...fromEvents].sort((a, b) => a.tMs - b.tMs)
      return {
        id: severalHosts ? `${c.id}@${host ?? ''}` : c.id,
        counter: c.id,
        host,
        label: '',
        unit: 'kB' as const,
        color: SERIES_CYCLE[i % SERIES_CYCLE.length] ?? '#000',
        samples,
      }
    }),
  ).filter((lane) => lane.samples.length > 1) // one sample is a value, not a trend: its event shows it

  const all = [
    ...eventLanes.flatMap((l) => l.points.map((p) => p.tMs)),
    ...counterLanes.flatMap((l) => l.samples.map((s) => s.tMs)),
  ]
  // reduce, not Math.min(...all): a case can carry more samples than a call has argument slots.
  const startMs = all.length ? all.reduce((a, b) => Math.min(a, b)) : null
  const endMs = all.length ? all.reduce((a, b) => Math.max(a, b)) : null
  const wallTimes = [...events.flatMap((e) => (e.time ? [e.time] : [])), ...meminfo.map((s) => s.time ?? '')]
  const kindsShown = KINDS.filter((k) => eventLanes.some((l) => l.points.some((p) => p.kind === k)))
  const kindLegend: LegendItem[] = kindsShown.map((k) => ({ id: k, label: '', color: CHART_COLORS[k] }))
  return wordTimeline(
    {
      kind: 'timeline',
      title: '',
      timeBase,
      zone: timeBase === 'wall' && wallTimes.length > 0 && wallTimes.every(isoHasZone) ? 'UTC' : null,
      startMs,
      endMs,
      ticksMs: startMs === null || endMs === null ? [] : timeTicks(startMs, endMs),
      eventLanes,
      counterLanes,
      kindLegend,
    },
    lang,
  )
}

/**
 * The timeline's words in `lang`: its title, the legend's kinds, and lane labels (a host, or "host not
 * named"; a counter lane keeps meminfo's own field name, as the kernel prints it, with its host when
 * the case has several). Everything else in the spec is free of words, so the workbench relabels it on
 * a language switch without the events.
 */
export function wordTimeline(spec: TimelineSpec, lang: Lang): TimelineSpec {
  const hostName = (host: string | null) => host ?? t(lang, 'timeline.noHost')
  return {
    ...spec,
    title: t(lang, 'chart.timeline.title'),
    eventLanes: spec.eventLanes.map((l) => ({ ...l, label: hostName(l.host) })),
    // A lane's id names its host when the case has several hosts (`MemFree@web1`).
    counterLanes: spec.counterLanes.map((l) => ({
      ...l,
      label: l.id === l.counter ? l.counter : `${l.counter} · ${hostName(l.host)}`,
    })),
    kindLegend: spec.kindLegend.map((k) => ({ ...k, label: t(lang, `kind.${k.id}` as MessageKey) })),
  }
}
