import { describe, expect, it } from 'vitest'
import { bootSizesFromReserves } from '../../../shared/model/boot-sizes'
import { eventBasis } from '../../../shared/model/event-basis'
import { seedEvent } from './seed-events'

describe('boot-sizes', () => {
  it("reads seed 003's DMA32 size at boot from DMA's reserve (1945 × 256 .. + 255) when managed grew since", () => {
    const eb = eventBasis(seedEvent('003'))
    const sizes = bootSizesFromReserves(eb.zones, [256, 256, 32, 0, 0])
    expect(eb.zones.map((z) => z.sizePages)).toEqual([3977, 508096])
    expect(sizes).toEqual([3977, 1945 * 256 + 255])
  })

  it('keeps the printed size when the reserve already agrees with it (seed 000)', () => {
    const eb = eventBasis(seedEvent('000'))
    expect(bootSizesFromReserves(eb.zones, [256, 32, 32, 0])).toEqual(eb.zones.map((z) => z.sizePages))
  })
})
