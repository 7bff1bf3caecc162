import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf } from '../real-events'
import { phraseParams, phrasesOf } from '../../../support/finding-phrases'

describe('outcome-unexplained', () => {
  it('says memory was not short and points at the page fault when 104 OOMs with gfp_mask=0 and 1.4 GB free', () => {
    const [a] = analyse(corpusPath('104'))
    expect(a!.findings.map((f) => f.code)).toEqual(['outcome-unexplained'])
    const f = findingOf(a!, 'outcome-unexplained')
    expect(f.severity).toBe('info')
    expect(
      phrasesOf(f)
        .filter((p) => p.key === 'phrase.zone-passed')
        .map((p) => p.params?.free),
    ).toContain(852132)
    expect(phrasesOf(f).map((p) => p.key)).toContain('phrase.hint.pagefault')
    expect(f.facts?.find((x) => x.name === 'Normal margin')?.value).toBeGreaterThan(800_000)
    expect(f.evidence.some((e) => e.role === 'page fault')).toBe(true)
  })

  it('blames vmalloc, not the free lists, when 122 fails a 0-byte vmalloc with 5 GB free in 64 kB pages', () => {
    const [a] = analyse(corpusPath('122'))
    expect(a!.findings.map((f) => f.code)).toEqual(['outcome-unexplained'])
    expect(phraseParams(findingOf(a!, 'outcome-unexplained'), 'phrase.hint.vmalloc')).toEqual({
      message: 'vmalloc: allocation failure: 0 bytes',
    })
  })

  it('names the missing header and Mem-Info when 111 begins with the kill line of an earlier OOM', () => {
    const [first] = analyse(corpusPath('111'))
    const f = findingOf(first!, 'outcome-unexplained')
    expect(phraseParams(f, 'phrase.checked.kill-only')).toEqual({ what: 'polkitd (211)' })
    expect(phrasesOf(f).map((p) => p.key)).toEqual(
      expect.arrayContaining(['phrase.lack.header', 'phrase.lack.mem-info']),
    )
    expect(f.recommendationKeys[0]?.key).toBe('rec.outcome-unexplained.full-report')
  })

  it('is never added beside a cause', () => {
    for (const n of ['010', '042', '121', '124']) {
      for (const a of analyse(corpusPath(n)))
        expect(
          a.findings.map((f) => f.code),
          n,
        ).not.toContain('outcome-unexplained')
    }
  })
})
