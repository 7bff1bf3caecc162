import type { RawLine } from '../../../shared/base/source'
import {
  WINDOW_LOOKBACK_LINES,
  WindowGap,
  isReportStart,
  reportStartAnchors,
  reportStartScanner,
} from './report-window'
import { MarkerSearch } from './marker-search'

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
  /** Lines in a row that belong to no report, by the parser's own reading (the window logic's one state). */
  private readonly gap = new WindowGap()
  private newline: number | null = null
  /** Chunks held while the line ending is still undecided (a first chunk that ends in a lone CR). */
  private undecided: Buffer[] = []
  private undecidedBytes = 0
  /**
   * The last WINDOW_LOOKBACK_LINES lines passed while no window was open: a report starting at the
   * top of a chunk still gets its context lines, which lay at the end of the previous chunk.
   */
  private recent: { line: number; bytes: Buffer }[] = []
  /**
   * The whole lines that ended the last stretch read outside a window (at most WINDOW_LOOKBACK_LINES),
   * kept by reference and copied into `recent` only when they are needed: most chunks open no window,
   * and copying their last lines, each time, cost more than the marker search.
   */
  private tail: { buf: Buffer; start: number; end: number; nl: number; endLine: number } | null = null
  private readonly decoder = new TextDecoder('utf-8')
  private readonly marker = reportStartScanner()
  private readonly anchors = reportStartAnchors()
  private readonly search = this.anchors ? new MarkerSearch(this.anchors) : null
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
    this.search?.learn(chunk)
    if (this.newline === null) {
      this.newline = detectNewline(chunk)
      if (this.newline === null && this.undecidedBytes + chunk.length <= NEWLINE_DECISION_BYTES) {
        this.undecided.push(Buffer.from(chunk))
        this.undecidedBytes += chunk.length
        return
      }
      const crOnly = this.newline === null && [...this.undecided, chunk].some((c) => c.includes(CR))
      this.releaseUndecided(this.newline ?? (crOnly ? CR : LF))
    }
    this.consume(chunk, this.newline ?? LF)
  }

  /** Decide the line ending for the chunks held so far and read them. */
  private releaseUndecided(nl: number): void {
    this.newline = nl
    const held = this.undecided
    this.undecided = []
    this.undecidedBytes = 0
    for (const c of held) this.consume(c, nl)
  }

  private consume(chunk: Buffer, nl: number): void {
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
    if (this.undecided.length > 0) this.releaseUndecided(this.undecided.some((c) => c.includes(CR)) ? CR : LF)
    if (this.partialBytes > 0 || this.skippingLongLine) this.finishPartialLine()
  }

  private scanBody(buf: Buffer, from: number, nl: number): void {
    this.search?.forget()
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
          this.remember(buf, pos, end, nl)
          pos = end
          break
        }
        const start = lookbackStart(buf, pos, hit, nl)
        const inChunk = countByte(buf, start, hit, nl)
        this.lineNo += countByte(buf, pos, start, nl)
        if (start > pos) this.remember(buf, pos, start, nl)
        pos = start
        this.openWindow(inChunk)
      }
    }
    if (pos < buf.length) this.appendPartial(buf.subarray(pos))
  }

  /** Start of the line holding the first marker in [from, end), or -1. */
  private findMarkerLine(buf: Buffer, from: number, end: number, nl: number): number {
    if (this.search) return this.findAnchoredLine(buf, from, end, nl)
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
      const hit = this.search!.find(buf, pos, end)
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

  /**
   * Open a report window. `contextInChunk` lines of context before the start are still to come from
   * the current buffer; the rest (up to WINDOW_LOOKBACK_LINES) are handed on from `recent`. Every
   * context line, carried or not, is counted by the gap as one of the window's context (never as a
   * line that belongs to no report), so the window is the same whatever the chunking.
   */
  private openWindow(contextInChunk = 0): void {
    this.windowOpen = true
    this.windows++
    this.settleTail()
    const carried = this.recent.slice(Math.max(0, this.recent.length - (WINDOW_LOOKBACK_LINES - contextInChunk)))
    this.recent = []
    this.gap.lines = -(contextInChunk + carried.length)
    for (const r of carried) {
      const text = this.decode(r.bytes)
      this.options.sink({ path: this.options.path, line: r.line, text })
      this.gap.stillOpen(text)
    }
  }

  /**
   * Keep the last lines of [from, end) (whole lines, ending at `end`, already counted in lineNo) as
   * possible report context: by reference, as the tail. Lines kept before count only when the stretch
   * holds fewer than the lookback.
   */
  private remember(buf: Buffer, from: number, end: number, nl: number): void {
    if (this.options.everyLine) return
    const start = lookbackStart(buf, from, end, nl)
    if (start > from) {
      this.recent = []
      this.tail = null
    } else this.settleTail()
    this.tail = { buf, start, end, nl, endLine: this.lineNo }
  }

  /** Copy the tail's lines into `recent` (before a window opens, or before a line read in pieces). */
  private settleTail(): void {
    const tail = this.tail
    if (!tail) return
    this.tail = null
    const { buf, start, end, nl } = tail
    let line = tail.endLine - countByte(buf, start, end, nl)
    for (let at = start; at < end;) {
      const stop = buf.indexOf(nl, at)
      const lineEnd = stop === -1 || stop >= end ? end : stop
      this.recent.push({ line, bytes: Buffer.from(buf.subarray(at, lineEnd)) })
      line++
      at = lineEnd + 1
    }
    if (this.recent.length > WINDOW_LOOKBACK_LINES) this.recent = this.recent.slice(-WINDOW_LOOKBACK_LINES)
  }

  private windowLine(bytes: Buffer): void {
    const text = this.decode(bytes)
    this.options.sink({ path: this.options.path, line: this.lineNo, text })
    this.lineNo++
    if (!this.gap.stillOpen(text) && !this.options.everyLine) this.windowOpen = false
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
        if (!this.options.everyLine) {
          this.settleTail()
          this.recent.push({ line: this.lineNo, bytes })
          if (this.recent.length > WINDOW_LOOKBACK_LINES) this.recent.shift()
        }
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

/**
 * LF as soon as one is seen; null (undecided) until then. A file is read as CR-only (old Mac
 * endings) when its first NEWLINE_DECISION_BYTES, or the whole of it, hold CRs and no LF: a chunk
 * alone cannot tell, since the LF of a CRLF may open the next chunk, and a stray CR can sit inside
 * an LF line.
 */
function detectNewline(chunk: Buffer): number | null {
  return chunk.indexOf(LF) !== -1 ? LF : null
}

/** How much of a file may be read before its line ending is decided. */
const NEWLINE_DECISION_BYTES = 64 * 1024

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
