import { describe, expect, it } from 'vitest'
import { GFP_LAYOUTS, gfpLayoutFor } from '../../../../shared/kernel/gfp/gfp-layouts'
import { v } from '../../../../shared/kernel/version'

describe('gfp-layouts', () => {
  it('gives every flag of a layout its own single bit', () => {
    for (const layout of GFP_LAYOUTS) {
      const bits = layout.bits.map((b) => b.bit)
      for (const bit of bits) expect(bit > 0 && (bit & (bit - 1)) === 0).toBe(true)
      expect(new Set(bits).size).toBe(bits.length)
    }
  })

  it('orders the ranges oldest first without overlap, open-ended at the top', () => {
    GFP_LAYOUTS.forEach((layout, i) => {
      const next = GFP_LAYOUTS[i + 1]
      if (next) expect(v(next.from)).toBeGreaterThan(v(layout.to ?? '99.0'))
      else expect(layout.to).toBeNull()
    })
  })

  it('picks the 2.6.32 layout for 2.6.10-era kernels and the enum layout for 6.10+', () => {
    expect(gfpLayoutFor(v('2.6.10')).from).toBe('2.0')
    expect(gfpLayoutFor(v('6.19')).from).toBe('6.10')
    expect(gfpLayoutFor(v('4.4.302')).from).toBe('4.4')
    expect(gfpLayoutFor(v('6.9')).bits.find((b) => b.name === '__GFP_NOLOCKDEP')?.bit).toBe(0x4000000)
  })
})
