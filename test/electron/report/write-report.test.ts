import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findChromium } from '../../../electron/node/report/find-chromium'
import { printPdf } from '../../../electron/node/report/print-pdf'
import { ReportFormatError, reportFormatOf, writeReport } from '../../../electron/node/report/write-report'
import { HOSTILE_NAME, makeAnalysis, victimLine } from '../../shared/report/make-analysis'
import { inkPerPage, pdfText } from './pdf-tools'

const out = mkdtempSync(join(tmpdir(), 'oomlens-report-'))

describe('write-report', () => {
  it('picks the format from the extension and refuses an unknown one', () => {
    expect(['a.PDF', 'b.htm', 'c.markdown'].map(reportFormatOf)).toEqual(['pdf', 'html', 'md'])
    expect(() => reportFormatOf('report.docx')).toThrow(ReportFormatError)
  })

  it('writes Markdown and HTML files holding the same victim', async () => {
    const analysis = makeAnalysis()
    const md = await writeReport(analysis, join(out, 'r.md'))
    const html = await writeReport(analysis, join(out, 'r.html'))
    expect([md.format, html.format]).toEqual(['md', 'html'])
    expect(readFileSync(join(out, 'r.md'), 'utf8')).toContain(victimLine(analysis))
    expect(readFileSync(join(out, 'r.html'), 'utf8')).toContain(victimLine(analysis))
    expect(html.bytes).toBe(readFileSync(join(out, 'r.html')).length)
  })

  it('prints an A4 PDF whose text holds trigger, victim, zone numbers and finding, on inked pages', async () => {
    const chromium = findChromium()
    const analysis = makeAnalysis()
    const result = await writeReport(analysis, join(out, 'r.pdf'), {
      chromium,
      generatedAt: '2026-11-23T18:00:00Z',
    })
    const pdf = readFileSync(result.path)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const { text, pages } = await pdfText(pdf)
    expect(text).toContain('gfp_mask=0x2084d0')
    expect(text).toContain(victimLine(analysis))
    expect(text).toMatch(/Node 0 Normal 3,556 3,672 4,588 5,508/)
    expect(text).toContain(analysis.events[0]!.findings[0]!.title)
    expect(text).toMatch(new RegExp(`1 / ${pages}`))
    expect(text).toContain('OOMLens · ldr · 2017-02-02 · python: OOM kill')
    const ink = inkPerPage(pdf)
    expect(ink).toHaveLength(pages)
    for (const fraction of ink) expect(fraction).toBeGreaterThan(0.005)
  })

  it('prints Letter when asked, a page as wide as 8.5 inches', async () => {
    const result = await writeReport(makeAnalysis(), join(out, 'letter.pdf'), { paper: 'Letter' })
    const head = readFileSync(result.path).toString('latin1')
    expect(head).toMatch(/\/MediaBox \[0 0 612 792\]/)
  })

  it('counts a page holding only the running header and footer as blank', async () => {
    const pdf = await printPdf('<!DOCTYPE html><html><body></body></html>', {
      chromiumPath: findChromium(),
      paper: 'A4',
      caseName: 'empty',
      dateText: '2026-11-23',
    })
    expect(inkPerPage(pdf)).toEqual([0])
  })

  it('shows a hostile process name as text in the PDF', async () => {
    const result = await writeReport(makeAnalysis({ victim: HOSTILE_NAME }), join(out, 'hostile.pdf'))
    const { text } = await pdfText(readFileSync(result.path))
    expect(text).toContain('<img src=x onerror=alert(1)>⟨ESC⟩[31m⟨U+202E⟩evil')
  })
})
