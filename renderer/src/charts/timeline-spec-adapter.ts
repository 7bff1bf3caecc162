// TODO(renderer): temporary adapter. shared/report's buildTimelineSpec takes full MemEvents and
// Snapshots, which never cross the API (summaries only, ARCHITECTURE §3). Until the core offers the
// same spec from a CaseSummary (or CaseSummary carries it), this lays the summary's rows and counter
// series out as a TimelineSpec with the core's colours. Delete it when that lands.
import type { CaseSummary, EventSummary } from '../../../shared/api/api-types'
import type { EventKind } from '../../../shared/event/types'
import { CHART_COLORS, SERIES_CYCLE } from '../../../shared/report/chart-colors'
import type { TimelineCounterLane, TimelineEventLane, TimelineSpec } from '../../../shared/report/chart-spec-types'

const KINDS: readonly EventKind[] = ['oom', 'memcg-oom', 'alloc-failure']

function wallMs(e: EventSummary): number | null {
  const ms = e.time ? Date.parse(e.time) : NaN
  return Number.isFinite(ms) ? ms : null
}

/** The timeline of a case as the core's spec type, from what the case summary carries. */
export function timelineSpecFromSummary(summary: CaseSummary, title: string): TimelineSpec {
  const events = summary.events
  const timeBase = events.length === 0 || events.some((e) => wallMs(e) !== null) ? 'wall' : 'uptime'
  const msOf = (e: EventSummary): number | null =>
    timeBase === 'wall' ? wallMs(e) : e.uptime === null ? null : e.uptime * 1000
  const eventLanes: TimelineEventLane[] = KINDS.map((kind) => ({
    id: kind,
    label: kind,
    color: CHART_COLORS[kind],
    points: events.flatMap((e) => {
      const tMs = msOf(e)
      const who = e.victim ? `${e.victim.comm} (${e.victim.pid})` : (e.trigger.comm ?? '')
      return e.kind === kind && tMs !== null ? [{ eventId: e.id, tMs, label: `${e.id} ${who}`.trim() }] : []
    }),
  })).filter((lane) => lane.points.length > 0)
  const counterLanes: TimelineCounterLane[] =
    timeBase === 'wall'
      ? summary.counters.map((series, i) => ({
          id: series.name,
          label: series.name,
          unit: 'kB' as const,
          color: SERIES_CYCLE[i % SERIES_CYCLE.length] ?? CHART_COLORS.total,
          samples: series.samples.flatMap((s) => {
            const tMs = Date.parse(s.time)
            return Number.isFinite(tMs) ? [{ tMs, kb: s.kb, from: 'snapshot' as const }] : []
          }),
        }))
      : []
  const all = [...eventLanes.flatMap((l) => l.points.map((p) => p.tMs)), ...counterLanes.flatMap((l) => l.samples.map((s) => s.tMs))]
  return {
    kind: 'timeline',
    title,
    timeBase,
    startMs: all.length ? Math.min(...all) : null,
    endMs: all.length ? Math.max(...all) : null,
    eventLanes,
    counterLanes,
  }
}
