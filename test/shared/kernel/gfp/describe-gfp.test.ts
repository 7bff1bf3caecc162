import { describe, expect, it } from 'vitest'
import { decodeGfpFlags } from '../../../../shared/kernel/gfp/decode-gfp'
import { describeGfp } from '../../../../shared/kernel/gfp/describe-gfp'
import { v } from '../../../../shared/kernel/version'

const I386 = ['DMA', 'Normal', 'HighMem', 'Movable']
const X86_64 = ['DMA', 'DMA32', 'Normal', 'Movable', 'Device']
const describeMask = (mask: string, names: string[] | null, release: string, layout: string[]) =>
  describeGfp(mask, decodeGfpFlags(mask, names, release), v(release), layout)

describe('describe-gfp', () => {
  it('keeps seed 000 GFP_KERNEL out of HighMem on 32-bit 3.14 and marks it unmovable', () => {
    const d = describeMask('0x2084d0', null, '3.14', I386)
    expect(d).toMatchObject({
      highestZone: 'Normal',
      migrateType: 'Unmovable',
      cmaEligible: false,
      canReclaim: true,
      isAtomic: false,
    })
  })

  it('lets GFP_HIGHUSER_MOVABLE reach Movable and CMA (seed 004 on 5.4)', () => {
    const d = describeMask('0x100cca', ['GFP_HIGHUSER_MOVABLE'], '5.4.74', ['DMA32', 'Normal', 'Movable'])
    expect(d).toMatchObject({ highestZone: 'Movable', migrateType: 'Movable', cmaEligible: true, fromPrinted: true })
  })

  it('reads GFP_ATOMIC as atomic, high and unable to reclaim on 5.4 and 6.6', () => {
    expect(describeMask('0xa20', ['GFP_ATOMIC'], '5.4.30', X86_64)).toMatchObject({
      isAtomic: true,
      high: true,
      canReclaim: false,
    })
    expect(describeMask('0x820', ['GFP_ATOMIC'], '6.6', X86_64)).toMatchObject({
      isAtomic: true,
      high: true,
      canReclaim: false,
    })
  })

  it('reads GFP_TEMPORARY on 4.10 as reclaimable (005 slab dentries)', () => {
    const d = describeMask('0x16040d0', ['GFP_TEMPORARY', '__GFP_COMP', '__GFP_NOTRACK'], '4.10.0', I386)
    expect(d).toMatchObject({ migrateType: 'Reclaimable', highestZone: 'Normal', canCompact: true })
  })

  it('lets GFP_NOFS compact only from 4.10 (compaction for GFP_NOFS requests)', () => {
    expect(describeMask('0x2400040', ['GFP_NOFS'], '4.9', X86_64).canCompact).toBe(false)
    expect(describeMask('0x1400040', ['GFP_NOFS'], '4.10', X86_64).canCompact).toBe(true)
    expect(describeMask('0x40c00', ['GFP_NOIO', '__GFP_COMP'], '6.8', X86_64).canCompact).toBe(false)
  })
})
