import { describe, expect, it } from 'vitest'
import { diagnoseCase, diagnoseEvent } from '../../../shared/diagnose/index'
import { analyse, corpusPath, eventsOf, seedPath } from './real-events'
import { NO_MODEL } from '../../support/no-model'

describe('diagnose', () => {
  it('writes titles and details in Chinese when the language is zh-CN', () => {
    const [a] = analyse(seedPath('000'), 'zh-CN')
    const lowmem = a?.findings.find((f) => f.code === 'lowmem-exhausted')
    expect(lowmem?.title).toBe('低端内存（lowmem）耗尽：该请求无法使用 HighMem')
    expect(lowmem?.detail).toContain('HighMem 还有 1,155,752 kB (1.10 GiB) 空闲')
    expect(lowmem?.lang).toBe('zh-CN')
  })

  it('writes traditional Chinese when the language is zh-TW', () => {
    const [a] = analyse(seedPath('003'), 'zh-TW')
    expect(a?.findings.find((f) => f.code === 'pagetable-bloat')?.title).toBe('分頁表佔用了大量記憶體')
  })

  it('puts critical findings before warnings and info when several apply', () => {
    const [a] = analyse(seedPath('004'))
    expect(a?.findings.map((f) => f.severity)).toEqual(['critical', 'warning', 'warning', 'info'])
    expect(a?.findings.map((f) => f.code)).toEqual(['cma-unusable', 'high-min-watermark', 'no-swap', 'panic-on-oom'])
  })

  it('still gives every event a finding when the model has nothing to say', () => {
    for (const path of [seedPath('000'), seedPath('003'), corpusPath('022'), corpusPath('018')]) {
      for (const a of analyse(path)) expect(diagnoseEvent(a.event, NO_MODEL, 'en').length, path).toBeGreaterThan(0)
    }
  })

  it('attaches facts with their source lines and kernel references when a rule fires', () => {
    const [a] = analyse(seedPath('002'))
    const unaccounted = a?.findings.find((f) => f.code === 'unaccounted-memory')
    const fact = unaccounted?.facts?.find((f) => f.name === 'unaccounted')
    expect(fact?.value).toBe(374144)
    expect(fact?.from).toEqual([{ path: seedPath('002'), line: 4 }])
    expect(unaccounted?.kernelRefs).toEqual(['docs/kernel-facts.md §8.2'])
  })

  it('returns no case findings when a case holds a single event', () => {
    const events = eventsOf(seedPath('000')).map((event) => ({ event, model: NO_MODEL }))
    expect(diagnoseCase(events, [], 'en')).toEqual([])
  })
})
