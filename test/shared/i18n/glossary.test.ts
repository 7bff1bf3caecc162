import { describe, expect, it } from 'vitest'
import { GLOSSARY, KERNEL_DOCS, glossaryKey, glossaryNote } from '../../../shared/i18n/glossary'
import { LANGS } from '../../../shared/i18n/lang'
import { procSet } from '../analysis/proc-sets'

const entries = Object.entries(GLOSSARY)

describe('glossary', () => {
  it('says what each number means and how it is computed in every language, citing a kernel documentation page', () => {
    expect(entries.length).toBeGreaterThan(100)
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^(zone|counter|meminfo|memcg|task|sysctl|report|migrate):[\w()+-]+$/)
      expect(KERNEL_DOCS).toContain(entry.doc)
      for (const lang of LANGS) {
        expect(entry.text[lang].meaning.length, `${key} ${lang}`).toBeGreaterThan(4)
        expect(entry.text[lang].computed.length, `${key} ${lang}`).toBeGreaterThan(2)
      }
      // The Chinese texts are translations, not the English left in place.
      expect(entry.text['zh-CN'].meaning).not.toBe(entry.text.en.meaning)
      expect(entry.text['zh-TW'].meaning).not.toBe(entry.text['zh-CN'].meaning)
    }
  })

  it('writes the Traditional Chinese in Taiwanese usage, with no simplified character', () => {
    const simplifiedOnly = /[个这为时间记内进选择两没闲链设报导开关错误题语筛线区动阶务称页态换时终杀产过节点类发缓释]/
    const tw = entries.map(([key, e]) => [key, `${e.text['zh-TW'].meaning}${e.text['zh-TW'].computed}`] as const)
    expect(tw.filter(([, text]) => simplifiedOnly.test(text))).toEqual([])
    // Taiwan's words: 記憶體 (not 內存), 行程 (not 進程), 分頁 for a page.
    expect(tw.filter(([, text]) => /內存|進程|默認/.test(text))).toEqual([])
  })

  it('explains every counter a real /proc/meminfo prints that the timeline and the waterfall use', () => {
    const meminfo = procSet('hotsos-k8s-ubuntu-5.4.0-99', 'x').find((s) => s.kind === 'meminfo')
    if (meminfo?.kind !== 'meminfo') throw new Error('no meminfo')
    const shown = [
      'MemTotal',
      'MemFree',
      'MemAvailable',
      'AnonPages',
      'Cached',
      'Shmem',
      'Buffers',
      'SwapCached',
      'SReclaimable',
      'SUnreclaim',
      'KernelStack',
      'PageTables',
      'Slab',
    ]
    for (const name of shown) {
      expect(meminfo.data.values[name], name).toBeTypeOf('number')
      expect(glossaryKey('meminfo', name), name).toBe(`meminfo:${name}`)
    }
  })

  it('finds a zone line counter under its shared name, and nothing for a name it does not know', () => {
    expect(glossaryKey('zone', 'active_anon')).toBe('counter:active_anon')
    expect(glossaryKey('zone', 'min')).toBe('zone:min')
    expect(glossaryKey('memcg', 'inactive_file')).toBe('counter:inactive_file')
    expect(glossaryKey('meminfo', 'NoSuchField')).toBeNull()
    expect(glossaryNote('zone:min', 'zh-TW')).toMatchObject({
      term: 'min',
      doc: 'Documentation/mm/physical_memory.rst',
    })
    expect(glossaryNote('zone:min', 'zh-TW')?.meaning).toContain('水位線')
    expect(glossaryNote('nope:x', 'en')).toBeNull()
  })
})
