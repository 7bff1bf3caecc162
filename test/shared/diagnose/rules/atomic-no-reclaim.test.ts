import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'
import { phraseParams } from '../../../support/finding-phrases'

describe('atomic-no-reclaim', () => {
  it('explains that kswapd has PF_MEMALLOC and __GFP_NOMEMALLOC when 032 fails in kswapd0', () => {
    const f = findingOf(analyse(corpusPath('032'))[0]!, 'atomic-no-reclaim')
    expect(phraseParams(f, 'phrase.kswapd-nomemalloc')).toEqual({ comm: 'kswapd0' })
    expect(f.params.gfp).toContain('__GFP_NOMEMALLOC')
  })

  it('names the missing order when seed 001 passes the watermark but has no block', () => {
    const f = findingOf(analyse(seedPath('001'))[0]!, 'atomic-no-reclaim')
    expect(phraseParams(f, 'phrase.no-block-of-order')).toEqual({ order: 10 })
    expect(f.recommendationKeys).toContainEqual({ key: 'rec.atomic-no-reclaim.order' })
  })

  it('never fires on an OOM kill, which only a reclaiming request can reach', () => {
    for (const a of analyse(corpusPath('043'))) expect(a.findings.map((f) => f.code)).not.toContain('atomic-no-reclaim')
  })
})
