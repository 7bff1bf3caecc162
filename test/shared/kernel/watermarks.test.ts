import { describe, expect, it } from 'vitest'
import { computeZoneMarks, pagesMinFromKbytes, wmarkTreatsAsHighmem } from '../../../shared/kernel/watermarks'
import { v } from '../../../shared/kernel/version'

describe('watermarks', () => {
  it('reproduces the kernel-facts 3.2 worked check (4.9 DMA32, scale factor 10) when the share wins', () => {
    // One lowmem zone: its share is all of pages_min.
    const [m] = computeZoneMarks([{ zone: 'DMA32', sizePages: 251113 }], [false], 11084, 10, v('4.9'))
    expect(m).toEqual({ minPages: 11084, lowPages: 13855, highPages: 16626, sharePages: 11084 })
    expect((m?.lowPages ?? 0) * 4).toBe(55420)
  })

  it('lets watermark_scale_factor set the gap when it exceeds a quarter of the share (4.6+)', () => {
    const [m] = computeZoneMarks([{ zone: 'Normal', sizePages: 1_000_000 }], [false], 1000, 100, v('5.4'))
    expect(m?.lowPages).toBe(1000 + 10000)
    const [old] = computeZoneMarks([{ zone: 'Normal', sizePages: 1_000_000 }], [false], 1000, 100, v('4.5'))
    expect(old?.lowPages).toBe(1250)
  })

  it('gives a HighMem zone the clamped min and a gap from its proportional share (seed 000, 3.14)', () => {
    const zones = [
      { zone: 'DMA', sizePages: 3979 },
      { zone: 'Normal', sizePages: 215034 },
      { zone: 'HighMem', sizePages: 296242 },
    ]
    const marks = computeZoneMarks(zones, [false, false, true], pagesMinFromKbytes(3743, 4), 10, v('3.14'))
    expect(marks.map((m) => [m.minPages * 4, m.lowPages * 4, m.highPages * 4])).toEqual([
      [64, 80, 96],
      [3672, 4588, 5508],
      [512, 1776, 3040],
    ])
  })

  it('treats Movable as highmem from 6.5 on, and on 32-bit kernels with HighMem before', () => {
    expect(wmarkTreatsAsHighmem('Movable', ['DMA', 'DMA32', 'Normal', 'Movable'], v('6.18'))).toBe(true)
    expect(wmarkTreatsAsHighmem('Movable', ['DMA', 'DMA32', 'Normal', 'Movable'], v('6.1'))).toBe(false)
    expect(wmarkTreatsAsHighmem('Movable', ['DMA', 'Normal', 'HighMem', 'Movable'], v('4.10'))).toBe(true)
  })
})
