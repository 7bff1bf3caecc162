import { describe, expect, it } from 'vitest'
import { gfpToAllocFlags } from '../../../shared/kernel/alloc-flags'
import { decodeGfpFlags } from '../../../shared/kernel/gfp/decode-gfp'
import { v } from '../../../shared/kernel/version'
import { zoneWatermarkFast, zoneWatermarkOk, type ZoneFreeState } from '../../../shared/kernel/zone-watermark-ok'

const state = (freePages: number, extra: Partial<ZoneFreeState> = {}): ZoneFreeState => ({
  freePages,
  freeCmaPages: 0,
  reservedHighatomicPages: 0,
  buddyCounts: null,
  buddyTypes: null,
  ...extra,
})
const kernel314 = gfpToAllocFlags(new Set(decodeGfpFlags('0x2084d0', null, '3.14').flags), v('3.14'), 0)

describe('zone-watermark-ok', () => {
  it('refuses seed 000 DMA by 8 pages through lowmem_reserve[Normal] when free clears min', () => {
    // DMA free:3388kB min:64kB, lowmem_reserve[1] = 839.
    const r = zoneWatermarkOk(state(847), 0, 16, 839, kernel314, v('3.14'))
    expect(r).toMatchObject({ pass: false, term: 'lowmem-reserve', marginPages: -8 })
  })

  it('names the watermark itself when free is below min (seed 000 Normal)', () => {
    expect(zoneWatermarkOk(state(889), 0, 918, 0, kernel314, v('3.14')).term).toBe('watermark')
  })

  it('names CMA when only free CMA pages clear the mark for a request without ALLOC_CMA (seed 004 numbers)', () => {
    const movable = gfpToAllocFlags(
      new Set(decodeGfpFlags('0x100cca', ['GFP_HIGHUSER_MOVABLE'], '5.4.74').flags),
      v('5.4'),
      0,
    )
    const zone = state(9580, { freeCmaPages: 8184 })
    expect(zoneWatermarkOk(zone, 0, 1431, 0, movable, v('5.4')).pass).toBe(true)
    const r = zoneWatermarkOk(zone, 0, 1431, 0, { ...movable, cma: false }, v('5.4'))
    expect(r).toMatchObject({ pass: false, term: 'cma', marginPages: 9580 - 8184 - 1431 })
  })

  it('subtracts the highatomic reserve for ordinary requests (4.4+)', () => {
    const r = zoneWatermarkOk(
      state(1100, { reservedHighatomicPages: 512 }),
      0,
      1000,
      0,
      { high: false, harder: false, highatomic: false, cma: false, noWatermarks: false },
      v('5.10'),
    )
    expect(r.term).toBe('highatomic')
  })

  it('fails an order-4 request when only small blocks or CMA blocks are free (4.4+ free-list check)', () => {
    const counts = [100, 50, 20, 10, 0, 2, 0, 0, 0, 0, 0]
    const types = ['UME', 'UM', 'U', 'M', null, 'C', null, null, null, null, null]
    const plain = { high: false, harder: false, highatomic: false, cma: false, noWatermarks: false }
    expect(
      zoneWatermarkOk(state(1000, { buddyCounts: counts, buddyTypes: types }), 4, 100, 0, plain, v('5.4')).term,
    ).toBe('order')
    expect(
      zoneWatermarkOk(
        state(1000, { buddyCounts: counts, buddyTypes: types }),
        4,
        100,
        0,
        { ...plain, cma: true },
        v('5.4'),
      ).pass,
    ).toBe(true)
  })

  it('runs the per-order loop before 4.4 (lower orders drop out, min halves per order)', () => {
    const counts = [600, 100, 0, 0]
    // order 2: free 800 − 3 = 797 > 100; after order 0: 197 > 50; after order 1: −3 ≤ 25 → fail.
    const plain = { high: false, harder: false, highatomic: false, cma: true, noWatermarks: false }
    expect(
      zoneWatermarkOk(state(800, { buddyCounts: counts, buddyTypes: null }), 2, 100, 0, plain, v('3.10')).pass,
    ).toBe(false)
  })

  it('lets the 4.9-5.8 order-0 shortcut ignore the highatomic reserve, and 5.9+ apply it', () => {
    const plain = { high: false, harder: false, highatomic: false, cma: false, noWatermarks: false }
    const zone = state(1100, { reservedHighatomicPages: 512 })
    expect(zoneWatermarkFast(zone, 0, 1000, 0, 0, plain, v('5.4'), false, true).pass).toBe(true)
    expect(zoneWatermarkFast(zone, 0, 1000, 0, 0, plain, v('5.10'), false, true).term).toBe('highatomic')
  })

  it('retries an atomic order-0 request at min without the boost from 5.9', () => {
    const atomic = { high: true, harder: true, highatomic: true, cma: false, noWatermarks: false }
    // min 1000 of which 800 is boost: reduced 1000 → 375 fails free 300; without boost 200 → 75 passes.
    expect(zoneWatermarkFast(state(300), 0, 1000, 800, 0, atomic, v('5.10'), true, true).pass).toBe(true)
    expect(zoneWatermarkFast(state(300), 0, 1000, 800, 0, atomic, v('5.4'), true, true).pass).toBe(false)
    expect(zoneWatermarkFast(state(300), 0, 1000, 800, 0, atomic, v('5.10'), true, false).pass).toBe(false)
  })
})
