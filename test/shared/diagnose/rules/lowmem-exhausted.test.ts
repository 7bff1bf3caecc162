import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import { analyzeModel } from '../../../../shared/model/index'
import { parseText } from '../../../../shared/parse/index'
import { analyse, corpusPath, findingOf, seedPath } from '../real-events'
import { phraseParams } from '../../../support/finding-phrases'

describe('lowmem-exhausted', () => {
  it('names the largest lowmem consumer when 005 fills Normal with reclaimable slab', () => {
    const [a] = analyse(corpusPath('005'))
    const f = findingOf(a!, 'lowmem-exhausted')
    expect(phraseParams(f, 'phrase.zone-below-min')).toMatchObject({ zone: 'Normal', free: 38764 })
    expect(f.params).toMatchObject({ upper: { items: ['HighMem'] }, highFree: 5483712 })
    expect(f.recommendationKeys[2]).toMatchObject({ params: { name: 'slab_reclaimable', kb: 510436 } }) // 127609 pages
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
    expect(f?.params).toMatchObject({
      upper: { items: ['Movable'] },
      highFree: 1155752,
      why: { key: 'phrase.lowmem-why-movable' },
    })
    expect(f?.recommendationKeys[0]?.key).toBe('rec.lowmem-exhausted.movable')
  })
})
