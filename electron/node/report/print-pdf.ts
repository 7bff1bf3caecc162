import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { PAGE_MARGINS_MM, pageTemplates } from './page-templates'
import type { Paper } from './page-templates'

/** Page set-up for one print. */
export interface PrintPageOptions {
  readonly paper: Paper
  /** Running header text. */
  readonly caseName: string
  readonly dateText: string
}

export interface PrintPdfOptions extends PrintPageOptions {
  /** The Chromium executable (see findChromium). */
  readonly chromiumPath: string
}

/** A launched Chromium that prints report HTML to PDF; close it when done. */
export interface PdfPrinter {
  print(html: string, options: PrintPageOptions): Promise<Buffer>
  close(): Promise<void>
}

/**
 * Flags for a headless Chromium in a locked-down environment: no network, no GPU, no first-run noise.
 * The e2e suite (build/playwright.config.ts) starts its Chromium with the same flags.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

const mm = (n: number) => `${n}mm`

async function printWith(browser: Browser, html: string, options: PrintPageOptions): Promise<Buffer> {
  // JavaScript off and every request refused: the HTML is self-contained, so nothing is lost, and
  // nothing in a log can make the printer fetch or run anything.
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    await page.emulateMedia({ media: 'print' })
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
    await context.close()
  }
}

/** Launch a system Chromium (driven by playwright-core) for several prints. */
export async function openPdfPrinter(chromiumPath: string): Promise<PdfPrinter> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS })
  return { print: (html, options) => printWith(browser, html, options), close: () => browser.close() }
}

/**
 * Print report HTML to PDF once: A4 or Letter, running header with case name and date, page numbers
 * in the footer. Resolves with the PDF bytes.
 */
export async function printPdf(html: string, options: PrintPdfOptions): Promise<Buffer> {
  const printer = await openPdfPrinter(options.chromiumPath)
  try {
    return await printer.print(html, options)
  } finally {
    await printer.close()
  }
}
