import { describe, expect, it } from 'vitest'
import { eventBasis, eventIs64Bit } from '../../../shared/model/event-basis'
import { seedEvent } from './seed-events'

describe('event-basis', () => {
  it('reads seed 004 as arm64 with 64 KiB pages and a DMA32/Normal/Movable layout', () => {
    const eb = eventBasis(seedEvent('004'))
    expect(eb.pageSizeKb).toBe(64)
    expect(eb.layout).toEqual(['DMA32', 'Normal', 'Movable'])
    expect(eb.zones[0]).toMatchObject({
      zone: 'DMA32',
      sizePages: 31198,
      freePages: 9580,
      freeCmaPages: 8184,
      printedMinPages: 1431,
    })
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
    const { free_cma: _machine, ...counters } = ev.counters
    const cut = { ...ev, counters, zones: [{ ...zone, freeCmaKb: null, buddy }] }
    expect(eventBasis(cut).zones[0]?.freeCmaPages).toBe(2 * 2 + 4 * 4)
  })

  it('takes the Mem-Info free_cma for the one zone that lost its own, never above its free pages', () => {
    const ev = seedEvent('004')
    const zone = ev.zones[0]
    if (!zone) throw new Error('seed 004 has a zone')
    const machine = ev.counters['free_cma'] ?? 0
    expect(machine).toBe(523776 / 64) // pages of 64 kB
    const basis = eventBasis({ ...ev, zones: [{ ...zone, freeCmaKb: null, buddy: null }] })
    expect(basis.zones[0]?.freeCmaPages).toBe(Math.min(machine, zone.freeKb / 64))
    expect(basis.zones[0]?.freeCmaPages).toBe(eventBasis(ev).zones[0]?.freeCmaPages)
  })

  it("gives the zones that lost free_cma what the printed ones leave, each at least the rest minus the others' free", () => {
    const ev = seedEvent('004')
    const zone = ev.zones[0]
    if (!zone) throw new Error('seed 004 has a zone')
    const p = ev.pageSizeKb
    const counters = { ...ev.counters, free_cma: 100 }
    const printed = { ...zone, zone: 'DMA', freeKb: 100 * p, freeCmaKb: 10 * p, buddy: null }
    const a = { ...zone, zone: 'DMA32', freeKb: 50 * p, freeCmaKb: null, buddy: null }
    const b = { ...zone, zone: 'Normal', freeKb: 80 * p, freeCmaKb: null, buddy: null }
    const basis = eventBasis({ ...ev, counters, zones: [printed, a, b] })
    // 90 pages left for DMA32 and Normal: DMA32 ≥ 90 − 80, Normal ≥ 90 − 50.
    expect(basis.zones.map((z) => z.freeCmaPages)).toEqual([10, 10, 40])
  })
})
