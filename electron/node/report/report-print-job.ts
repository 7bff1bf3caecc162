import type { CaseAnalysis } from '../../../shared/analysis/types'
import { formatTime } from '../../../shared/report/format'
import { buildReportDoc } from '../../../shared/report/report-doc'
import type { ReportOptions } from '../../../shared/report/report-doc'
import { renderHtml } from '../../../shared/report/render-html'
import { PAGE_MARGINS_MM, pageTemplates } from './page-templates'
import type { Paper } from './page-templates'

/** Options for Electron's `webContents.printToPDF` (margins in inches, as it expects). */
export interface ElectronPdfOptions {
  readonly pageSize: Paper
  readonly printBackground: true
  readonly displayHeaderFooter: true
  readonly headerTemplate: string
  readonly footerTemplate: string
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number }
}

/** What a printer needs: the print-view HTML and the page set-up. */
export interface ReportPrintJob {
  readonly html: string
  readonly caseName: string
  readonly dateText: string
  readonly electronPdfOptions: ElectronPdfOptions
}

const inches = (mm: number) => Math.round((mm / 25.4) * 1000) / 1000

/**
 * Build the report HTML and page set-up for a case. The Electron shell loads `html` into a hidden
 * window (JavaScript off) and calls `webContents.printToPDF(electronPdfOptions)`; the CLI prints the
 * same HTML with a system Chromium (print-pdf.ts). One print view, two printers.
 */
export function buildReportPrintJob(
  analysis: CaseAnalysis,
  options: ReportOptions & { readonly paper?: Paper } = {},
): ReportPrintJob {
  const doc = buildReportDoc(analysis, options)
  const dateText = formatTime(doc.generatedAt)
  return {
    html: renderHtml(doc),
    caseName: doc.caseName,
    dateText,
    electronPdfOptions: {
      pageSize: options.paper ?? 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(doc.caseName, dateText),
      margins: {
        top: inches(PAGE_MARGINS_MM.top),
        bottom: inches(PAGE_MARGINS_MM.bottom),
        left: inches(PAGE_MARGINS_MM.left),
        right: inches(PAGE_MARGINS_MM.right),
      },
    },
  }
}
