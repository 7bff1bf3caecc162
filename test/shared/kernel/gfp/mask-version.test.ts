import { describe, expect, it } from 'vitest'
import { maskPlausible, newestVersionForMask } from '../../../../shared/kernel/gfp/mask-version'
import { LATEST_VERSION, v } from '../../../../shared/kernel/version'

describe('mask-version', () => {
  it('bounds a release-less report by the layout that reads its raw mask as a real request', () => {
    // GFP_HIGHUSER_MOVABLE ≤ 4.3; on 5.x the same bits read as MEMALLOC|RECLAIMABLE|MOVABLE without reclaim.
    expect(newestVersionForMask('0x200da', LATEST_VERSION)).toBe(v('4.3') + 999)
    // GFP_ATOMIC 5.1–6.2 (0xa20 keeps the removed __GFP_ATOMIC bit 0x200 in 6.3+).
    expect(newestVersionForMask('0xa20', LATEST_VERSION)).toBe(v('6.2') + 999)
    // GFP_HIGHUSER_MOVABLE 4.18–5.0.
    expect(newestVersionForMask('0x6200ca', LATEST_VERSION)).toBe(v('5.0') + 999)
    // GFP_KERNEL today: no bound below the latest.
    expect(newestVersionForMask('0xcc0', LATEST_VERSION)).toBe(LATEST_VERSION)
  })

  it('never goes above the bound the report format set, and says nothing about 0 or garbage', () => {
    expect(newestVersionForMask('0xcc0', v('5.15'))).toBe(v('5.15'))
    expect(newestVersionForMask('0x0', LATEST_VERSION)).toBeNull()
    expect(newestVersionForMask('zz', LATEST_VERSION)).toBeNull()
    expect(maskPlausible(0x200da, v('5.4'))).toBe(false)
  })
})
