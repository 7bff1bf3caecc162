// Words at the edges: a finding worded from its keys in another language reads exactly as the same
// finding diagnosed in that language, over every corpus and seed report, and survives the JSON that
// carries it to the workbench.
import { describe, expect, it } from 'vitest'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { wordFinding } from '../../../shared/diagnose/word-finding'
import type { Finding } from '../../../shared/diagnose/types'
import { LANGS } from '../../../shared/i18n/lang'
import { corpusEntries, eventsOf, seedPath } from './real-events'

const PATHS = [...corpusEntries().map((e) => e.path), ...['000', '001', '002', '003', '004'].map(seedPath)]
const words = (f: Finding) => [f.title, f.detail, ...(f.recommendations ?? [])]

/** Every finding of every input (events and case), diagnosed in `lang`. */
function findingsIn(lang: (typeof LANGS)[number]): Finding[] {
  return PATHS.flatMap((path) => {
    const analysis = analyzeCase({ inputs: [], events: eventsOf(path), snapshots: [], issues: [] }, { lang })
    return [...analysis.events.flatMap((a) => a.findings), ...analysis.caseFindings]
  })
}

describe('wordFinding', () => {
  const byLang = Object.fromEntries(LANGS.map((lang) => [lang, findingsIn(lang)]))

  it('has findings to word in every language', () => {
    expect(byLang.en!.length).toBeGreaterThan(80)
    for (const lang of LANGS) expect(byLang[lang]!.map((f) => f.code)).toEqual(byLang.en!.map((f) => f.code))
  })

  it.each(LANGS.flatMap((from) => LANGS.map((to) => [from, to] as const)))(
    'words a finding diagnosed in %s exactly as the diagnosis in %s does, after a JSON round trip',
    (from, to) => {
      const carried = JSON.parse(JSON.stringify(byLang[from])) as Finding[]
      expect(carried.map((f) => words(wordFinding(f, to)))).toEqual(byLang[to]!.map(words))
      expect(carried.map((f) => wordFinding(f, to).lang)).toEqual(carried.map(() => to))
    },
  )

  it('leaves no placeholder unfilled and no object unworded in any language', () => {
    for (const lang of LANGS)
      for (const f of byLang[lang]!)
        for (const text of words(f)) {
          expect(text, `${lang} ${f.code}`).not.toMatch(/\{\w+(:\w+)?\}|\[object /)
          expect(text.trim(), `${lang} ${f.code}`).not.toBe('')
        }
  })

  it('carries parameters free of words: numbers, names, codes and phrases of the catalogue', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : Array.isArray(v)
          ? v.flatMap(strings)
          : v && typeof v === 'object'
            ? Object.entries(v).flatMap(([k, x]) => (k === 'key' ? [] : strings(x)))
            : []
    // The same finding diagnosed in English and in Chinese carries the same keys and parameters.
    for (const lang of ['zh-CN', 'zh-TW'] as const)
      expect(byLang[lang]!.map((f) => [f.titleKey, f.detailKey, f.params, f.recommendationKeys])).toEqual(
        byLang.en!.map((f) => [f.titleKey, f.detailKey, f.params, f.recommendationKeys]),
      )
    // No parameter holds Chinese text (words are in the catalogue, not in the parameters).
    const cjk = byLang
      .en!.flatMap((f) => strings([f.params, f.recommendationKeys]))
      .filter((s) => /[\u4e00-\u9fff]/.test(s))
    expect(cjk).toEqual([])
  })
})
