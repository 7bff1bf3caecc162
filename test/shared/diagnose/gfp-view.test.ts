import { describe, expect, it } from 'vitest'
import { gfpView, kernelMajorMinor, zoneAllowed } from '../../../shared/diagnose/gfp-view'
import { corpusPath, firstEvent, seedPath } from './real-events'
import { NO_MODEL } from '../../support/no-model'

describe('gfp-view', () => {
  it('reads direct reclaim from the raw mask by version when the header prints no names', () => {
    // 3.14: 0x2084d0 has __GFP_WAIT (0x10) and no __GFP_HIGHMEM
    const view = gfpView(firstEvent(seedPath('000')), NO_MODEL)
    expect(view.canReclaim).toBe(true)
    expect(view.highestZone).toBe('Normal')
    expect(view.cmaEligible).toBe(false)
  })

  it('trusts printed names when they say GFP_ATOMIC', () => {
    const view = gfpView(firstEvent(seedPath('001')), NO_MODEL)
    expect(view.canReclaim).toBe(false)
    expect(view.isAtomic).toBe(true)
    expect(view.canCompact).toBe(false)
  })

  it('marks kswapd as a PF_MEMALLOC context when kswapd0 itself allocates', () => {
    expect(gfpView(firstEvent(corpusPath('032')), NO_MODEL).memallocContext).toBe(true)
  })

  it('leaves reclaim unknown when neither a version nor names are printed', () => {
    expect(gfpView(firstEvent(corpusPath('043')), NO_MODEL).canReclaim).toBeNull()
  })

  it('sees a movable, CMA-eligible request when GFP_HIGHUSER_MOVABLE is printed', () => {
    const view = gfpView(firstEvent(seedPath('004')), NO_MODEL)
    expect(view.cmaEligible).toBe(true)
    expect(view.highestZone).toBe('Movable')
  })

  it('orders zones like enum zone_type when deciding what a request may use', () => {
    expect(zoneAllowed('HighMem', 'Normal')).toBe(false)
    expect(zoneAllowed('DMA32', 'Movable')).toBe(true)
    expect(kernelMajorMinor('4.9.0-4-amd64')).toEqual([4, 9])
    expect(kernelMajorMinor(null)).toBeNull()
  })
})
