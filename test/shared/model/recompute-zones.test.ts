import { describe, expect, it } from 'vitest'
import { v } from '../../../shared/kernel/version'
import { eventBasis } from '../../../shared/model/event-basis'
import { marksFor, reservesFor, toZoneWatermarks, withBoost } from '../../../shared/model/recompute-zones'
import { seedEvent } from './seed-events'

describe('recompute-zones', () => {
  it("recomputes seed 000's marks and reserve rows from pages_min 935 and the printed managed pages", () => {
    const eb = eventBasis(seedEvent('000'))
    const sizes = eb.zones.map((z) => z.sizePages)
    const marks = withBoost(marksFor(eb.zones, sizes, eb.layout, v('3.14'), 935, 10), [])
    const reserves = reservesFor(eb.zones, sizes, eb.layout, [256, 32, 32, 0], v('3.14'))
    const zones = toZoneWatermarks(eb.zones, marks, reserves, [], 4)
    expect(zones.map((z) => [z.zone, z.minKb, z.lowKb, z.highKb, z.lowmemReserve.join(' ')])).toEqual([
      ['DMA', 64, 80, 96, '0 839 1997 1997'],
      ['Normal', 3672, 4588, 5508, '0 0 9257 9257'],
      ['HighMem', 512, 1776, 3040, '0 0 0 0'],
    ])
  })

  it("adds each zone's boost to all three marks", () => {
    const eb = eventBasis(seedEvent('000'))
    const marks = withBoost(
      marksFor(
        eb.zones,
        eb.zones.map((z) => z.sizePages),
        eb.layout,
        v('3.14'),
        935,
        10,
      ),
      [0, 100, 0],
    )
    expect(marks[1]).toEqual({ minPages: 918 + 100, lowPages: 1147 + 100, highPages: 1377 + 100 })
  })
})
