import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath, findingOf, firstEvent, seedPath } from '../real-events'
import { scaleEvent } from '../transform-events'
import { phraseParams } from '../../../support/finding-phrases'

describe('memory-exhausted', () => {
  it('says swap was full when 010 used all of its 979,956 kB swap', () => {
    const f = findingOf(analyse(corpusPath('010'))[0]!, 'memory-exhausted')
    expect(phraseParams(f, 'phrase.swap-full')).toEqual({ total: 979956, free: 0 })
  })

  it('names the unsplit LRU as the user memory when the 2.6.10 report of 043 has no anon/file split', () => {
    const f = findingOf(analyse(corpusPath('043'))[0]!, 'memory-exhausted')
    expect(f.facts?.find((x) => x.name === 'LRU (anon and file together)')?.value).toBe(165632 + 959364)
    expect(f.facts?.some((x) => x.name === 'anon (excl. shmem)')).toBe(false)
  })

  it("reads the model's combined LRU on 108 (i386 2.6.24), and twice it on the same machine ×2", () => {
    const f = findingOf(analyse(corpusPath('108'))[0]!, 'memory-exhausted')
    expect(f.facts?.find((x) => x.name === 'LRU (anon and file together)')?.value).toBe(1959060)
    const event = scaleEvent(firstEvent(corpusPath('108')), 2)
    const scaled = diagnoseEvent(event, analyzeModel(event), 'en').find((x) => x.code === 'memory-exhausted')
    expect(scaled?.facts?.find((x) => x.name === 'LRU (anon and file together)')?.value).toBe(2 * 1959060)
  })

  it("counts the whole anon LRU as user memory when 115's 4.9 summary shmem contradicts its node line, also ×2", () => {
    for (const k of [1, 2]) {
      const event = scaleEvent(firstEvent(corpusPath('115')), k)
      const found = diagnoseEvent(event, analyzeModel(event), 'en')
      expect(found.map((x) => x.code)).toEqual(['memory-exhausted'])
      const f = found[0]!
      expect(f.facts?.find((x) => x.name === 'anon (excl. shmem)')?.value).toBe(k * 1853948)
      expect(f.params.pct).toBeCloseTo(0.926, 3)
    }
  })

  it('stays silent when 30 % of memory is free though CMA-only, as in seed 004', () => {
    expect(analyse(seedPath('004'))[0]?.findings.map((f) => f.code)).not.toContain('memory-exhausted')
  })

  it('stays silent when shmem fills the anon LRU, as in 033', () => {
    expect(analyse(corpusPath('033'))[0]?.findings.map((f) => f.code)).toEqual(['shmem-tmpfs'])
  })
})
