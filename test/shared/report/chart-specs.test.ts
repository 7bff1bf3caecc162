import { describe, expect, it } from 'vitest'
import { buildAccountingChartSpec, buildBuddyChartSpec, buildZoneChartSpec } from '../../../shared/report/chart-specs'
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
    // Each bar names the glossary entry of what it counts: managed at the left, the counters, none for the rest.
    expect(spec.steps.map((s) => s.term ?? null)).toEqual(['zone:managed', 'counter:free', 'counter:active_anon', null])
  })
})
