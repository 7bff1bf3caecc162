/**
 * periodic-oom — three or more OOM events at a regular interval: something allocates on a schedule
 * (a cron job or timer, a batch, a leak refilled at a steady rate).
 */
import type { MemEvent } from '../../event/types'
import { evidenceOf } from '../build-finding'
import type { CaseFindingSpec } from '../build-case-finding'

/** Intervals within ±25 % of their median count as regular; bursts under 30 s are one episode, not a period. */
const TOLERANCE = 0.25
const MIN_PERIOD_S = 30
const MIN_EVENTS = 3

/** Three or more OOM events at a regular interval. */
export function periodicOom(events: readonly MemEvent[]): CaseFindingSpec[] {
  const order = timed(events.filter((e) => e.kind !== 'alloc-failure'))
  if (order.length < MIN_EVENTS) return []
  const gaps = order.slice(1).map((x, i) => x.s - (order[i]?.s ?? x.s))
  const sorted = [...gaps].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  if (median < MIN_PERIOD_S || gaps.some((g) => Math.abs(g - median) > median * TOLERANCE)) return []
  const finding: CaseFindingSpec = {
    code: 'periodic-oom',
    detailKey: 'finding.periodic-oom.detail',
    params: { count: order.length, period: median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 },
    evidence: order.map(({ e }) => (e ? evidenceOf(e, e.trigger.at, 'oom') : null)),
    facts: [
      {
        name: 'median interval',
        value: median,
        unit: 's',
        from: order.flatMap(({ e }) => (e ? [{ path: e.path, line: e.line }] : [])),
      },
    ],
    recs: [{ key: 'rec.periodic-oom.schedule' }],
  }
  return [finding]
}

/**
 * Events with a readable time, in time order: wall clock when every event has a readable one, else
 * uptime when every event has one (one boot), else the events whose wall clock could be read.
 */
function timed(events: readonly MemEvent[]): { s: number; e: MemEvent }[] {
  const wall = events.map((e) => ({ s: e.time === null ? Number.NaN : Date.parse(e.time) / 1000, e }))
  const up = events.map((e) => ({ s: e.uptime ?? Number.NaN, e }))
  const readable = (xs: { s: number; e: MemEvent }[]) => xs.filter((x) => Number.isFinite(x.s))
  const pick =
    readable(wall).length === events.length ? wall : readable(up).length === events.length ? up : readable(wall)
  return [...pick].sort((a, b) => a.s - b.s)
}
