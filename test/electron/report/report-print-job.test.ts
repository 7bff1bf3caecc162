import { describe, expect, it } from 'vitest'
import { pageTemplates } from '../../../electron/node/report/page-templates'
import { buildReportPrintJob } from '../../../electron/node/report/report-print-job'
import { makeAnalysis } from '../../shared/report/make-analysis'

describe('report-print-job', () => {
  it('gives Electron the same HTML and page set-up the CLI prints, margins in inches', () => {
    const job = buildReportPrintJob(makeAnalysis(), { paper: 'Letter', generatedAt: '2026-11-23T18:00:00Z' })
    expect(job.html).toMatch(/^<!DOCTYPE html>/)
    expect(job.caseName).toBe('ldr · 2017-02-02 · python: OOM kill')
    expect(job.dateText).toBe('2026-11-23 18:00:00 UTC')
    expect(job.electronPdfOptions).toMatchObject({
      pageSize: 'Letter',
      printBackground: true,
      displayHeaderFooter: true,
      margins: { top: 0.709, bottom: 0.63, left: 0.551, right: 0.551 },
    })
    expect(job.electronPdfOptions.footerTemplate).toContain("class='pageNumber'")
    expect(job.electronPdfOptions.footerTemplate).toContain("class='totalPages'")
  })

  it('escapes the case name in the running header when it holds markup', () => {
    const { headerTemplate } = pageTemplates('<img src=x onerror=alert(1)>', '2026-11-23')
    expect(headerTemplate).not.toContain('<img')
    expect(headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
})
