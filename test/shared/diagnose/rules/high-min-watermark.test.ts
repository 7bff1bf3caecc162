import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import type { MemEvent } from '../../../../shared/event/types'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath, eventsOf, findingOf, firstEvent, seedPath } from '../real-events'
import { scaleEvent } from '../transform-events'

const codes = (event: MemEvent): string[] => diagnoseEvent(event, analyzeModel(event), 'en').map((f) => f.code)

describe('high-min-watermark', () => {
  it('recommends a min_free_kbytes that leaves DMA32 1 % headroom when seed 002 misses min by 48 kB', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'high-min-watermark')
    expect(f.recommendationKeys[0]).toMatchObject({
      key: 'rec.high-min-watermark.value',
      params: { value: expect.closeTo(34750, -2), zone: 'DMA32', headroom: 10045 },
    })
  })

  it('does not count the watermark boost as min_free_kbytes when 5.8 prints a boosted min on 020', () => {
    const [, boosted] = analyse(corpusPath('020'))
    expect(boosted!.event.zones[0]!.minKb).toBe(5472) // 1376 kB unboosted + the boost
    expect(boosted!.findings.map((f) => f.code)).not.toContain('high-min-watermark')
  })

  it('stays silent when 2.2 % of seed 003 is below min', () => {
    expect(analyse(seedPath('003'))[0]?.findings.map((f) => f.code)).not.toContain('high-min-watermark')
    expect(firstEvent(seedPath('003')).zones[1]?.minKb).toBe(44696)
  })

  it("is a cause on seed 002 because DMA32 would have passed the last try with the boot default's watermarks", () => {
    const [a] = analyse(seedPath('002'))
    const decision = a!.model.minFree?.decision
    expect(decision).toMatchObject({ defaultKb: 3997, stage: 'last-try', decided: true })
    expect(decision?.passingWithDefault).toContain('DMA32')
    // DMA32 free 44,288 kB against the default's high watermark: far above it.
    const dma32 = decision?.marginsWithDefault.find((m) => m.zone === 'DMA32')
    expect(dma32?.marginKb).toBeGreaterThan(30000)
    expect(
      findingOf(a!, 'high-min-watermark').facts?.find((f) => f.name === 'DMA32 margin with the default')?.value,
    ).toBe(dma32?.marginKb)
    // The same machine twice the size: the same reading.
    expect(codes(scaleEvent(a!.event, 2))).toContain('high-min-watermark')
  })

  it("is no finding when free was far below even the default's watermarks (seed 002 with DMA and DMA32 nearly empty)", () => {
    const event = firstEvent(seedPath('002'))
    // DMA alone would have served it with the default (free 4,124 kB over lowmem_reserve 3,836 kB + min): empty both.
    const empty: MemEvent = {
      ...event,
      zones: event.zones.map((z) => ({ ...z, freeKb: 64, fields: { ...z.fields, free: 64 } })),
    }
    expect(analyzeModel(empty).minFree?.decision?.decided).toBe(false)
    expect(codes(empty)).not.toContain('high-min-watermark')
  })

  it('is context only when 102 used up RAM and its 2 GB of swap, and a finding once the same swap is left free', () => {
    const event = firstEvent(corpusPath('102'))
    expect(analyzeModel(event).minFree?.decision?.decided).toBe(true)
    expect(codes(event)).not.toContain('high-min-watermark')
    const swapFree: MemEvent = { ...event, swap: { totalKb: 2097148, freeKb: 2097148 } }
    expect(codes(swapFree)).toContain('high-min-watermark')
  })

  it('is context only when a kernel-side holder outweighs all user memory: 111 (memory in no counter), 005 (slab in lowmem)', () => {
    const [, second] = eventsOf(corpusPath('111'))
    expect(analyzeModel(second!).minFree?.decision?.decided).toBe(true)
    expect(codes(second!)).toEqual(['unaccounted-memory'])
    const [lowmem] = analyse(corpusPath('005'))
    expect(lowmem!.model.memoryBalance?.lowmem?.buckets.find((b) => b.name === 'slab_reclaimable')?.kb).toBe(127609 * 4)
    expect(lowmem!.findings.map((f) => f.code)).toEqual(['lowmem-exhausted'])
  })
})
