import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('cma-unusable', () => {
  it('computes the CMA size that would have passed when seed 004 missed min by 2,240 kB', () => {
    const f = findingOf(analyse(seedPath('004'))[0]!, 'cma-unusable')
    expect(f.params).toMatchObject({ zone: 'DMA32', free: 613120, cma: 523776, miss: 2240 })
    expect(f.params.pct).toBeCloseTo(0.854, 3)
    expect(f.recommendationKeys[0]).toEqual({
      key: 'rec.cma-unusable.size',
      params: { maxCma: 521216, cmaReserved: 524288, zone: 'DMA32' },
    })
    expect(f.facts?.find((x) => x.name === 'cma reserved')?.value).toBe(8192 * 64)
    expect(f.facts?.find((x) => x.name === 'page size')?.value).toBe(64)
  })

  it('stays silent when free CMA is a small part of free memory as in 023', () => {
    expect(analyse(corpusPath('023'))[0]?.findings.map((f) => f.code)).not.toContain('cma-unusable')
  })
})
