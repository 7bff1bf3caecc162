import { describe, expect, it } from 'vitest'
import { buildReportDoc } from '../../../shared/report/report-doc'
import { renderMarkdown } from '../../../shared/report/render-markdown'
import { HOSTILE_NAME, makeAnalysis, victimLine } from './make-analysis'

describe('render-markdown', () => {
  it('states the trigger, the victim, the zone numbers and the finding when rendering a lowmem OOM', () => {
    const analysis = makeAnalysis()
    const md = renderMarkdown(buildReportDoc(analysis, { generatedAt: '2026-11-23T18:00:00Z' }))
    expect(md).toContain('gfp\\_mask=0x2084d0')
    expect(md).toContain(victimLine(analysis))
    expect(md).toMatch(/^\| Node 0 Normal \| \*\*3,556\*\* \| 3,672 \| 4,588 \| 5,508 \|/m)
    expect(md).toContain(analysis.events[0]!.findings[0]!.title)
    expect(md).toContain('messages:12  Feb 2 04:10:01 ldr kernel: Normal free:3556kB min:3672kB')
  })

  it('gives the buddy chart as a table of counts and migrate types', () => {
    const md = renderMarkdown(buildReportDoc(makeAnalysis()))
    expect(md).toContain('| Node 0 Normal | 333 (UEM) | 269 (M) | 0 | 1 (R) | 1 (R) | 0 | 3,580 kB |')
  })

  it('keeps a hostile process name inert when it holds markup, ANSI and bidi characters', () => {
    const md = renderMarkdown(buildReportDoc(makeAnalysis({ victim: HOSTILE_NAME })))
    const outsideFences = md.replace(/^(`{3,})text\n[\s\S]*?^\1$/gm, '')
    expect(outsideFences).not.toMatch(/<img/)
    expect(outsideFences).toContain('&lt;img src=x onerror=alert(1)&gt;⟨ESC⟩\\[31m⟨U+202E⟩evil')
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(md).not.toMatch(/[\u001b\u202e]/)
  })

  it('makes every raw line a fenced line, with a fence longer than any backtick run in the log', () => {
    const analysis = makeAnalysis({ victim: '```x' })
    const md = renderMarkdown(buildReportDoc(analysis))
    const appendix = md.slice(md.indexOf('## Appendix'))
    expect(appendix).toMatch(/^````text\n[^]*\(```x\) score 2[^]*^````$/m)
    expect(appendix).not.toMatch(/^```text$/m)
  })
})
