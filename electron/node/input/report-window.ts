import type { RawLine } from '../../../shared/base/source'
import { REPORT_START_PATTERN, looksLikeKernelMemoryLine } from '../parse-port'

// The window rule shared/parse/markers.ts asks of the input layer: 5 lines before a start marker
// (a `warn_alloc: N callbacks suppressed` may precede the header), and keep feeding until 400
// consecutive lines do not look like part of a report (interleaved messages, mail-wrapped tails).
/** Lines after which a candidate window closes when none of them looks like part of a memory report. */
export const WINDOW_GAP_LINES = 400
/** Lines before a report's first line handed to the parser too. */
export const WINDOW_LOOKBACK_LINES = 5

const startTest = new RegExp(REPORT_START_PATTERN.source, REPORT_START_PATTERN.flags.replace(/[gy]/g, ''))

/** True when a line opens a candidate report window. */
export function isReportStart(text: string): boolean {
  return startTest.test(text)
}

/** True when a line keeps an open window open. */
export function continuesReport(text: string): boolean {
  return looksLikeKernelMemoryLine(text) || startTest.test(text)
}

/** A global copy of the start pattern, for scanning whole chunks. */
export function reportStartScanner(): RegExp {
  const flags = REPORT_START_PATTERN.flags.replace(/[gy]/g, '')
  return new RegExp(REPORT_START_PATTERN.source, `${flags}g`)
}

/**
 * Line-at-a-time candidate windows, for inputs that are not plain byte streams (journal exports):
 * only lines from a report start until WINDOW_GAP_LINES unrelated lines reach the parser.
 */
export class ReportWindow {
  private open = false
  private gapLines = 0
  private readonly lookback: RawLine[] = []

  constructor(private readonly sink: (line: RawLine) => void) {}

  offer(line: RawLine): void {
    if (!this.open) {
      if (!isReportStart(line.text)) {
        this.lookback.push(line)
        if (this.lookback.length > WINDOW_LOOKBACK_LINES) this.lookback.shift()
        return
      }
      this.open = true
      this.gapLines = 0
      for (const before of this.lookback.splice(0)) this.sink(before)
    }
    this.sink(line)
    this.gapLines = continuesReport(line.text) ? 0 : this.gapLines + 1
    if (this.gapLines > WINDOW_GAP_LINES) this.open = false
  }
}
