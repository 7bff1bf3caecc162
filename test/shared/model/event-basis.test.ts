import { describe, expect, it } from 'vitest'
import { eventBasis, eventIs64Bit } from '../../../shared/model/event-basis'
import { seedEvent } from './seed-events'

describe('event-basis', () => {
  it('reads seed 004 as arm64 with 64 KiB pages and a DMA32/Normal/Movable layout', () => {
    const eb = eventBasis(seedEvent('004'))
    expect(eb.pageSizeKb).toBe(64)
    expect(eb.layout).toEqual(['DMA32', 'Normal', 'Movable'])
    expect(eb.zones[0]).toMatchObject({ zone: 'DMA32', sizePages: 31198, freePages: 9580, freeCmaPages: 8184, printedMinPages: 1431 })
  })

  it('reads seed 000 as 32-bit from its HighMem zone and stack width', () => {
    const ev = seedEvent('000')
    expect(eventIs64Bit(ev)).toBe(false)
    expect(eventBasis(ev).layout).toEqual(['DMA', 'Normal', 'HighMem', 'Movable'])
  })
})

describe('free CMA without free_cma', () => {
  it('counts the blocks whose only migrate type is CMA when the zone line lost free_cma', () => {
    const ev = seedEvent('004')
    const zone = ev.zones[0]
    if (!zone) throw new Error('seed 004 has a zone')
    const buddy = { counts: [1, 2, 4, 8], types: ['UM', 'C', 'CI', 'M'], totalKb: null, order0Kb: 64, at: zone.at }
    const cut = { ...ev, zones: [{ ...zone, freeCmaKb: null, buddy }] }
    expect(eventBasis(cut).zones[0]?.freeCmaPages).toBe(2 * 2 + 4 * 4)
  })
})
