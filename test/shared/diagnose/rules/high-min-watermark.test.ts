import { describe, expect, it } from 'vitest'
import { defaultMinFreeKb, unboostedMinKb } from '../../../../shared/diagnose/rules/high-min-watermark'
import { analyse, corpusPath, findingOf, firstEvent, seedPath } from '../real-events'

describe('high-min-watermark', () => {
  it('recommends a min_free_kbytes that leaves DMA32 1 % headroom when seed 002 misses min by 48 kB', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'high-min-watermark')
    expect(f.recommendations?.[0]).toMatch(/^vm\.min_free_kbytes = 34,78\d or lower would have left DMA32 10,045 kB/)
  })

  it('removes the watermark boost when 5.8 prints a boosted min on 020', () => {
    const [, boosted] = analyse(corpusPath('020'))
    const zone = boosted!.event.zones[0]!
    expect(zone.minKb).toBe(5472)
    expect(unboostedMinKb(zone, 4)).toBe(1388) // 4 × (low − min) + 3 pages: the unboosted 1376 kB
    expect(boosted!.findings.map((f) => f.code)).not.toContain('high-min-watermark')
  })

  it('stays silent when 2.2 % of seed 003 is below min', () => {
    expect(analyse(seedPath('003'))[0]?.findings.map((f) => f.code)).not.toContain('high-min-watermark')
    expect(firstEvent(seedPath('003')).zones[1]?.minKb).toBe(44696)
  })

  it('computes the boot default as √(16 × lowmem kB)', () => {
    expect(defaultMinFreeKb(1020360)).toBe(4040)
    expect(defaultMinFreeKb(1024)).toBe(128)
  })
})
