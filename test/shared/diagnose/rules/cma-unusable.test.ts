import { describe, expect, it } from 'vitest'
import { whatIfKnobs } from '../../../../shared/model/what-if-knobs'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('cma-unusable', () => {
  it('computes the CMA size that would have passed when seed 004 missed min by 2,240 kB', () => {
    const f = findingOf(analyse(seedPath('004'))[0]!, 'cma-unusable')
    expect(f.params).toMatchObject({ zone: 'DMA32', free: 613120, cma: 523776, miss: 2240 })
    expect(f.params.pct).toBeCloseTo(0.854, 3)
    // Each kB taken off the area comes off free_cma and onto the non-CMA free: the strict `>` of the
    // watermark check needs the 2,240 kB it missed by plus one, so 524,288 − 2,241 kB is the largest area.
    expect(f.recommendationKeys[0]).toEqual({
      key: 'rec.cma-unusable.size',
      params: { maxCma: 524288 - (2240 + 1), cmaReserved: 524288, zone: 'DMA32' },
    })
    expect(f.facts?.find((x) => x.name === 'cma reserved')?.value).toBe(8192 * 64)
    expect(f.facts?.find((x) => x.name === 'page size')?.value).toBe(64)
  })

  it("recommends the size where the what-if's CMA slider flips the outcome (one answer for both)", () => {
    const [a] = analyse(seedPath('004'))
    const knob = whatIfKnobs(a!.event, a!.model).knobs.find((k) => k.id === 'cma_kb')
    const flip = knob?.snaps.find((s) => s.kind === 'flip')?.value
    const rec = findingOf(a!, 'cma-unusable').recommendationKeys.find((r) => r.key === 'rec.cma-unusable.size')
    expect(flip).toBeGreaterThan(0)
    expect(rec?.params?.maxCma).toBe(flip)
  })

  it('stays silent when free CMA is a small part of free memory as in 023', () => {
    expect(analyse(corpusPath('023'))[0]?.findings.map((f) => f.code)).not.toContain('cma-unusable')
  })
})
