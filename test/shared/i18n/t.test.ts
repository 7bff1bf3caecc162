import { describe, expect, it } from 'vitest'
import { CATALOG_EN, type MessageKey } from '../../../shared/i18n/catalog/en'
import { CATALOG_ZH_CN } from '../../../shared/i18n/catalog/zh-cn'
import { CATALOG_ZH_TW } from '../../../shared/i18n/catalog/zh-tw'
import { t } from '../../../shared/i18n/t'

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[0]).sort()
const keys = Object.keys(CATALOG_EN) as MessageKey[]

describe('t', () => {
  it('fills placeholders with their styles when the parameters are given', () => {
    const text = t('en', 'phrase.zone-below-min', {
      zone: 'Normal',
      free: 3556,
      usable: '',
      mark: 'min',
      min: 3672,
      miss: 116,
    })
    expect(text).toBe(
      'Normal free 3,556 kB (3.5 MiB) is not above its min watermark 3,672 kB (3.6 MiB) (missed by 116 kB)',
    )
  })

  it('writes Chinese when the language is zh-CN or zh-TW', () => {
    expect(t('zh-CN', 'finding.no-swap.title')).toBe('没有配置 swap')
    expect(t('zh-TW', 'finding.no-swap.title')).toBe('沒有設定 swap')
    expect(t('zh-CN', 'finding.cma-unusable.detail', { pct: 0.854 })).toMatch(/^空闲内存中 85\.4 % 是 CMA/)
  })

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(t('en', 'phrase.caller')).toBe(', from {fn}')
  })

  it('has every key with the same placeholders in every catalogue', () => {
    for (const catalog of [CATALOG_ZH_CN, CATALOG_ZH_TW]) {
      expect(Object.keys(catalog).sort()).toEqual([...keys].sort())
      for (const key of keys) expect(placeholders(catalog[key]), key).toEqual(placeholders(CATALOG_EN[key]))
    }
  })

  it('has no simplified-only characters in the traditional catalogue', () => {
    const text = Object.values(CATALOG_ZH_TW).join('')
    for (const ch of ['内', '页', '进', '驱', '统', '务']) expect(text.includes(ch), ch).toBe(false)
  })
})
