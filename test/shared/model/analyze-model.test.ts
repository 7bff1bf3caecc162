import { describe, expect, it } from 'vitest'
import { analyzeModel } from '../../../shared/model/index'
import type { MemEvent } from '../../../shared/event/types'
import { corpusEvents, seedEvent } from './seed-events'

describe('analyze-model', () => {
  it('replays seed 000: Normal below min, DMA refused by its lowmem_reserve, HighMem not allowed', () => {
    const m = analyzeModel(seedEvent('000'))
    const byZone = Object.fromEntries((m.allocation?.zones ?? []).map((z) => [z.zone, z]))
    expect(m.allocation?.succeeds).toBe(false)
    expect(byZone['Normal']).toMatchObject({ allowed: true, pass: false, decidingTerm: 'watermark' })
    expect(byZone['DMA']).toMatchObject({ pass: false, decidingTerm: 'lowmem-reserve', marginKb: -32 })
    expect(byZone['HighMem']).toMatchObject({ allowed: false, decidingTerm: 'not-allowed' })
    expect(m.gfp?.highestZone).toBe('Normal')
  })

  it('selects pid 1386 with score 2 on seed 000 although the kernel killed child 593', () => {
    const ev = seedEvent('000')
    const m = analyzeModel(ev)
    expect(ev.killed?.pid).toBe(593)
    expect(m.predictedVictim).toMatchObject({ pid: 1386, score: 2 })
  })

  it('selects 1439 (368) on seed 002 and 253 (888) on seed 003, as their kill lines print', () => {
    expect(analyzeModel(seedEvent('002')).predictedVictim).toMatchObject({ pid: 1439, score: 368 })
    expect(analyzeModel(seedEvent('003')).predictedVictim).toMatchObject({ pid: 253, score: 888 })
  })

  it('refuses DMA by 428 kB on seed 002 and by 4 kB on seed 003 (kernel-facts 6)', () => {
    const dma = (prefix: string) => analyzeModel(seedEvent(prefix)).allocation?.zones.find((z) => z.zone === 'DMA')
    expect(dma('002')).toMatchObject({ decidingTerm: 'lowmem-reserve', marginKb: -428 })
    expect(dma('003')).toMatchObject({ decidingTerm: 'lowmem-reserve', marginKb: -4 })
  })

  it('explains seed 004 only with CMA unusable: stock 5.4 rules would have succeeded', () => {
    const a = analyzeModel(seedEvent('004')).allocation
    expect(a).toMatchObject({ succeeds: false, stockSucceeds: true, assumptions: ['cma-unusable'] })
    expect(a?.zones[0]).toMatchObject({ zone: 'DMA32', decidingTerm: 'cma', marginKb: 89344 - 91584 })
  })

  it('infers the boot default on seed 000 and THP values on seeds 002 and 003', () => {
    expect(analyzeModel(seedEvent('000'))).toMatchObject({ inferredMinFreeKbytes: 3743, minFreeSource: 'default' })
    expect(analyzeModel(seedEvent('002'))).toMatchObject({ inferredMinFreeKbytes: 45056, minFreeSource: 'thp' })
    expect(analyzeModel(seedEvent('003'))).toMatchObject({ inferredMinFreeKbytes: 45056, minFreeSource: 'thp' })
  })

  it('infers an unprinted boost on 5.8 when min/low/high all sit one boost above the computed marks', () => {
    // 020 (MIPS, 5.8): the first report has min 1376 low 1720 high 2064; the second prints
    // min 5472 low 5816 high 6160 — the same gaps plus a 4096 kB (one 4 MiB pageblock) boost.
    const events = corpusEvents('020')
    const first = analyzeModel(events.find((e) => e.zones[0]?.minKb === 1376) as MemEvent)
    const second = analyzeModel(events.find((e) => e.zones[0]?.minKb === 5472) as MemEvent)
    expect(first.zones[0]).toMatchObject({ zone: 'Normal', minKb: 1376, lowKb: 1720, highKb: 2064, boostKb: 0 })
    expect(second.zones[0]).toMatchObject({ zone: 'Normal', minKb: 5472, lowKb: 5816, highKb: 6160, boostKb: 4096 })
    expect(second.inferredMinFreeKbytes).toBe(first.inferredMinFreeKbytes)
  })
})
