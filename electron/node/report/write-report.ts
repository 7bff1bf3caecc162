import { writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import type { ReportFormat } from '../../../shared/api/api-types'
import { buildReportDoc } from '../../../shared/report/report-doc'
import type { ReportOptions } from '../../../shared/report/report-doc'
import { renderMarkdown } from '../../../shared/report/render-markdown'
import { findChromium } from './find-chromium'
import type { Paper } from './page-templates'
import { printPdf } from './print-pdf'
import { buildReportPrintJob } from './report-print-job'

/** The output name's extension is not one we write. */
export class ReportFormatError extends Error {
  readonly code = 'unsupported-format'
  constructor(readonly path: string) {
    super(`${path}: cannot tell the report format from the extension (use .pdf, .html or .md)`)
    this.name = 'ReportFormatError'
  }
}

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
}

/** `report.PDF` → `pdf`; throws ReportFormatError for anything else. */
export function reportFormatOf(path: string): ReportFormat {
  const format = BY_EXTENSION[extname(path).toLowerCase()]
  if (!format) throw new ReportFormatError(path)
  return format
}

export interface WriteReportOptions extends ReportOptions {
  readonly paper?: Paper
  /** `--chromium PATH` (PDF only). */
  readonly chromium?: string | null
}

/** Render the report in `format`: Markdown or HTML text, or PDF bytes. */
export async function renderReport(
  analysis: CaseAnalysis,
  format: ReportFormat,
  options: WriteReportOptions = {},
): Promise<string | Buffer> {
  if (format === 'md') return renderMarkdown(buildReportDoc(analysis, options))
  const job = buildReportPrintJob(analysis, options)
  if (format === 'html') return job.html
  const chromiumPath = findChromium(options.chromium)
  return printPdf(job.html, {
    chromiumPath,
    paper: options.paper ?? 'A4',
    caseName: job.caseName,
    dateText: job.dateText,
  })
}

/**
 * Write the report of `analysis` to `output`, the format chosen by its extension. Writes only that
 * one file; resolves with its format and size.
 */
export async function writeReport(
  analysis: CaseAnalysis,
  output: string,
  options: WriteReportOptions = {},
): Promise<{ readonly path: string; readonly format: ReportFormat; readonly bytes: number }> {
  const format = reportFormatOf(output)
  const body = await renderReport(analysis, format, options)
  await writeFile(output, body)
  return { path: output, format, bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.length }
}
