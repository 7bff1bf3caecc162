import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('atomic-no-reclaim', () => {
  it('explains that kswapd has PF_MEMALLOC and __GFP_NOMEMALLOC when 032 fails in kswapd0', () => {
    const f = findingOf(analyse(corpusPath('032'))[0]!, 'atomic-no-reclaim')
    expect(f.detail).toContain('kswapd0 is the reclaim thread itself')
    expect(f.detail).toContain('__GFP_NOMEMALLOC')
  })

  it('names the missing order when seed 001 passes the watermark but has no block', () => {
    const f = findingOf(analyse(seedPath('001'))[0]!, 'atomic-no-reclaim')
    expect(f.detail).toContain('order 10')
    expect(f.recommendations).toContainEqual(expect.stringMatching(/avoid high-order atomic allocations/))
  })

  it('never fires on an OOM kill, which only a reclaiming request can reach', () => {
    for (const a of analyse(corpusPath('043'))) expect(a.findings.map((f) => f.code)).not.toContain('atomic-no-reclaim')
  })
})
