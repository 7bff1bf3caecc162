import { describe, expect, it } from 'vitest'
import { CATALOG_EN as en } from '../../../shared/i18n/catalog/en'
import { CATALOG_ZH_CN as zhCN } from '../../../shared/i18n/catalog/zh-cn'
import { CATALOG_ZH_TW as zhTW } from '../../../shared/i18n/catalog/zh-tw'

// The report's part of the catalogue (the finding words are checked in test/shared/i18n).
const entries = (catalogue: Readonly<Record<string, string>>) =>
  Object.entries(catalogue).filter(([k]) => !/^(finding|phrase|rec)\./.test(k))

describe('report catalogue', () => {
  it('punctuates Chinese with full-width marks, and Traditional Chinese the Taiwan way', () => {
    const halfWidth = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/
    for (const catalogue of [zhCN, zhTW])
      expect(entries(catalogue).filter(([, text]) => halfWidth.test(text))).toEqual([])
    expect(entries(zhTW).filter(([, text]) => /[“”]|對比|點擊|內存|進程|默認|頁面|日誌未/.test(text))).toEqual([])
  })

  it('explains every parser note code in all three languages', () => {
    const notes = Object.keys(en).filter((k) => k.startsWith('note.'))
    expect(notes.length).toBeGreaterThan(35)
    for (const key of notes) {
      const k = key as keyof typeof en
      expect(zhCN[k], key).toMatch(/[\u4e00-\u9fff]/)
      expect(zhTW[k], key).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
