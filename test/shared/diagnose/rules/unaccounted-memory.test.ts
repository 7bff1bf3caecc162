import { describe, expect, it } from 'vitest'
import { ruleContext } from '../../../../shared/diagnose/rule-context'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('unaccounted-memory', () => {
  it('blames the balloon and suggests a floor when virtio_balloon is in the call trace of seed 002', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'unaccounted-memory')
    expect(f.recommendations?.[0]).toMatch(/^Deflate the balloon/)
    expect(f.evidence.find((e) => e.role === 'balloon driver')?.text).toContain('virtballoon_oom_notify')
  })

  it('stays silent when the remainder is ordinary kernel overhead (4.9 % on 032, 12.5 % on 010)', () => {
    for (const n of ['032', '010', '022']) {
      expect(
        analyse(corpusPath(n))[0]?.findings.map((f) => f.code),
        n,
      ).not.toContain('unaccounted-memory')
    }
  })

  it('reports 1.66 GiB outside every counter when 111 runs out of DMA32 under BPF test_maps', () => {
    const [, second] = analyse(corpusPath('111'))
    const f = findingOf(second!, 'unaccounted-memory')
    expect(f.detail).toMatch(/^Whole machine: managed 2,040,416 kB/)
    expect(f.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(1743980)
  })

  it('leaves where memory went out of a failure that lacked only a block, though 035 has 3.5 GiB in no counter', () => {
    const [a] = analyse(corpusPath('035'))
    expect(ruleContext(a!.event, a!.model).balance?.total?.unaccountedKb).toBe(15094492 - 11419268)
    expect(a!.findings.map((f) => f.code)).toEqual(['fragmentation'])
  })
})
