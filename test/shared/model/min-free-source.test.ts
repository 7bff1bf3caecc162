import { describe, expect, it } from 'vitest'
import { v } from '../../../shared/kernel/version'
import { eventBasis } from '../../../shared/model/event-basis'
import { classifyMinFree, minFreeFormulas } from '../../../shared/model/min-free-source'
import { seedEvent } from './seed-events'

describe('min-free-source', () => {
  it('computes the boot default and THP value for seed 002 (two lowmem zones, 2 MiB pageblocks)', () => {
    const eb = eventBasis(seedEvent('002'))
    const f = minFreeFormulas(
      eb.zones,
      eb.zones.map((z) => z.sizePages),
      eb.layout,
      eb.version,
      4,
    )
    expect(f.defaultKb).toBe(Math.floor(Math.sqrt((3977 + 251113) * 4 * 16)))
    expect(f.thpKb[0]).toBe(11 * 512 * 2 * 4)
  })

  it('classifies an exact formula value by its source and anything else as user-set', () => {
    const formulas = { defaultKb: 3743, thpKb: [45056, 90112] }
    expect(classifyMinFree(935, formulas, 4)).toEqual({ minFreeKbytes: 3743, source: 'default' })
    expect(classifyMinFree(11264, formulas, 4)).toEqual({ minFreeKbytes: 45056, source: 'thp' })
    expect(classifyMinFree(1431, { defaultKb: 5652, thpKb: [99328] }, 64)).toEqual({
      minFreeKbytes: 91584,
      source: 'user',
    })
  })

  it('has no THP value before 2.6.38', () => {
    const eb = eventBasis(seedEvent('000'))
    expect(
      minFreeFormulas(
        eb.zones,
        eb.zones.map((z) => z.sizePages),
        eb.layout,
        v('2.6.30'),
        4,
      ).thpKb,
    ).toEqual([])
  })
})
