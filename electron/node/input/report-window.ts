import type { RawLine } from '../../../shared/base/source'
import { MAX_STRAY, REPORT_START_PATTERN, SectionTracker } from '../parse-port'

// The window rule shared/parse/markers.ts asks of the input layer: 5 lines before a start marker
// (a `warn_alloc: N callbacks suppressed` may precede the header), then every line while the parser's
// own reading (SectionTracker: its prefix reading and line classifier) says it belongs to a report, so a
// section runs to its end whatever its prefix; the window closes only after more consecutive lines that
// belong to no report than the parser waits before it gives a report up (with a warning naming the
// last line it read), so a window never cuts a report the parser still holds open.
/** Lines after which a candidate window closes when none of them belongs to a memory report. */
export const WINDOW_GAP_LINES = MAX_STRAY + 1
/** Lines before a report's first line handed to the parser too. */
export const WINDOW_LOOKBACK_LINES = 5

const startTest = new RegExp(REPORT_START_PATTERN.source, REPORT_START_PATTERN.flags.replace(/[gy]/g, ''))

/** True when a line opens a candidate report window. */
export function isReportStart(text: string): boolean {
  return startTest.test(text)
}

/** Counts, for one file's open window, the lines in a row that belong to no report. */
export class WindowGap {
  private readonly tracker = new SectionTracker()
  /** Lines in a row that belong to no report (negative while context lines before a start are handed on). */
  lines = 0

  /**
   * Count one line handed on inside the window; false when the window should close after it. A
   * context line before a start takes one of its places (the count rises towards 0) whether it
   * belongs or not, so none is left over to lengthen the window's end.
   */
  stillOpen(text: string): boolean {
    this.lines = this.tracker.belongs(text) ? Math.min(this.lines + 1, 0) : this.lines + 1
    return this.lines <= WINDOW_GAP_LINES
  }
}

/**
 * Literal anchors for a byte-level prefilter: Buffer.indexOf on a few needles is about twice as cheap
 * as converting every chunk to a string for the regex. Only used when every top-level alternative of
 * REPORT_START_PATTERN contains one of them outside any group (checked below, so a new alternative in
 * the parser can never be missed: the scanner then falls back to the regex).
 */
const ANCHORS = ['oom-kill', 'alloc', 'mode:0x', 'Mem-', 'emory', 'Killed process', 'PID: ', 'Pid: '] as const

function topLevelAlternatives(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let current = ''
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      current += c + (source[i + 1] ?? '')
      i++
      continue
    }
    if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      out.push(current)
      current = ''
      continue
    }
    current += c
  }
  out.push(current)
  return out
}

/** The text of an alternative with its groups and classes removed (what must literally appear). */
function literalCore(alternative: string): string {
  let out = ''
  let depth = 0
  let inClass = false
  let afterAtom = false // the last top-level token was a group or class, not a literal char
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!
    if (c === '\\') {
      if (depth === 0 && !inClass) out += '\u0000'
      i++
    } else if (inClass) {
      inClass = c !== ']'
      afterAtom = !inClass && depth === 0
    } else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') afterAtom = --depth === 0
    else if (depth > 0) continue
    else if (/[?*+{]/.test(c)) {
      // A quantified literal char may be absent; a quantified group was never in `out`.
      out = afterAtom ? `${out}\u0000` : `${out.slice(0, -1)}\u0000`
      afterAtom = false
    } else {
      out += /[.^$}]/.test(c) ? '\u0000' : c
      afterAtom = false
    }
  }
  return out
}

let anchors: readonly Buffer[] | null | undefined

/** Needles every report start contains, or null when the pattern has an alternative without one. */
export function reportStartAnchors(): readonly Buffer[] | null {
  anchors ??= computeAnchors()
  return anchors
}

function computeAnchors(): readonly Buffer[] | null {
  const ignoreCase = REPORT_START_PATTERN.flags.includes('i')
  const covered = topLevelAlternatives(REPORT_START_PATTERN.source).every((alt) => {
    const core = literalCore(alt)
    return ANCHORS.some((a) => core.includes(a))
  })
  return covered && !ignoreCase ? ANCHORS.map((a) => Buffer.from(a, 'latin1')) : null
}

/** A global copy of the start pattern, for scanning whole chunks. */
export function reportStartScanner(): RegExp {
  const flags = REPORT_START_PATTERN.flags.replace(/[gy]/g, '')
  return new RegExp(REPORT_START_PATTERN.source, `${flags}g`)
}

/**
 * Line-at-a-time candidate windows, for inputs that are not plain byte streams (journal exports):
 * only lines from a report start until WINDOW_GAP_LINES lines that belong to no report reach the parser.
 */
export class ReportWindow {
  private open = false
  private readonly gap = new WindowGap()
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
      this.gap.lines = 0
      for (const before of this.lookback.splice(0)) this.sink(before)
    }
    this.sink(line)
    this.open = this.gap.stillOpen(line.text)
  }
}
