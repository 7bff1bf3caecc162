import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../../../renderer/src/i18n'
import { en } from '../../../renderer/src/i18n/en'
import { zhCN } from '../../../renderer/src/i18n/zh-CN'
import { zhTW } from '../../../renderer/src/i18n/zh-TW'
import { t as reportT } from '../../../shared/i18n/t'
import { halfWidthOffenders, notTaiwanOffenders } from '../../support/chinese-usage'

type Tree = { readonly [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v)
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv)
  }
  return out
}

// A set: plural forms (`{n} event | {n} events`) repeat a placeholder.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

describe('i18n messages', () => {
  const base = leaves(en)

  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ] as const)('has every English key with the same placeholders in %s', (_lang, messages) => {
    const other = leaves(messages)
    expect([...other.keys()].sort()).toEqual([...base.keys()].sort())
    for (const [key, text] of base) {
      expect(placeholders(other.get(key) ?? ''), key).toEqual(placeholders(text))
      expect(other.get(key), key).not.toBe('')
    }
  })

  it('keeps simplified-only characters out of the traditional catalogue', () => {
    // Characters whose traditional form differs, as they appear in the simplified catalogue.
    const simplifiedOnly = /[个这为时间记内进选择两没闲链设报导开关错误题语筛线区动阶务称页态换]/
    const offenders = [...leaves(zhTW)].filter(([, text]) => simplifiedOnly.test(text))
    expect(offenders).toEqual([])
  })

  it('says one event and two events in English, and counts the same way in Chinese', () => {
    const t = (lang: 'en' | 'zh-TW', n: number) => createAppI18n(lang).global.t('case.eventCount', { n }, n)
    expect([0, 1, 2].map((n) => t('en', n))).toEqual(['0 events', '1 event', '2 events'])
    expect([1, 2].map((n) => t('zh-TW', n))).toEqual(['1 個事件', '2 個事件'])
  })

  it('calls each event kind by the same name in the app as in the reports, in every language', () => {
    for (const [lang, messages] of [
      ['en', en],
      ['zh-CN', zhCN],
      ['zh-TW', zhTW],
    ] as const)
      for (const kind of ['oom', 'memcg-oom', 'alloc-failure'] as const)
        expect(messages.kind[kind], `${lang} ${kind}`).toBe(reportT(lang, `kind.${kind}`))
    expect(zhTW.kind.oom).toBe('OOM 終止行程')
  })

  it('punctuates Chinese with full-width marks and writes Traditional Chinese the Taiwan way', () => {
    for (const messages of [zhCN, zhTW]) expect(halfWidthOffenders(leaves(messages))).toEqual([])
    expect(notTaiwanOffenders(leaves(zhTW))).toEqual([])
  })
})
