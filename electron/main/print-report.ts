// Export in the desktop app: PDFs come from Electron's own printing of the report's print view (the
// same HTML `oomlens report` prints with a system Chromium), so users need no browser installed.
// Markdown and HTML go through the Node writer unchanged.
import { BrowserWindow } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportOptionsOf, writeReport, type WriteReport } from '../node/app/write-report'
import { buildReportPrintJob } from '../node/report/report-print-job'
import { lockDownContents } from './window'

/** The app's report writer: Electron's printToPDF for PDF, the Node writer otherwise. */
export const writeReportWithElectron: WriteReport = async (analysis, outputPath, options) => {
  if (options.format !== 'pdf') return writeReport(analysis, outputPath, options)
  const job = buildReportPrintJob(analysis, reportOptionsOf(options))
  // The print view is loaded from a private temp folder (never next to the evidence) and removed after.
  const dir = await mkdtemp(join(tmpdir(), 'oomlens-print-'))
  const htmlPath = join(dir, 'report.html')
  // The hardening options are written out again rather than shared with window.ts: electronegativity
  // reads only an object literal inside `new BrowserWindow(...)` (ARCHITECTURE §4).
  const printer = new BrowserWindow({
    show: false,
    webPreferences: {
      // The report is static HTML with inline CSS and SVG: no script, no preload, nothing to grant.
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      // Electronegativity assumes the oldest defaults and wants this spelled out; Electron ≥ 14 typings dropped it.
      // @ts-expect-error not in current Electron typings
      enableRemoteModule: false,
    },
  })
  lockDownContents(printer.webContents)
  try {
    await writeFile(htmlPath, job.html)
    await printer.loadFile(htmlPath)
    const pdf = await printer.webContents.printToPDF(job.electronPdfOptions)
    await writeFile(outputPath, pdf)
  } finally {
    printer.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
