import { describe, expect, it } from 'vitest'
import {
  defaultMinFreeKbytes,
  thpCountsZone,
  thpRecommendedMinFreeKbytes,
} from '../../../shared/kernel/min-free-kbytes'
import { v } from '../../../shared/kernel/version'

describe('min-free-kbytes', () => {
  it('matches the kernel-facts 2.1 examples when lowmem is 1, 16, 64 GiB and beyond', () => {
    expect(defaultMinFreeKbytes(1024 * 1024, v('5.4'))).toBe(4096)
    expect(defaultMinFreeKbytes(16 * 1024 * 1024, v('5.4'))).toBe(16384)
    expect(defaultMinFreeKbytes(64 * 1024 * 1024, v('5.4'))).toBe(32768)
    expect(defaultMinFreeKbytes(512 * 1024 * 1024, v('5.6'))).toBe(65536)
    expect(defaultMinFreeKbytes(8 * 1024 * 1024 * 1024, v('5.7'))).toBe(262144)
    expect(defaultMinFreeKbytes(100, v('6.1'))).toBe(128)
  })

  it('matches the THP examples (one node 67584 kB, two nodes 90112 kB) when the 5 % cap does not bind', () => {
    expect(thpRecommendedMinFreeKbytes(3, 512, 10_000_000, 4)).toBe(67584)
    expect(thpRecommendedMinFreeKbytes(4, 512, 10_000_000, 4)).toBe(90112)
    expect(thpRecommendedMinFreeKbytes(1, 8192, 31048, 64)).toBe(Math.floor(31048 / 20) * 64)
  })

  it('stops counting Movable and HighMem zones for THP from 4.17', () => {
    expect(thpCountsZone('Movable', v('4.16'))).toBe(true)
    expect(thpCountsZone('Movable', v('4.17'))).toBe(false)
    expect(thpCountsZone('DMA32', v('6.1'))).toBe(true)
  })
})
