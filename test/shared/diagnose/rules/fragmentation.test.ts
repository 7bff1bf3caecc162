import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf } from '../real-events'

describe('fragmentation', () => {
  it('infers fragmentation from a costly order when 018 carries no memory dump', () => {
    const f = findingOf(analyse(corpusPath('018'))[0]!, 'fragmentation')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('128 kB (order 5)')
    expect(f.evidence).toHaveLength(1)
  })

  it('says the blocks were gone when the buddy list printed after 026 still shows 64 kB blocks', () => {
    const f = findingOf(analyse(corpusPath('026'))[0]!, 'fragmentation')
    expect(f.severity).toBe('warning')
    expect(f.detail).toContain('printed after the allocator gave up')
  })

  it('fences off DMA32 by its lowmem_reserve and blames Normal when 042 has no 64 kB block there', () => {
    const f = findingOf(analyse(corpusPath('042'))[0]!, 'fragmentation')
    expect(f.severity).toBe('critical')
    expect(f.detail).toContain('Normal had 126,872 kB')
    expect(f.detail).toContain('largest usable free block was 32 kB')
  })

  it('stays silent when the request is order 0', () => {
    const [, atomic] = analyse(corpusPath('020'))
    expect(atomic?.event.trigger.order).toBe(0)
    expect(atomic?.findings.map((f) => f.code)).not.toContain('fragmentation')
  })
})
