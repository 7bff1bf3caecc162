import fc from 'fast-check'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { buildReportDoc } from '../../../shared/report/report-doc'
import { renderHtml } from '../../../shared/report/render-html'
import { HOSTILE_NAME, makeAnalysis, victimLine } from './make-analysis'

function parse(html: string) {
  const window = new Window()
  window.document.write(html)
  return window.document
}

const GENERATED_AT = '2026-11-23T18:00:00Z'

describe('render-html', () => {
  it('writes one self-contained document with no script, no handler and no external resource', () => {
    const html = renderHtml(buildReportDoc(makeAnalysis(), { generatedAt: GENERATED_AT }))
    expect(html).not.toMatch(/<script|javascript:|\son[a-z]+\s*=|<iframe|<object|<embed|<foreignObject/i)
    expect(html).not.toMatch(/\b(src|href)\s*=\s*"(?!#)/i)
    const doc = parse(html)
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    )
    // Zone and buddy charts; the fixture prints no managed sizes, so there is no accounting waterfall.
    expect(doc.querySelectorAll('svg.chart').length).toBe(2)
  })

  it('carries the trigger, the victim, the zone numbers and the finding when rendering a lowmem OOM', () => {
    const analysis = makeAnalysis()
    const doc = parse(renderHtml(buildReportDoc(analysis, { generatedAt: GENERATED_AT })))
    const text = doc.body.textContent ?? ''
    expect(text).toContain('gfp_mask=0x2084d0')
    expect(text).toContain(victimLine(analysis))
    const normal = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent?.startsWith('Node 0 Normal'))
    expect([...(normal?.querySelectorAll('td') ?? [])].slice(1, 5).map((td) => td.textContent)).toEqual([
      '3,556',
      '3,672',
      '4,588',
      '5,508',
    ])
    expect(text).toContain(analysis.events[0]!.findings[0]!.title)
    expect(text).toContain('Normal free:3556kB min:3672kB')
  })

  it('keeps a hostile process name as visible text when it holds markup, ANSI and bidi characters', () => {
    const doc = parse(renderHtml(buildReportDoc(makeAnalysis({ victim: HOSTILE_NAME }), { generatedAt: GENERATED_AT })))
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    const text = doc.body.textContent ?? ''
    expect(text).toContain('<img src=x onerror=alert(1)>⟨ESC⟩[31m⟨U+202E⟩evil (pid 593)')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(text).not.toMatch(/[\u001b\u202e]/)
  })

  it('creates only its own elements and no handler attribute whatever the process is called', () => {
    const allowed = new Set(
      [...parse(renderHtml(buildReportDoc(makeAnalysis()))).querySelectorAll('*')].map((el) =>
        el.tagName.toLowerCase(),
      ),
    )
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.constantFrom('<b>x</b>', '<svg onload=alert(1)>', '"><img src=x onerror=1>', "'><a href=javascript:1>"),
        ),
        (name) => {
          const doc = parse(renderHtml(buildReportDoc(makeAnalysis({ victim: name }))))
          for (const el of doc.querySelectorAll('*')) {
            expect(allowed.has(el.tagName.toLowerCase())).toBe(true)
            expect([...el.attributes].filter((attr) => attr.name.startsWith('on'))).toEqual([])
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it('declares the language so Chinese reports pick CJK fonts when the report is zh-TW', () => {
    const doc = parse(renderHtml(buildReportDoc(makeAnalysis(), { lang: 'zh-TW' })))
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-TW')
    expect(doc.querySelector('h2#e1-zones, h3#e1-zones')?.textContent).toBe('記憶體區域與水位線')
  })

  it('starts every event after the first and the appendix on a new printed page', () => {
    const analysis = makeAnalysis()
    const second = { ...analysis.events[0]!, event: { ...analysis.events[0]!.event, id: 'e2' } }
    const doc = parse(renderHtml(buildReportDoc({ ...analysis, events: [analysis.events[0]!, second] })))
    const parts = [...doc.querySelectorAll('section.part, section.part-first')].map((s) => [
      s.className,
      s.querySelector('h2')?.id,
    ])
    expect(parts).toEqual([
      ['part-first', 'summary'],
      ['part-first', 'e1'],
      ['part', 'e2'],
      ['part', 'appendix'],
      ['part-first', 'appendix-notes'],
    ])
  })
})
