import { describe, expect, it } from 'vitest'
import { ruleContext } from '../../../../shared/diagnose/rule-context'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath, findingOf, firstEvent, seedPath } from '../real-events'
import { scaleEvent } from '../transform-events'
import { phrasesOf } from '../../../support/finding-phrases'

describe('unaccounted-memory', () => {
  it('blames the balloon and suggests a floor when virtio_balloon is in the call trace of seed 002', () => {
    const f = findingOf(analyse(seedPath('002'))[0]!, 'unaccounted-memory')
    expect(f.recommendationKeys[0]?.key).toBe('rec.unaccounted-memory.balloon')
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
    expect(f.params).toMatchObject({ scope: { key: 'phrase.whole-machine' }, managed: 2040416 })
    expect(f.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(1743980)
  })

  it('leaves where memory went out of a failure that lacked only a block, though 035 has 3.5 GiB in no counter', () => {
    const [a] = analyse(corpusPath('035'))
    expect(ruleContext(a!.event, a!.model).balance?.total?.unaccountedKb).toBe(15094492 - 11419268)
    expect(a!.findings.map((f) => f.code)).toEqual(['fragmentation'])
  })

  it('finds 806 MiB of lowmem in no counter when 116 (i386 2.6.24) runs out of Normal with 2.3 GB of HighMem counted', () => {
    const [a] = analyse(corpusPath('116'))
    expect(a!.findings.map((f) => f.code)).toEqual(['lowmem-exhausted', 'unaccounted-memory'])
    const f = findingOf(a!, 'unaccounted-memory')
    expect(f.params).toMatchObject({ managed: 910336, managedFrom: { key: 'phrase.managed-from-present' } })
    expect(phrasesOf(f).map((p) => p.params)).toContainEqual({ name: 'HighMem mem_map', kb: 25600 })
    // show_mem's page walk counts pages drivers marked reserved: the holder the report names.
    expect(f.params.holders).toMatchObject({ items: [expect.stringContaining('(PG_reserved)')] })
    expect(f.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(825352)
    expect(f.evidence.some((e) => e.text.includes('Normal free:3732kB'))).toBe(true)
    // lowmem-exhausted names the lowmem that no counter explains as the consumer to find.
    expect(findingOf(a!, 'lowmem-exhausted').recommendationKeys.at(-1)).toMatchObject({
      key: 'rec.lowmem-exhausted.unaccounted',
      params: { kb: 825352, pct: expect.closeTo(0.907, 3) },
    })
  })

  it('finds the same share of lowmem in no counter when 116 is a machine twice the size', () => {
    const event = scaleEvent(firstEvent(corpusPath('116')), 2)
    const f = diagnoseEvent(event, analyzeModel(event), 'en').find((x) => x.code === 'unaccounted-memory')
    expect(f?.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(2 * 825352)
    expect(f?.params.pct).toBeCloseTo(0.907, 3)
  })

  it("leaves 113's CMA area in use to the CMA holder: what no one explains (14.9 %) is ordinary driver memory", () => {
    const [a] = analyse(corpusPath('113'))
    expect(a!.findings.map((f) => f.code)).toEqual(['atomic-no-reclaim'])
    // The same report without its CMA reservation line: 20.8 % in no counter, and nothing to attribute it to.
    const event = firstEvent(corpusPath('113'))
    const noCma = { ...event, ram: { ...event.ram, cmaReservedPages: null } }
    const f = diagnoseEvent(noCma, analyzeModel(noCma), 'en').find((x) => x.code === 'unaccounted-memory')
    expect(f?.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(685024)
    // A phone whose drivers hold more: past the threshold even after the CMA attribution, which the detail names.
    const heavier = { ...event, zones: event.zones.map((z) => ({ ...z, managedKb: (z.managedKb ?? 0) + 400000 })) }
    const g = diagnoseEvent(heavier, analyzeModel(heavier), 'en').find((x) => x.code === 'unaccounted-memory')
    expect(phrasesOf(g!).map((p) => p.params?.kb)).toContain(196020)
    expect(g?.facts?.find((x) => x.name === 'unaccounted')?.value).toBe(489004 + 400000)
  })
})
