import { describe, expect, it } from 'vitest'
import { gfpToAllocFlags, reducedMarkPages, subtractsHighatomic } from '../../../shared/kernel/alloc-flags'
import { decodeGfpFlags } from '../../../shared/kernel/gfp/decode-gfp'
import { v } from '../../../shared/kernel/version'

const flagsOf = (names: string[], release: string) => new Set(decodeGfpFlags(null, names, release).flags)

describe('alloc-flags', () => {
  it('gives GFP_ATOMIC the 0.375 min multiplier through 6.2 and after the 6.3 rework', () => {
    for (const release of ['4.9', '5.4', '6.1', '6.6']) {
      const alloc = gfpToAllocFlags(flagsOf(['GFP_ATOMIC'], release), v(release), 0)
      expect(reducedMarkPages(1000, alloc, v(release))).toBe(375)
    }
  })

  it('reduces GFP_NOWAIT only before 4.4, when every non-waiting request got ALLOC_HARDER', () => {
    expect(reducedMarkPages(1000, gfpToAllocFlags(flagsOf(['GFP_NOWAIT'], '4.3'), v('4.3'), 0), v('4.3'))).toBe(750)
    expect(reducedMarkPages(1000, gfpToAllocFlags(flagsOf(['GFP_NOWAIT'], '5.4'), v('5.4'), 0), v('5.4'))).toBe(1000)
    expect(reducedMarkPages(1000, gfpToAllocFlags(flagsOf(['GFP_NOWAIT'], '6.6'), v('6.6'), 0), v('6.6'))).toBe(1000)
  })

  it('sets ALLOC_CMA only for movable requests from 3.7, and counts CMA for everyone before', () => {
    expect(gfpToAllocFlags(flagsOf(['GFP_HIGHUSER_MOVABLE'], '5.4'), v('5.4'), 0).cma).toBe(true)
    expect(gfpToAllocFlags(flagsOf(['GFP_KERNEL'], '5.4'), v('5.4'), 0).cma).toBe(false)
    expect(gfpToAllocFlags(flagsOf(['GFP_KERNEL'], '3.4'), v('3.4'), 0).cma).toBe(true)
  })

  it('spares the highatomic reserve for ALLOC_HARDER (<= 6.2) or any reserve flag (6.3+) only', () => {
    const kernel = gfpToAllocFlags(flagsOf(['GFP_KERNEL'], '5.10'), v('5.10'), 0)
    const atomic = gfpToAllocFlags(flagsOf(['GFP_ATOMIC'], '5.10'), v('5.10'), 0)
    expect(subtractsHighatomic(kernel, v('5.10'))).toBe(true)
    expect(subtractsHighatomic(atomic, v('5.10'))).toBe(false)
    expect(subtractsHighatomic(kernel, v('4.3'))).toBe(false)
  })
})
