import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeGfpFlags, gfpMaskOf, parseGfpHex } from '../../../../shared/kernel/gfp/decode-gfp'
import { GIVEN } from '../../../support/given'

interface GfpRange {
  from: string
  to: string
  composites_typical_config?: Record<string, string>
}
const facts = JSON.parse(readFileSync(`${GIVEN}/kernel-facts/gfp-flags.json`, 'utf8')) as { ranges: GfpRange[] }

describe('decode-gfp', () => {
  it('reproduces every typical-config composite of gfp-flags.json when encoding per range', () => {
    let compared = 0
    for (const range of facts.ranges) {
      for (const [name, hex] of Object.entries(range.composites_typical_config ?? {})) {
        if (name.includes('(') || name === 'GFP_IOFS' || name === 'GFP_DMA' || name === 'GFP_DMA32') continue
        // TRANSHUGE exists from 2.6.38; the 2.6.32 table has none.
        for (const release of [range.from, range.to === 'latest' ? '6.12' : range.to]) {
          expect({ release, name, hex: `0x${gfpMaskOf([name], release).toString(16)}` }).toEqual({ release, name, hex })
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(300)
  })

  it('decodes seed 000 0x2084d0 on 3.14 to GFP_KERNEL with REPEAT, ZERO and NOTRACK when no names were printed', () => {
    const set = decodeGfpFlags('0x2084d0', null, '3.14.24-wt-ldr-TC')
    expect(set.fromPrinted).toBe(false)
    expect(set.flags).toEqual(['__GFP_WAIT', '__GFP_IO', '__GFP_FS', '__GFP_REPEAT', '__GFP_ZERO', '__GFP_NOTRACK'])
    expect(set.unknownBits).toBe(0)
  })

  it('expands printed names and agrees with the hex when the kernel printed both', () => {
    const printed = decodeGfpFlags('0x24201ca', ['GFP_HIGHUSER_MOVABLE', '__GFP_COLD'], '4.9.0-4-amd64')
    const hex = decodeGfpFlags('0x24201ca', null, '4.9.0-4-amd64')
    expect(printed.fromPrinted).toBe(true)
    expect(printed.flags).toEqual(hex.flags)
  })

  it('reads bit 24 as __GFP_NO_OBJ_EXT on the >= 6.10 enum layout but as SKIP_ZERO on 6.9', () => {
    expect(decodeGfpFlags('0x1000cc0', null, '6.12.1').flags).toContain('__GFP_NO_OBJ_EXT')
    expect(decodeGfpFlags('0x1000cc0', null, '6.9.0').flags).toContain('__GFP_SKIP_ZERO')
    expect(decodeGfpFlags('0x1100cca', null, '5.15.0').flags).toContain('__GFP_SKIP_KASAN_POISON')
  })

  it('keeps a vendor bit the layout does not name as unknown bits', () => {
    const set = decodeGfpFlags('0x8000cc0', null, '6.12')
    expect(set.unknownBits).toBe(0x8000000)
    expect(set.flags).toEqual(['__GFP_IO', '__GFP_FS', '__GFP_DIRECT_RECLAIM', '__GFP_KSWAPD_RECLAIM'])
  })

  it('decodes a trailing hex inside the printed names against the layout', () => {
    const set = decodeGfpFlags('0x16040d0', ['GFP_TEMPORARY', '__GFP_COMP', '__GFP_NOTRACK'], '4.10.0-rc6-686-pae')
    expect(set.flags).toContain('__GFP_RECLAIMABLE')
    expect(parseGfpHex('0x16040d0')).toBe(0x16040d0)
    expect(parseGfpHex('GFP_KERNEL')).toBeNull()
  })

  it('drops composite members the printed mask does not carry (0x100cca named GFP_HIGHUSER_MOVABLE on 5.15 rules)', () => {
    const set = decodeGfpFlags('0x100cca', ['GFP_HIGHUSER_MOVABLE'], '5.15')
    expect(set.flags).not.toContain('__GFP_SKIP_KASAN_POISON')
    expect(decodeGfpFlags('0x1100cca', ['GFP_HIGHUSER_MOVABLE'], '5.15').flags).toContain('__GFP_SKIP_KASAN_POISON')
  })
})
