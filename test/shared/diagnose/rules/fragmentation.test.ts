import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf } from '../real-events'

describe('fragmentation', () => {
  it('infers fragmentation from a costly order when 018 carries no memory dump', () => {
    const f = findingOf(analyse(corpusPath('018'))[0]!, 'fragmentation')
    expect(f.severity).toBe('warning')
    expect(f.params).toMatchObject({ blockKb: 128, order: 5 })
    expect(f.evidence).toHaveLength(1)
  })

  it('says the blocks were gone when the buddy list printed after 026 still shows 64 kB blocks', () => {
    const f = findingOf(analyse(corpusPath('026'))[0]!, 'fragmentation')
    expect(f.severity).toBe('warning')
    expect(f.detailKey).toBe('finding.fragmentation.detail-after')
    expect(f.params).toMatchObject({ zone: 'DMA32', blockKb: 64, largestKb: 128 })
  })

  it('fences off DMA32 by its lowmem_reserve and blames Normal when 042 has no 64 kB block there', () => {
    const f = findingOf(analyse(corpusPath('042'))[0]!, 'fragmentation')
    expect(f.severity).toBe('critical')
    expect(f.params).toMatchObject({ zone: 'Normal', free: 126872, largestKb: 32 })
  })

  it('stays silent when the request is order 0', () => {
    const [, atomic] = analyse(corpusPath('020'))
    expect(atomic?.event.trigger.order).toBe(0)
    expect(atomic?.findings.map((f) => f.code)).not.toContain('fragmentation')
  })
})
