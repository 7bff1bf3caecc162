import { describe, expect, it } from 'vitest'
import {
  buildAccountingChartSpec,
  buildBuddyChartSpec,
  buildTimelineSpec,
  buildZoneChartSpec,
} from '../../../shared/report/chart-specs'
import { parseSnapshot } from '../../../shared/parse/proc/parse-snapshot'
import { makeEvent } from './make-event'
import { makeModel } from './make-model'

describe('chart-specs', () => {
  it('gives every zone its printed watermarks and the replay verdict when the model replayed it', () => {
    const spec = buildZoneChartSpec(makeEvent(), makeModel())
    expect(spec.rows.map((r) => [r.key, r.freeKb, r.minKb, r.lowKb, r.highKb, r.verdict])).toEqual([
      ['Node 0 DMA', 3388, 64, 80, 96, 'fail'],
      ['Node 0 Normal', 3556, 3672, 4588, 5508, 'fail'],
      ['Node 0 HighMem', 1155752, 512, 1776, 3040, 'not-allowed'],
    ])
    expect(spec.rows[0]).toMatchObject({ reserveKb: 3356, requiredKb: 3420, lowmemReservePages: [0, 839, 1996, 1996] })
    expect(spec.rows[2]?.axisMaxKb).toBe(1155752)
  })

  it('leaves verdicts null when the model has no allocation replay', () => {
    const spec = buildZoneChartSpec(makeEvent(), { ...makeModel(), allocation: null })
    expect(spec.rows.map((r) => r.verdict)).toEqual([null, null, null])
  })

  it('turns a buddy line into kB per order with migrate type names when letters were printed', () => {
    const spec = buildBuddyChartSpec(makeEvent(), 'en')
    expect(spec.rows).toHaveLength(1)
    const row = spec.rows[0]!
    expect(row.cells.map((c) => c.freeKb)).toEqual([1332, 2152, 0, 32, 64, 0])
    expect(row.cells[0]?.migrateTypes).toEqual(['Unmovable', 'Reclaimable', 'Movable'])
    expect(row.totalKb).toBe(3580)
    expect(spec.requestOrder).toBe(0)
    expect(spec.legend.map((l) => l.id)).toEqual(['migrate-E', 'migrate-M', 'migrate-R', 'migrate-U'])
  })

  it('labels the buddy chart in Chinese when asked for zh-CN', () => {
    expect(buildBuddyChartSpec(makeEvent(), 'zh-CN').rows[0]?.cells[1]?.migrateTypes).toEqual(['可移动'])
  })

  it('hangs each bucket from the running total and closes with the unaccounted rest', () => {
    const spec = buildAccountingChartSpec({
      node: 0,
      zone: 'Normal',
      managedKb: 1000,
      buckets: [
        { name: 'free', kb: 100 },
        { name: 'bounce', kb: 0 },
        { name: 'active_anon', kb: 600 },
      ],
      unaccountedKb: 300,
    })
    expect(spec.title).toMatch(/^Node 0 Normal: /)
    expect(spec.steps.map((s) => [s.id, s.role, s.startKb, s.kb])).toEqual([
      ['total', 'total', 0, 1000],
      ['free', 'part', 1000, 100],
      ['active_anon', 'part', 900, 600],
      ['rest', 'rest', 0, 300],
    ])
  })

  it('puts events on lanes by kind and samples counters from event Mem-Info when there are no snapshots', () => {
    const a = makeEvent({ id: 'e1', time: '2017-02-02T04:10:01Z' })
    const b = { ...makeEvent({ id: 'e2', time: '2017-02-02T05:10:01Z' }), kind: 'alloc-failure' as const }
    const spec = buildTimelineSpec([a, b], [])
    expect(spec.timeBase).toBe('wall')
    expect(spec.eventLanes.map((l) => [l.id, l.points.map((p) => p.eventId)])).toEqual([
      ['oom', ['e1']],
      ['alloc-failure', ['e2']],
    ])
    const memFree = spec.counterLanes.find((l) => l.id === 'MemFree')
    expect(memFree?.samples.map((s) => s.kb)).toEqual([290674 * 4, 290674 * 4])
    expect(spec.endMs! - spec.startMs!).toBe(3_600_000)
  })

  it('adds meminfo snapshot samples to the counter lanes when snapshots carry a time', () => {
    const parsed = parseSnapshot('meminfo', 'meminfo', 'MemTotal:  16384 kB\nMemFree:    5000 kB\n', () => {})
    const snap = { ...parsed!, time: '2017-02-02T03:00:00Z' }
    const spec = buildTimelineSpec([makeEvent()], [snap])
    const memFree = spec.counterLanes.find((l) => l.id === 'MemFree')
    expect(memFree?.samples.map((s) => [s.from, s.kb])).toEqual([
      ['snapshot', 5000],
      ['event', 290674 * 4],
    ])
  })
})
