import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('cma-unusable', () => {
  it('computes the CMA size that would have passed when seed 004 missed min by 2,240 kB', () => {
    const f = findingOf(analyse(seedPath('004'))[0]!, 'cma-unusable')
    expect(f.detail).toContain('85.4 % of the free memory is CMA')
    expect(f.recommendations?.[0]).toContain('at most 521,216 kB (509.0 MiB) (now 524,288 kB (512.0 MiB))')
    expect(f.facts?.find((x) => x.name === 'cma reserved')?.value).toBe(8192 * 64)
    expect(f.facts?.find((x) => x.name === 'page size')?.value).toBe(64)
  })

  it('stays silent when free CMA is a small part of free memory as in 023', () => {
    expect(analyse(corpusPath('023'))[0]?.findings.map((f) => f.code)).not.toContain('cma-unusable')
  })
})
