import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { parseSnapshot } from '../../../shared/parse/proc/parse-snapshot'
import { formatTime, wallClockMs } from '../../../shared/report/format'
import { renderTimelineSvg } from '../../../shared/report/svg/timeline-svg'
import { buildTimelineSpec, formatTimelineTick, timeTicks } from '../../../shared/report/timeline-spec'
import { makeEvent } from './make-event'

const DAY = 86_400_000
const at = (id: string, host: string | null, time: string, kind: MemEvent['kind'] = 'oom'): MemEvent => ({
  ...makeEvent({ id, time }),
  host,
  kind,
})
const meminfo = (time: string, kb: number) => ({
  ...parseSnapshot('meminfo', 'meminfo', `MemTotal:  16384 kB\nMemFree:    ${kb} kB\n`, () => undefined)!,
  time,
})

describe('timeline-spec', () => {
  it('gives each host its own lane, with every kind on it', () => {
    const spec = buildTimelineSpec(
      [
        at('e1', 'web1', '2017-02-02T04:10:01'),
        at('e2', 'db1', '2017-02-02T05:10:01', 'alloc-failure'),
        at('e3', 'web1', '2017-02-02T06:10:01', 'memcg-oom'),
      ],
      [],
    )
    expect(spec.eventLanes.map((l) => [l.label, l.points.map((p) => `${p.eventId} ${p.kind}`)])).toEqual([
      ['web1', ['e1 oom', 'e3 memcg-oom']],
      ['db1', ['e2 alloc-failure']],
    ])
    expect(spec.kindLegend.map((k) => k.id)).toEqual(['oom', 'memcg-oom', 'alloc-failure'])
  })

  it('never joins a counter across hosts: one MemFree lane per host, each with only its host samples', () => {
    const events = [
      at('e1', 'web1', '2017-02-02T04:00:00'),
      at('e2', 'db1', '2017-02-02T05:00:00'),
      at('e3', 'web1', '2017-02-02T06:00:00'),
      at('e4', 'db1', '2017-02-02T07:00:00'),
    ]
    const spec = buildTimelineSpec(events, [meminfo('2017-02-02T03:00:00', 5000), meminfo('2017-02-02T08:00:00', 4000)])
    const memFree = spec.counterLanes.filter((l) => l.counter === 'MemFree')
    // Snapshots name no host; with two hosts in the case they cannot be given to either.
    expect(memFree.map((l) => [l.id, l.host, l.samples.map((s) => s.from)])).toEqual([
      ['MemFree@web1', 'web1', ['event', 'event']],
      ['MemFree@db1', 'db1', ['event', 'event']],
      ['MemFree@', null, ['snapshot', 'snapshot']],
    ])
    expect(memFree[0]?.samples.map((s) => s.tMs)).toEqual([events[0]!, events[2]!].map((e) => wallClockMs(e.time!)))
    // One sample is no trend: a host with a single event gets no counter lane.
    const lone = buildTimelineSpec([...events, at('e5', 'cache1', '2017-02-02T09:00:00')], [])
    expect(lone.counterLanes.some((l) => l.host === 'cache1')).toBe(false)
  })

  it("puts a single host's snapshots on that host's counter lane", () => {
    const spec = buildTimelineSpec([at('e1', 'ldr', '2017-02-02T04:10:01')], [meminfo('2017-02-02T03:00:00', 5000)])
    const memFree = spec.counterLanes.filter((l) => l.counter === 'MemFree')
    expect(memFree.map((l) => [l.id, l.host, l.samples.map((s) => [s.from, s.kb])])).toEqual([
      [
        'MemFree',
        'ldr',
        [
          ['snapshot', 5000],
          ['event', 290674 * 4],
        ],
      ],
    ])
  })

  it('places times printed without a zone as printed and claims no zone; all-zoned times are UTC', () => {
    const local = buildTimelineSpec([at('e1', 'a', '2017-02-02T00:00:00'), at('e2', 'a', '2017-02-05T12:00:00')], [])
    expect(local.zone).toBeNull()
    expect(local.startMs).toBe(Date.UTC(2017, 1, 2))
    const zoned = buildTimelineSpec(
      [at('e1', 'a', '2017-02-02T01:00:00+01:00'), at('e2', 'a', '2017-02-02T02:00:00Z')],
      [],
    )
    expect(zoned.zone).toBe('UTC')
    expect(zoned.endMs! - zoned.startMs!).toBe(2 * 3_600_000)
    expect(formatTime('2017-02-02T04:10:01')).toBe('2017-02-02 04:10:01')
    expect(formatTime('2017-02-02T04:10:01Z')).toBe('2017-02-02 04:10:01 UTC')
    expect(formatTime('2017-02-02T04:10:01.5+08:00')).toBe('2017-02-02 04:10:01 +08:00')
  })

  it("ticks on the log's midnights over days, and moves them with the events when shifted by whole days", () => {
    const times = ['2017-02-02T07:13:00', '2017-02-03T19:40:00', '2017-02-06T02:05:00']
    const spec = buildTimelineSpec(
      times.map((t, i) => at(`e${i + 1}`, 'a', t)),
      [],
    )
    expect(spec.ticksMs.map((t) => formatTimelineTick(t, 'wall', spec.endMs! - spec.startMs!))).toEqual([
      '2017-02-03',
      '2017-02-04',
      '2017-02-05',
      '2017-02-06',
    ])
    expect(spec.ticksMs.every((t) => t % DAY === 0)).toBe(true)
    // The report's SVG axis carries the same ticks.
    const svg = renderTimelineSvg(spec)
    for (const label of ['2017-02-03', '2017-02-04', '2017-02-05', '2017-02-06']) expect(svg).toContain(`>${label}<`)
    const shifted = buildTimelineSpec(
      times.map((t, i) => at(`e${i + 1}`, 'a', new Date(wallClockMs(t) + 9 * DAY).toISOString().slice(0, 19))),
      [],
    )
    expect(shifted.ticksMs).toEqual(spec.ticksMs.map((t) => t + 9 * DAY))
  })

  it('picks round steps for any span, never more ticks than asked for', () => {
    const start = Date.UTC(2020, 0, 1, 3, 17, 11)
    for (const span of [5_000, 90_000, 2 * 3_600_000, 20 * 3_600_000, 3 * DAY, 40 * DAY]) {
      const ticks = timeTicks(start, start + span, 8)
      expect(ticks.length, String(span)).toBeLessThanOrEqual(8)
      expect(ticks.length, String(span)).toBeGreaterThanOrEqual(2)
      const step = ticks[1]! - ticks[0]!
      expect(ticks.every((t) => t % step === 0 && t >= start && t <= start + span)).toBe(true)
    }
    expect(timeTicks(1000, 1000)).toEqual([1000])
  })

  it('ticks on firsts of months, then on Januaries, over months and years', () => {
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
    const start = Date.UTC(2020, 3, 11, 17, 52)
    expect(timeTicks(start, Date.UTC(2020, 10, 2), 8).map(day)).toEqual([
      '2020-05-01',
      '2020-06-01',
      '2020-07-01',
      '2020-08-01',
      '2020-09-01',
      '2020-10-01',
      '2020-11-01',
    ])
    expect(timeTicks(start, Date.UTC(2026, 5, 18), 8).map(day)).toEqual([
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ])
  })
})
