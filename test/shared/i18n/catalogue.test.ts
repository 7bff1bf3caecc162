import { describe, expect, it } from 'vitest'
import { CATALOG_EN } from '../../../shared/i18n/catalog/en'
import { CATALOG_ZH_CN } from '../../../shared/i18n/catalog/zh-cn'
import { CATALOG_ZH_TW } from '../../../shared/i18n/catalog/zh-tw'
import { GLOSSARY } from '../../../shared/i18n/glossary'
import { PARSE_ISSUE_DEFS, type ParseIssueCode } from '../../../shared/parse/issue-defs'
import { issueExplanation } from '../../../shared/report/input-notes'
import { halfWidthOffenders, notTaiwanOffenders } from '../../support/chinese-usage'

const entries = (catalogue: Readonly<Record<string, string>>) => Object.entries(catalogue)
/** The glossary's texts in one language, as `[key, text]`. */
const glossary = (lang: 'zh-CN' | 'zh-TW') =>
  Object.entries(GLOSSARY).flatMap(([key, e]) => [
    [`${key} meaning`, e.text[lang].meaning] as const,
    [`${key} computed`, e.text[lang].computed] as const,
  ])

describe('the catalogue (findings and reports) and the glossary', () => {
  it('punctuates Chinese with full-width marks in both scripts', () => {
    expect(halfWidthOffenders([...entries(CATALOG_ZH_CN), ...entries(CATALOG_ZH_TW)])).toEqual([])
    expect(halfWidthOffenders([...glossary('zh-CN'), ...glossary('zh-TW')])).toEqual([])
  })

  it('writes Traditional Chinese the Taiwan way: 「」 quotes, 透過, 行程, one term for an OOM kill', () => {
    expect(notTaiwanOffenders(entries(CATALOG_ZH_TW))).toEqual([])
    expect(notTaiwanOffenders(glossary('zh-TW'))).toEqual([])
    // The killer's act is 終止 wherever a finding or a report names it, as the app's event kind does.
    expect(CATALOG_ZH_TW['kind.oom']).toBe('OOM 終止行程')
    expect(CATALOG_ZH_TW['finding.repeated-victim.title']).toContain('終止')
  })

  it('explains every registered parse-issue code in every language, the registry saying the English one', () => {
    for (const code of Object.keys(PARSE_ISSUE_DEFS) as ParseIssueCode[]) {
      expect(PARSE_ISSUE_DEFS[code].description).toBe(issueExplanation(code, 'en'))
      expect(issueExplanation(code, 'zh-CN'), code).toMatch(/[\u4e00-\u9fff]/)
      expect(issueExplanation(code, 'zh-TW'), code).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('explains every parser note code in all three languages', () => {
    const notes = Object.keys(CATALOG_EN).filter((k) => k.startsWith('note.'))
    expect(notes.length).toBeGreaterThan(35)
    for (const key of notes) {
      const k = key as keyof typeof CATALOG_EN
      expect(CATALOG_ZH_CN[k], key).toMatch(/[\u4e00-\u9fff]/)
      expect(CATALOG_ZH_TW[k], key).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
