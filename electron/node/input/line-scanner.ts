import type { RawLine } from '../../../shared/base/source'
import {
  WINDOW_GAP_LINES,
  WINDOW_LOOKBACK_LINES,
  continuesReport,
  isReportStart,
  reportStartAnchors,
  reportStartScanner,
} from './report-window'

const LF = 10
const CR = 13

export interface LineScannerOptions {
  readonly path: string
  /** Receives only the lines inside candidate report windows, in order, with physical line numbers. */
  readonly sink: (line: RawLine) => void
  readonly maxLineBytes: number
  readonly onIssue: (code: string, line: number, message: string) => void
  /** Hand on every line, not only report windows (reading a line range back for display). */
  readonly everyLine?: boolean
}

/**
 * Splits a decompressed byte stream into lines without materialising most of them: outside a report
 * window whole chunks are searched for the report-start markers (a latin1 view, so the scan never
 * decodes UTF-8) and only newlines are counted; inside a window each line is decoded and handed on.
 * Handles CRLF and CR-only files, invalid UTF-8 (replacement characters), NUL bytes (removed, with a
 * warning) and over-long lines (cut at maxLineBytes, with a warning).
 */
export class LineScanner {
  /** Number of the line that starts at the current position. */
  private lineNo = 1
  private partial: Buffer[] = []
  private partialBytes = 0
  private skippingLongLine = false
  private windowOpen = false
  private gapLines = 0
  private newline: number | null = null
  private readonly decoder = new TextDecoder('utf-8')
  private readonly marker = reportStartScanner()
  private readonly anchors = reportStartAnchors()
  private warnedNul = false
  /** Report windows opened so far. */
  windows = 0
  bytes = 0

  constructor(private readonly options: LineScannerOptions) {
    this.windowOpen = options.everyLine === true
  }

  /** Lines seen so far (after end(): the file's line count). */
  get lines(): number {
    return this.lineNo - 1
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return
    this.bytes += chunk.length
    if (this.newline === null) this.newline = detectNewline(chunk)
    const nl = this.newline ?? LF
    let pos = 0
    if (this.partialBytes > 0 || this.skippingLongLine) {
      const end = chunk.indexOf(nl)
      if (end === -1) {
        this.appendPartial(chunk)
        return
      }
      this.appendPartial(chunk.subarray(0, end))
      this.finishPartialLine()
      pos = end + 1
    }
    this.scanBody(chunk, pos, nl)
  }

  /** The stream ended: a last line without a newline still counts. */
  end(): void {
    if (this.partialBytes > 0 || this.skippingLongLine) this.finishPartialLine()
  }

  private scanBody(buf: Buffer, from: number, nl: number): void {
    const last = buf.lastIndexOf(nl)
    let pos = from
    if (last >= pos) {
      const end = last + 1
      while (pos < end) {
        if (this.windowOpen) {
          const lineEnd = buf.indexOf(nl, pos)
          this.windowLine(buf.subarray(pos, lineEnd))
          pos = lineEnd + 1
          continue
        }
        const hit = this.findMarkerLine(buf, pos, end, nl)
        if (hit === -1) {
          this.lineNo += countByte(buf, pos, end, nl)
          pos = end
          break
        }
        const start = lookbackStart(buf, pos, hit, nl)
        this.lineNo += countByte(buf, pos, start, nl)
        pos = start
        this.openWindow()
        this.gapLines = -countByte(buf, start, hit, nl)
      }
    }
    if (pos < buf.length) this.appendPartial(buf.subarray(pos))
  }

  /** Start of the line holding the first marker in [from, end), or -1. */
  private findMarkerLine(buf: Buffer, from: number, end: number, nl: number): number {
    if (this.anchors) return this.findAnchoredLine(buf, from, end, nl)
    const text = buf.toString('latin1', from, end)
    this.marker.lastIndex = 0
    const m = this.marker.exec(text)
    if (!m) return -1
    const at = from + m.index
    if (at === from) return from
    const before = buf.lastIndexOf(nl, at - 1)
    return before < from ? from : before + 1
  }

  /** As findMarkerLine, prefiltered by the literal anchors; each candidate line is checked with the pattern. */
  private findAnchoredLine(buf: Buffer, from: number, end: number, nl: number): number {
    let pos = from
    while (pos < end) {
      let hit = -1
      for (const anchor of this.anchors!) {
        const at = buf.indexOf(anchor, pos)
        if (at !== -1 && at < end && (hit === -1 || at < hit)) hit = at
      }
      if (hit === -1) return -1
      const before = hit === from ? -1 : buf.lastIndexOf(nl, hit - 1)
      const lineStart = before < from ? from : before + 1
      const lineEnd = buf.indexOf(nl, hit)
      const stop = lineEnd === -1 || lineEnd > end ? end : lineEnd
      if (isReportStart(buf.toString('latin1', lineStart, stop))) return lineStart
      pos = stop + 1
    }
    return -1
  }

  private openWindow(): void {
    this.windowOpen = true
    this.gapLines = 0
    this.windows++
  }

  private windowLine(bytes: Buffer): void {
    const text = this.decode(bytes)
    this.options.sink({ path: this.options.path, line: this.lineNo, text })
    this.lineNo++
    this.gapLines = continuesReport(text) ? Math.min(this.gapLines, 0) : this.gapLines + 1
    if (this.gapLines > WINDOW_GAP_LINES && !this.options.everyLine) this.windowOpen = false
  }

  private finishPartialLine(): void {
    const bytes = this.partial.length === 1 ? this.partial[0]! : Buffer.concat(this.partial)
    this.partial = []
    this.partialBytes = 0
    this.skippingLongLine = false
    if (!this.windowOpen) {
      const probe = bytes.toString('latin1')
      this.marker.lastIndex = 0
      if (!this.marker.test(probe) || !isReportStart(this.decode(bytes))) {
        this.lineNo++
        return
      }
      this.openWindow()
    }
    this.windowLine(bytes)
  }

  private appendPartial(bytes: Buffer): void {
    if (this.skippingLongLine || bytes.length === 0) return
    const room = this.options.maxLineBytes - this.partialBytes
    if (bytes.length > room) {
      bytes = bytes.subarray(0, Math.max(room, 0))
      this.skippingLongLine = true
      this.options.onIssue(
        'line-truncated',
        this.lineNo,
        `Line ${this.lineNo} is longer than ${this.options.maxLineBytes} bytes; only its first ${this.options.maxLineBytes} bytes were read.`,
      )
    }
    // Copy: the chunk this slice points into would otherwise stay alive for as long as the line is pending.
    this.partial.push(Buffer.from(bytes))
    this.partialBytes += bytes.length
  }

  private decode(bytes: Buffer): string {
    let text = this.decoder.decode(bytes)
    if (this.newline === LF && text.endsWith('\r')) text = text.slice(0, -1)
    if (text.includes('\0')) {
      text = text.replaceAll('\0', '')
      if (!this.warnedNul) {
        this.warnedNul = true
        this.options.onIssue('nul-bytes', this.lineNo, `Line ${this.lineNo} contains NUL bytes; they were removed.`)
      }
    }
    return text
  }
}

/** LF, or CR for old-Mac style files that have CRs and no LF at all; null while undecided. */
function detectNewline(chunk: Buffer): number | null {
  if (chunk.indexOf(LF) !== -1) return LF
  if (chunk.indexOf(CR) !== -1) return CR
  return null
}

function countByte(buf: Buffer, from: number, end: number, byte: number): number {
  let n = 0
  let i = buf.indexOf(byte, from)
  while (i !== -1 && i < end) {
    n++
    i = buf.indexOf(byte, i + 1)
  }
  return n
}

/** Start of the line WINDOW_LOOKBACK_LINES before `lineStart`, not before `floor`. */
function lookbackStart(buf: Buffer, floor: number, lineStart: number, nl: number): number {
  let start = lineStart
  for (let k = 0; k < WINDOW_LOOKBACK_LINES && start > floor; k++) {
    const prev = start - 2 >= floor ? buf.lastIndexOf(nl, start - 2) : -1
    start = prev < floor ? floor : prev + 1
  }
  return start
}
