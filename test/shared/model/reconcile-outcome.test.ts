import { describe, expect, it } from 'vitest'
import { decodeGfpFlags } from '../../../shared/kernel/gfp/decode-gfp'
import { v } from '../../../shared/kernel/version'
import { replayAllocation, type ReplayInput } from '../../../shared/model/allocation-replay'
import { reconcileWithOutcome } from '../../../shared/model/reconcile-outcome'
import type { BasisZone } from '../../../shared/model/types'

const dma32 = (freePages: number, freeCmaPages: number): BasisZone => ({
  node: 0,
  zone: 'DMA32',
  index: 0,
  sizePages: 31198,
  freePages,
  freeCmaPages,
  reservedHighatomicPages: 0,
  boostPages: 0,
  printedMinPages: 1431,
  printedLowPages: 1788,
  printedHighPages: 2145,
  printedReserve: [0, 0, 0],
  buddyCounts: null,
  buddyTypes: null,
})
const input = (z: BasisZone, names: string[]): ReplayInput => ({
  version: v('5.4'),
  pageSizeKb: 64,
  layout: ['DMA32', 'Normal', 'Movable'],
  zones: [z],
  marks: [{ minPages: 1431, lowPages: 1788, highPages: 2145 }],
  reserves: [[0, 0, 0]],
  freeCmaPages: [z.freeCmaPages],
  gfpFlags: new Set(decodeGfpFlags(null, names, '5.4').flags),
  order: 0,
  cmaUnusable: false,
})

describe('reconcile-outcome', () => {
  it('explains an observed failure by CMA being unusable when only free CMA cleared the mark', () => {
    const i = input(dma32(9580, 8184), ['GFP_HIGHUSER_MOVABLE'])
    const r = reconcileWithOutcome(replayAllocation(i), i, true)
    expect(r.cmaUnusable).toBe(true)
    expect(r.replay).toMatchObject({ succeeds: false, stockSucceeds: true, assumptions: ['cma-unusable'] })
  })

  it('reports an unexplained outcome when nothing modelled makes the zone fail', () => {
    const i = input(dma32(9580, 0), ['GFP_HIGHUSER_MOVABLE'])
    const r = reconcileWithOutcome(replayAllocation(i), i, true)
    expect(r.replay).toMatchObject({ succeeds: false, assumptions: ['outcome-unexplained'] })
  })

  it('leaves a stock replay alone when it already fails or nothing failed', () => {
    const i = input(dma32(1000, 0), ['GFP_KERNEL'])
    expect(reconcileWithOutcome(replayAllocation(i), i, true).replay.assumptions).toEqual([])
    const ok = input(dma32(9580, 0), ['GFP_KERNEL'])
    expect(reconcileWithOutcome(replayAllocation(ok), ok, false).replay.succeeds).toBe(true)
  })
})
