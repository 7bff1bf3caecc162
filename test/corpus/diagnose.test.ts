/**
 * The diagnosis over every real input we have: the five seed documents must say what an expert says
 * (issue 4), the public corpus' expert labels must be recalled with few findings outside them, and
 * every finding's evidence must exist verbatim in its source.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { namesACause } from '../../shared/diagnose/finding-defs'
import { diagnoseCase } from '../../shared/diagnose/index'
import type { Finding, FindingCode } from '../../shared/diagnose/types'
import { analyse, corpusEntries, corpusPath, findingOf, SEEDS_DIR, seedPath } from '../shared/diagnose/real-events'
import { phraseParams } from '../support/finding-phrases'

const manifest = corpusEntries()
const seedFiles = readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f))
const corpusFiles = manifest.map((m) => m.path)

const codes = (path: string): Set<FindingCode> => new Set(analyse(path).flatMap((a) => a.findings.map((f) => f.code)))
const seedCodes = (n: string): Set<FindingCode> => codes(seedPath(n))

describe('diagnose (seeds)', () => {
  it('says lowmem-exhausted and ~811 MB unaccounted when seed 000 runs out of Normal with HighMem free', () => {
    const [a] = analyse(seedPath('000'))
    if (!a) throw new Error('no event')
    expect([...seedCodes('000')]).toEqual(expect.arrayContaining(['lowmem-exhausted', 'unaccounted-memory']))
    const lowmem = findingOf(a, 'lowmem-exhausted')
    expect(phraseParams(lowmem, 'phrase.caller')).toEqual({ fn: 'pgd_alloc' })
    expect(phraseParams(lowmem, 'phrase.mask-class')).toEqual({ name: 'GFP_KERNEL' })
    expect(phraseParams(lowmem, 'phrase.zone-reserve-refused')).toMatchObject({ zone: 'DMA', miss: 32 })
    expect(phraseParams(lowmem, 'phrase.zone-below-min')).toMatchObject({ zone: 'Normal', miss: 116 })
    expect(lowmem.params.highFree).toBe(1155752) // HighMem free, unusable
    expect(lowmem.evidence.some((e) => e.text.includes('lowmem_reserve[]: 0 839 1996 1996'))).toBe(true)
    expect(lowmem.recommendationKeys[0]?.key).toBe('rec.lowmem-exhausted.64bit')
    const unaccounted = findingOf(a, 'unaccounted-memory')
    expect(unaccounted.params).toMatchObject({ scope: 'Normal', kb: 831100 }) // 811.6 MiB
    expect(a.findings[0]?.code).toBe('lowmem-exhausted')
  })

  it('says cma-unusable, fragmentation and atomic-no-reclaim when seed 001 fails an order-10 GFP_ATOMIC request', () => {
    expect([...seedCodes('001')].sort()).toEqual(['atomic-no-reclaim', 'cma-unusable', 'fragmentation'])
    const [a] = analyse(seedPath('001'))
    if (!a) throw new Error('no event')
    const cma = findingOf(a, 'cma-unusable')
    expect(cma.params.cmaOnlyKb).toBe(237568) // 58 × 4096 kB free order-10 blocks, all CMA
    expect(cma.evidence.some((e) => e.text.includes('58*4096kB (C)'))).toBe(true)
    expect(findingOf(a, 'fragmentation').params).toMatchObject({ order: 10, blockKb: 4096 })
  })

  it('says unaccounted (the balloon) and high-min-watermark but not fragmentation when seed 002 fails an order-0 request', () => {
    const found = seedCodes('002')
    expect([...found]).toEqual(expect.arrayContaining(['unaccounted-memory', 'high-min-watermark']))
    expect(found.has('fragmentation')).toBe(false)
    const [a] = analyse(seedPath('002'))
    if (!a) throw new Error('no event')
    const unaccounted = findingOf(a, 'unaccounted-memory')
    expect(unaccounted.params).toMatchObject({ scope: 'DMA32', kb: 374144, driver: 'virtio_balloon' }) // 365.4 MiB
    expect(unaccounted.evidence.some((e) => e.text.includes('[virtio_balloon]'))).toBe(true)
    const watermark = findingOf(a, 'high-min-watermark')
    expect(watermark.detailKey).toBe('finding.high-min-watermark.detail-thp')
    expect(watermark.params.minFree).toBeCloseTo(45050, -2) // 44.0 MiB
  })

  it('says memory-exhausted, pagetable-bloat and no-swap when seed 003 fills RAM with one task and its page tables', () => {
    expect([...seedCodes('003')].sort()).toEqual(['memory-exhausted', 'no-swap', 'pagetable-bloat'])
    const [a] = analyse(seedPath('003'))
    if (!a) throw new Error('no event')
    const pt = findingOf(a, 'pagetable-bloat')
    expect(pt.params).toMatchObject({ pt: 623960, comm: 'Test06Unlimited' }) // 609.3 MiB
    expect(findingOf(a, 'memory-exhausted').severity).toBe('critical')
  })

  it('says cma-unusable and panic-on-oom when seed 004 has 523776 kB of its 613120 kB free in CMA', () => {
    expect([...seedCodes('004')]).toEqual(expect.arrayContaining(['cma-unusable', 'panic-on-oom']))
    const [a] = analyse(seedPath('004'))
    if (!a) throw new Error('no event')
    const cma = findingOf(a, 'cma-unusable')
    // Non-CMA free 89,344 kB below min 91,584 kB: missed by 2,240 kB.
    expect(cma.params).toMatchObject({ free: 613120, cma: 523776, nonCma: 89344, min: 91584, miss: 2240 })
    expect(cma.evidence.some((e) => e.text.includes('free_cma:523776kB'))).toBe(true)
    expect(a.findings[0]?.code).toBe('cma-unusable')
  })
})

describe('diagnose (public corpus)', () => {
  it('recalls ≥ 95 % of the expert labels of public + public-2 with ≥ 85 % of findings on-label and no event without a cause', () => {
    const tally = { labels: 0, hits: 0, found: 0, events: 0, bare: 0 }
    const rows: string[] = []
    for (const entry of manifest) {
      const analysed = analyse(entry.path)
      const got = new Set<FindingCode>(analysed.flatMap((a) => a.findings.map((f) => f.code)))
      const hit = entry.expert_labels.filter((l) => got.has(l)).length
      tally.labels += entry.expert_labels.length
      tally.hits += hit
      tally.found += got.size
      tally.events += analysed.length
      // Never silent: a cause, or outcome-unexplained saying what was checked (context alone is not one).
      tally.bare += analysed.filter((a) => {
        const codes = a.findings.map((f) => f.code)
        return !namesACause(codes) && !codes.includes('outcome-unexplained')
      }).length
      const missing = entry.expert_labels.filter((l) => !got.has(l))
      const extra = [...got].filter((c) => !entry.expert_labels.includes(c))
      if (missing.length > 0 || extra.length > 0)
        rows.push(
          `${entry.file.slice(0, 3)} labels=[${entry.expert_labels.join(',')}] missing=[${missing.join(',')}] extra=[${extra.join(',')}]`,
        )
    }
    const pct = (a: number, b: number): string => `${((a / b) * 100).toFixed(1)} % (${a}/${b})`
    console.log(
      `${rows.join('\n')}\nrecall ${pct(tally.hits, tally.labels)}, on-label ${pct(tally.hits, tally.found)}, ` +
        `events ${tally.events}, without a cause ${tally.bare}`,
    )
    expect(tally.hits / tally.labels).toBeGreaterThanOrEqual(0.95)
    expect(tally.hits / tally.found).toBeGreaterThanOrEqual(0.85)
    expect(tally.bare).toBe(0)
  })

  it('finds the same victim killed three times when 011 holds three leaker OOMs', () => {
    const analysed = analyse(corpusPath('011'))
    const findings = diagnoseCase(analysed, [], 'en')
    const repeated = findings.find((f) => f.code === 'repeated-victim')
    expect(repeated?.params).toMatchObject({ comm: 'leaker', count: 3 })
    expect(repeated?.evidence).toHaveLength(3)
  })
})

describe('diagnose (evidence)', () => {
  const check = (findings: readonly Finding[], source: Map<string, string[]>): void => {
    for (const f of findings) {
      expect(f.evidence.length, `${f.code} has evidence`).toBeGreaterThan(0)
      for (const e of f.evidence) {
        const lines = source.get(e.path) ?? readFileSync(e.path, 'utf8').split('\n')
        source.set(e.path, lines)
        const physical = lines[e.line - 1] ?? ''
        expect(e.text.length, `${f.code} ${e.path}:${e.line}`).toBeGreaterThan(0)
        // A collapsed one-line paste cites the segment; otherwise the whole physical line.
        expect(physical === e.text || physical.includes(e.text), `${f.code} ${e.path}:${e.line}`).toBe(true)
      }
    }
  }

  it('cites only lines that exist verbatim in their source when run over every seed and corpus log', () => {
    const source = new Map<string, string[]>()
    let checked = 0
    for (const path of [...seedFiles, ...corpusFiles]) {
      const analysed = analyse(path)
      for (const a of analysed) check(a.findings, source)
      check(diagnoseCase(analysed, [], 'en'), source)
      checked += analysed.reduce((s, a) => s + a.findings.length, 0)
    }
    expect(checked).toBeGreaterThan(30)
  })

  it('cites the same verbatim lines when the language is zh-CN', () => {
    const en = analyse(seedPath('000'), 'en')[0]?.findings ?? []
    const zh = analyse(seedPath('000'), 'zh-CN')[0]?.findings ?? []
    expect(zh.map((f) => f.evidence)).toEqual(en.map((f) => f.evidence))
  })

  it('fills every placeholder in every language when run over every seed and corpus log', () => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      for (const path of [...seedFiles, ...corpusFiles]) {
        for (const a of analyse(path, lang)) {
          for (const f of a.findings) {
            for (const text of [f.title, f.detail, ...(f.recommendations ?? [])]) {
              expect(text, `${lang} ${f.code}`).not.toMatch(/\{\w+(:\w+)?\}|NaN|undefined/)
            }
          }
        }
      }
    }
  })
})
