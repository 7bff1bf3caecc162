import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { parseText } from '../../../../shared/parse/index'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'

describe('lowmem-exhausted', () => {
  it('names the largest lowmem consumer when 005 fills Normal with reclaimable slab', () => {
    const [a] = analyse(corpusPath('005'))
    const f = findingOf(a!, 'lowmem-exhausted')
    expect(f.detail).toContain('Normal free 38,764 kB')
    expect(f.detail).toContain('HighMem had 5,483,712 kB')
    expect(f.recommendations?.[2]).toContain('slab_reclaimable with 510,436 kB') // 127609 pages
  })

  it('stays silent when HighMem is exhausted too, as in the 2.6.10 report of 043', () => {
    for (const a of analyse(corpusPath('043'))) expect(a.findings.map((f) => f.code)).not.toContain('lowmem-exhausted')
  })

  it('cites the call-trace frame that asked for memory when seed 000 allocates in pgd_alloc', () => {
    const f = findingOf(analyse(seedPath('000'))[0]!, 'lowmem-exhausted')
    expect(f.evidence.find((e) => e.role === 'caller')?.text).toMatch(/pgd_alloc\+0x1e\/0x130$/)
  })
})

describe('lowmem-exhausted (other upper zones)', () => {
  it('names the Movable zone when seed 000 is read with its HighMem zone printed as Movable', () => {
    const path = seedPath('000')
    const text = readFileSync(path, 'utf8').replace(/\bHighMem(?= free:| per-cpu|: \d)/g, 'Movable')
    const [event] = parseText(path, text).events
    const f = diagnoseEvent(event!, analyzeModel(event!), 'en').find((x) => x.code === 'lowmem-exhausted')
    expect(f?.title).toBe('Lowmem exhausted: the request could not use Movable')
    expect(f?.detail).toContain('Movable had 1,155,752 kB')
    expect(f?.recommendations?.[0]).toMatch(/Movable zone/)
  })
})
