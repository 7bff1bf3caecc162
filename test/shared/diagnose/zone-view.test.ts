import { describe, expect, it } from 'vitest'
import { gfpView } from '../../../shared/diagnose/gfp-view'
import { configuredZones, zoneVerdicts } from '../../../shared/diagnose/zone-view'
import { corpusPath, firstEvent, seedPath } from './real-events'
import { NO_MODEL } from '../../support/no-model'

const verdicts = (path: string) => {
  const event = firstEvent(path)
  return zoneVerdicts(event, NO_MODEL, gfpView(event, NO_MODEL))
}

describe('zone-view', () => {
  it('refuses DMA by 32 kB through lowmem_reserve when seed 000 asks for a Normal-zone page', () => {
    const [dma, normal, high] = verdicts(seedPath('000'))
    expect(dma?.decidingTerm).toBe('lowmem-reserve')
    expect(dma?.reserveKb).toBe(839 * 4)
    expect(dma?.marginKb).toBe(-32)
    expect(normal?.decidingTerm).toBe('watermark')
    expect(normal?.marginKb).toBe(-116)
    expect(high?.allowed).toBe(false)
  })

  it('refuses DMA by 428 kB and 4 kB when seeds 002 and 003 replay with stock rules', () => {
    expect(verdicts(seedPath('002'))[0]?.marginKb).toBe(-428)
    expect(verdicts(seedPath('003'))[0]?.marginKb).toBe(-4)
  })

  it('halves and quarters min for GFP_ATOMIC when 022 fails in Normal', () => {
    const normal = verdicts(corpusPath('022')).find((v) => v.zone.zone === 'Normal')
    expect(normal?.watermarkKb).toBe(77492 - 38746 - 9686)
    expect(normal?.marginKb).toBe(28608 - 29060)
  })

  it('finds only CMA blocks of order 10 when seed 001 asks for a non-movable 4 MiB block', () => {
    const [normal] = verdicts(seedPath('001'))
    expect(normal?.usableBlockKb).toBe(0)
    expect(normal?.cmaOnlyBlockKb).toBe(58 * 4096)
    expect(normal?.decidingTerm).toBe('order')
  })

  it('keeps a slot for unprinted zones when arm64 prints DMA and DMA32 with five reserve entries', () => {
    expect(configuredZones(firstEvent(corpusPath('023')), 0)).toEqual(['DMA', 'DMA32', 'Normal', 'Movable', 'Device'])
    expect(configuredZones(firstEvent(seedPath('004')), 0)).toEqual(['DMA32', 'Normal', 'Movable'])
  })
})
