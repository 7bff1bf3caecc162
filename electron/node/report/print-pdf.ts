import { chromium } from 'playwright-core'
import { PAGE_MARGINS_MM, pageTemplates } from './page-templates'
import type { Paper } from './page-templates'

export interface PrintPdfOptions {
  /** The Chromium executable (see findChromium). */
  readonly chromiumPath: string
  readonly paper: Paper
  /** Running header text. */
  readonly caseName: string
  readonly dateText: string
}

/** Flags for a headless print in a locked-down environment: no network, no GPU, no first-run noise. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/**
 * Print report HTML to PDF with a system Chromium driven by playwright-core: JavaScript disabled,
 * every network request refused (the HTML is self-contained), A4 or Letter, running header with case
 * name and date, page numbers in the footer. Resolves with the PDF bytes.
 */
export async function printPdf(html: string, options: PrintPdfOptions): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.emulateMedia({ media: 'print' })
    const mm = (n: number) => `${n}mm`
    return await page.pdf({
      format: options.paper,
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(options.caseName, options.dateText),
      margin: {
        top: mm(PAGE_MARGINS_MM.top),
        bottom: mm(PAGE_MARGINS_MM.bottom),
        left: mm(PAGE_MARGINS_MM.left),
        right: mm(PAGE_MARGINS_MM.right),
      },
    })
  } finally {
    await browser.close()
  }
}
