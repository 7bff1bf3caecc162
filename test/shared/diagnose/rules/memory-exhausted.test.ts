import { describe, expect, it } from 'vitest'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('memory-exhausted', () => {
  it('says swap was full when 010 used all of its 979,956 kB swap', () => {
    const f = findingOf(analyse(corpusPath('010'))[0]!, 'memory-exhausted')
    expect(f.detail).toContain('Swap was full (0 kB free of 979,956 kB (957.0 MiB))')
  })

  it('names the unsplit LRU as the user memory when the 2.6.10 report of 043 has no anon/file split', () => {
    const f = findingOf(analyse(corpusPath('043'))[0]!, 'memory-exhausted')
    expect(f.facts?.find((x) => x.name === 'LRU (anon and file together)')?.value).toBe(165632 + 959364)
    expect(f.facts?.some((x) => x.name === 'anon (excl. shmem)')).toBe(false)
  })

  it('stays silent when 30 % of memory is free though CMA-only, as in seed 004', () => {
    expect(analyse(seedPath('004'))[0]?.findings.map((f) => f.code)).not.toContain('memory-exhausted')
  })

  it('stays silent when shmem fills the anon LRU, as in 033', () => {
    expect(analyse(corpusPath('033'))[0]?.findings.map((f) => f.code)).toEqual(['shmem-tmpfs'])
  })
})
