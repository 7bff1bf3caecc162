import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, firstEvent, seedPath } from '../real-events'

describe('high-min-watermark', () => {
  it('recommends a min_free_kbytes that leaves DMA32 1 % headroom when seed 002 misses min by 48 kB', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'high-min-watermark')
    expect(f.recommendations?.[0]).toMatch(/^vm\.min_free_kbytes = 34,7\d\d or lower would have left DMA32 10,045 kB/)
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
})
