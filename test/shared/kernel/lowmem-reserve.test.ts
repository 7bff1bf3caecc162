import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeLowmemReserve, defaultLowmemReserveRatios } from '../../../shared/kernel/lowmem-reserve'
import { v } from '../../../shared/kernel/version'
import { GIVEN } from '../../support/given'

const facts = JSON.parse(readFileSync(`${GIVEN}/kernel-facts/lowmem-reserve-ratio.json`, 'utf8')) as {
  worked_check: { Normal_managed_pages: number; HighMem_managed_pages: number; computed: number[] }
}

describe('lowmem-reserve', () => {
  it('computes the kernel-facts 4.3 worked check (3.14 i386) from the managed pages', () => {
    const w = facts.worked_check
    const sizes = [3979, w.Normal_managed_pages, w.HighMem_managed_pages, 0]
    const rows = computeLowmemReserve(
      sizes,
      defaultLowmemReserveRatios(['DMA', 'Normal', 'HighMem', 'Movable'], v('3.14')),
      v('3.14'),
    )
    expect(rows[0]).toEqual(w.computed)
    expect(rows[1]).toEqual([0, 0, 9257, 9257]) // seed 000 prints `0 0 9257 9257` for Normal
  })

  it('uses the positional defaults up to 4.16 and the designated ones from 4.17', () => {
    expect(defaultLowmemReserveRatios(['DMA', 'DMA32', 'Normal', 'Movable'], v('4.10'))).toEqual([256, 256, 32, 0])
    expect(defaultLowmemReserveRatios(['DMA', 'Normal', 'HighMem', 'Movable'], v('4.10'))).toEqual([256, 32, 32, 0])
    expect(defaultLowmemReserveRatios(['DMA', 'Normal', 'HighMem', 'Movable'], v('5.4'))).toEqual([256, 32, 0, 0])
    expect(defaultLowmemReserveRatios(['DMA', 'DMA32', 'Normal', 'Movable', 'Device'], v('6.1'))).toEqual([
      256, 256, 32, 0, 0,
    ])
  })

  it('gives an empty zone an all-zero row from 5.8 and disables a zero ratio from 4.17', () => {
    const rows = computeLowmemReserve([0, 1000, 5000, 0], [256, 256, 32, 0], v('5.8'))
    expect(rows[0]).toEqual([0, 0, 0, 0])
    expect(rows[1]).toEqual([0, 0, 19, 19])
    expect(computeLowmemReserve([100, 2000], [0, 0], v('4.17'))[0]).toEqual([0, 0])
    expect(computeLowmemReserve([100, 2000], [0, 0], v('4.16'))[0]).toEqual([0, 2000])
  })
})
