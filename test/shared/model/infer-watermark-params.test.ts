import { describe, expect, it } from 'vitest'
import { v } from '../../../shared/kernel/version'
import { evaluateFit, inferWatermarkFit } from '../../../shared/model/infer-watermark-params'
import { eventBasis } from '../../../shared/model/event-basis'
import type { BasisZone } from '../../../shared/model/types'
import { seedEvent } from './seed-events'

const single = (min: number, low: number, high: number, boost = 0): BasisZone => ({
  node: 0,
  zone: 'Normal',
  index: 0,
  sizePages: 29701,
  freePages: 0,
  freeCmaPages: 0,
  reservedHighatomicPages: 0,
  boostPages: boost,
  printedMinPages: min,
  printedLowPages: low,
  printedHighPages: high,
  printedReserve: null,
  buddyCounts: null,
  buddyTypes: null,
})

describe('infer-watermark-params', () => {
  it('finds pages_min 935 for seed 000 (3.14, three zones incl. HighMem)', () => {
    const eb = eventBasis(seedEvent('000'))
    const fit = inferWatermarkFit(
      eb.zones,
      eb.zones.map((z) => z.sizePages),
      eb.layout,
      eb.version,
      [],
    )
    expect(fit?.pagesMin).toBe(935)
    expect(fit?.fitted).toEqual([true, true, true])
    expect(fit?.watermarkScaleFactor).toBeNull()
  })

  it('infers an unprinted boost on 5.0-5.15 from a gap smaller than a quarter of min', () => {
    // 020 second report: min 1368 low 1454 high 1540 pages → share 344, boost 1024.
    const fit = inferWatermarkFit([single(1368, 1454, 1540)], [118804 / 4], ['Normal', 'Movable'], v('5.8'), [])
    expect(fit?.boostPages).toEqual([1024])
    expect(fit?.marks[0]?.minPages).toBe(344)
  })

  it('reads a watermark_scale_factor above the default from a gap wider than a quarter of the share', () => {
    const fit = evaluateFit([single(1000, 1000 + 297, 1000 + 594)], [29701], ['Normal', 'Movable'], v('5.4'), 1000)
    expect(fit.watermarkScaleFactor).toBe(100)
    expect(fit.fitted).toEqual([true])
  })

  it('returns null when no zone printed a size', () => {
    expect(inferWatermarkFit([single(10, 12, 15)], [0], ['Normal'], v('5.4'), [])).toBeNull()
  })
})
