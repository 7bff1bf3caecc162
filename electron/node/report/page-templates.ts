import { escapeHtml } from '../../../shared/report/safe-text'

/** Paper sizes offered for PDF export. */
export type Paper = 'A4' | 'Letter'

/** Page margins, in millimetres; the header and footer sit inside the top and bottom margins. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 16, left: 14, right: 14 } as const

const BAR = 'font-family: "Noto Sans", "DejaVu Sans", "Noto Sans CJK SC", sans-serif; font-size: 8px; color: #5b6475;'

/**
 * The running header (case name left, report date right) and footer (page N / M) for Chromium's
 * `page.pdf` and Electron's `webContents.printToPDF`, which take the same template classes. The case
 * name is log-derived text, so it is escaped like everything else.
 */
export function pageTemplates(caseName: string, dateText: string): { headerTemplate: string; footerTemplate: string } {
  const row = `${BAR} width: 100%; margin: 0 ${PAGE_MARGINS_MM.left}mm; display: flex; justify-content: space-between;`
  return {
    headerTemplate: `<div style='${row} border-bottom: 0.5px solid #d8dde6; padding-bottom: 1mm;'><span>OOMLens · ${escapeHtml(caseName)}</span><span>${escapeHtml(dateText)}</span></div>`,
    footerTemplate: `<div style='${row} justify-content: flex-end;'><span><span class='pageNumber'></span> / <span class='totalPages'></span></span></div>`,
  }
}
