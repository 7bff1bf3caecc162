import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf } from '../real-events'

describe('outcome-unexplained', () => {
  it('says memory was not short and points at the page fault when 104 OOMs with gfp_mask=0 and 1.4 GB free', () => {
    const [a] = analyse(corpusPath('104'))
    expect(a!.findings.map((f) => f.code)).toEqual(['outcome-unexplained'])
    const f = findingOf(a!, 'outcome-unexplained')
    expect(f.severity).toBe('info')
    expect(f.detail).toContain('Normal had 852,132 kB')
    expect(f.detail).toContain('pagefault_out_of_memory')
    expect(f.facts?.find((x) => x.name === 'Normal margin')?.value).toBeGreaterThan(800_000)
    expect(f.evidence.some((e) => e.role === 'page fault')).toBe(true)
  })

  it('blames vmalloc, not the free lists, when 122 fails a 0-byte vmalloc with 5 GB free in 64 kB pages', () => {
    const [a] = analyse(corpusPath('122'))
    expect(a!.findings.map((f) => f.code)).toEqual(['outcome-unexplained'])
    expect(findingOf(a!, 'outcome-unexplained').detail).toContain('vmalloc: allocation failure: 0 bytes')
  })

  it('names the missing header and Mem-Info when 111 begins with the kill line of an earlier OOM', () => {
    const [first] = analyse(corpusPath('111'))
    const f = findingOf(first!, 'outcome-unexplained')
    expect(f.detail).toContain('only the lines after the header are left (polkitd (211))')
    expect(f.detail).toMatch(/lacks: its header .*, the Mem-Info/)
    expect(f.recommendations?.[0]).toMatch(/^Collect the whole report/)
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
