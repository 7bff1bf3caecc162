import type { ParseIssue } from '../base/issue'
import type { LineSink, RawLine } from '../base/source'
import { firstUnsafeInteger, isPrintableAscii } from '../base/text'
import type { MemEvent } from '../event/types'
import { buildEvent } from './build-event'
import { continuesPrevious } from './continuation'
import type { Draft } from './draft'
import type { LogicalLine } from './logical-line'
import type { EventParserOptions } from './parser-options'
import { parseIssue } from './issue-defs'
import { MarkerGuard } from './marker-guard'
import { LineReader } from './prefix/line-reader'
import type { StrippedLine } from './prefix/strip-prefix'
import { wallStampToIso } from './prefix/wall-stamp'
import { createReportAssembler, type ReportAssembler } from './report-assembler'
import { classifyLine, VALUE_KINDS, type LineClass } from './report/classify-line'
import { isCrashBannerLine } from './report/crash-session'
import { newYearContext, noteStamp, resolveYear, type YearContext } from './year-context'

/** At most this many physical lines, and this many characters, are joined into one logical line. */
const MAX_PARTS = 64
const MAX_JOINED_CHARS = 16_384
/** Annotations appended to report lines in articles: `…order:10, mode:0x…-----------warn_alloc()，…`. */
const ANNOTATION = /^(.*?[^\s-])\s*-{10,}.*$/

interface Pending {
  readonly logical: LogicalLine
  readonly stream: string
  readonly prefixed: boolean
  cls: LineClass
}

interface PathState {
  readonly path: string
  prefixed: boolean
  pending: Pending | null
  lastStream: string
  /** The host of the last prefixed line (an unprefixed wrapped tail or `#012` piece belongs to it). */
  lastHost: string | null
  readonly year: YearContext
  readonly held: MemEvent[]
  readonly heldEpochs: number[]
  readonly heldDrafts: Draft[]
  longLineReported: boolean
  readonly reader: LineReader
  /** The physical line being read. */
  line: number
}

/**
 * The streaming kernel-log parser. Push physical lines in order (several files one after another,
 * `endOfInput(path)` after each); reports come out through `onEvent` when complete, input problems
 * through `onIssue`. Memory is bounded by the open reports (one per file and host), never by the
 * input size.
 *
 * Event ids are provisional (`p1`, `p2` … in completion order); the host collects every event and
 * calls `orderEvents`, which sorts them in time order and assigns the final `e1 … eN`.
 * Events whose syslog stamps print no year are held until `endOfInput` of their file, when the year
 * is resolved (`yearHint`, or a dated line of the same file).
 */
/** NULs, control bytes (not ESC: ANSI sequences are stripped whole elsewhere) and U+FFFD. */
const STRAY_CHARS = /[\u0000-\u001a\u001c-\u001f\u007f\ufffd]/g
const TRAILING_STRAY = /[\u0000-\u001a\u001c-\u001f\u007f\ufffd]+$/

export function createEventParser(options: EventParserOptions): LineSink & { finish(): void } {
  const paths = new Map<string, PathState>()
  const streams = new Map<string, ReportAssembler>()
  let nextId = 1

  const onIssue = (i: ParseIssue): void => options.onIssue(i)
  const guard = new MarkerGuard(onIssue)

  const release = (ps: PathState): void => {
    if (ps.held.length === 0) return
    const hint = options.yearHint?.(ps.path) ?? null
    const first = ps.held[0]
    let reported = false
    ps.held.forEach((e, i) => {
      const d = ps.heldDrafts[i]
      const resolved = resolveYear(ps.year, ps.heldEpochs[i] ?? 0, hint)
      if (resolved && d?.wall) {
        options.onEvent({ ...e, time: wallStampToIso(d.wall, resolved.year), timeYearInferred: true })
        if (!reported) {
          reported = true
          onIssue(
            parseIssue(
              'year-inferred',
              ps.path,
              first?.line ?? null,
              `Syslog stamps print no year; ${resolved.year} was assumed from ${resolved.from}.`,
            ),
          )
        }
      } else {
        options.onEvent(e)
        onIssue(
          parseIssue(
            'year-unknown',
            ps.path,
            e.line,
            'The syslog stamp prints no year and nothing in the input gives it, so the event has no wall-clock time.',
          ),
        )
      }
    })
    ps.held.length = 0
    ps.heldEpochs.length = 0
    ps.heldDrafts.length = 0
  }

  const emit = (d: Draft): void => {
    const e = buildEvent(d, `p${nextId++}`, onIssue)
    options.onEventFound?.(d.wall && d.wall.year !== null ? { ...e, time: wallStampToIso(d.wall, d.wall.year) } : e)
    if (d.wall && d.wall.year === null) {
      const ps = paths.get(d.path)
      if (ps) {
        ps.held.push(e)
        ps.heldEpochs.push(d.yearEpoch)
        ps.heldDrafts.push(d)
        return
      }
    }
    options.onEvent(d.wall && d.wall.year !== null ? { ...e, time: wallStampToIso(d.wall, d.wall.year) } : e)
  }

  const assembler = (key: string, path: string, host: string | null): ReportAssembler => {
    let a = streams.get(key)
    if (!a) {
      a = createReportAssembler(path, host, { emit, issue: onIssue }, options.maxReportLines)
      streams.set(key, a)
    }
    return a
  }

  const flush = (ps: PathState): void => {
    const p = ps.pending
    if (!p) return
    ps.pending = null
    const l = p.logical
    const a = assembler(p.stream, l.path, l.host)
    // A prefixed line with nothing after its prefix, whose wrapped-off text never came: a blank line.
    if (l.message === '') return a.foreign()
    const why = a.feed(l, p.cls)
    // Every physical line of an unused logical line that holds a marker is named.
    const severity = a.ignoring ? 'info' : undefined
    if (why !== null) for (const part of l.parts) guard.unused(l.path, part.line, part.message, why, severity)
  }

  const state = (path: string): PathState => {
    let ps = paths.get(path)
    if (!ps) {
      ps = {
        path,
        prefixed: false,
        pending: null,
        lastStream: `${path}\u0000`,
        lastHost: null,
        year: newYearContext(),
        held: [],
        heldEpochs: [],
        heldDrafts: [],
        longLineReported: false,
        reader: new LineReader({
          learned: (shape) =>
            onIssue(
              parseIssue(
                'prefix-learned',
                path,
                state(path).line,
                `The prefix "${shape.example.slice(0, 60)}" of a report's first line was removed from the lines of its block.`,
              ),
            ),
        }),
        line: 0,
      }
      paths.set(path, ps)
    }
    return ps
  }

  /**
   * classifyLine, except that a line whose numbers become event values is not read as a report line
   * when one of them is past 2^53 (a u64 -1, a corrupt digit run): a rounded value would be silently
   * wrong. Memcg lines null such a value themselves.
   */
  const classifySafely = (message: string, path: string, line: number): ReturnType<typeof classifyLine> => {
    const own = classifyLine(message)
    if (!VALUE_KINDS.has(own.k) || firstUnsafeInteger(message) === null) return own
    onIssue(
      parseIssue(
        'number-out-of-range',
        path,
        line,
        'A number on this line is too large to hold exactly, so the line was not read as a report line.',
      ),
    )
    return { k: 'unknown' }
  }
  const segment = (ps: PathState, line: number, text: string, s: StrippedLine, inherit: boolean): void => {
    const hasPrefix = !inherit && s.kind !== 'none'
    if (hasPrefix) ps.prefixed = true
    if (!s.kernel && hasPrefix) {
      // Another program's line: no classification needed (the common case in /var/log/messages).
      flush(ps)
      assembler(`${ps.path}\u0000${s.stream ?? s.host ?? ''}`, ps.path, s.host).foreign()
      guard.unused(ps.path, line, s.message, `it was logged by ${s.tag ?? 'another program'}, not the kernel`, 'info')
      return
    }
    let message = s.message
    // Stray NULs, control bytes or U+FFFD (a byte that was not UTF-8) do not make a kernel line prose:
    // at the end of the line they are dropped; inside it (a comm, say) they stay, as data.
    let strayOnly = false
    if (!isPrintableAscii(message)) {
      const trimmed = message.replace(TRAILING_STRAY, '')
      if (isPrintableAscii(trimmed)) message = trimmed
      else strayOnly = isPrintableAscii(message.replace(STRAY_CHARS, ''))
    }
    let own = classifySafely(message, ps.path, line)
    const note = ANNOTATION.exec(message)
    const bare = note && (own.k === 'unknown' || !isPrintableAscii(message)) ? classifyLine(note[1] ?? '') : null
    if (note && bare && bare.k !== 'unknown') {
      // Only when the line reads as a report line without the annotation: kernel text stays untouched.
      message = note[1] ?? message
      own = bare
      onIssue(
        parseIssue(
          'annotation-removed',
          ps.path,
          line,
          "Text appended to a kernel line after a run of dashes (an article's annotation) was ignored.",
        ),
      )
    }
    const p = ps.pending
    if (!hasPrefix && p && p.logical.parts.length < MAX_PARTS && p.logical.message.length < MAX_JOINED_CHARS) {
      const joined = p.logical.message === '' ? message : `${p.logical.message} ${message}`
      // A join that leaves unreadable what was readable, before or after, was no wrap (prose after a frame).
      const cls = continuesPrevious(message, own, p.cls, p.logical.message, p.prefixed, inherit)
        ? classifySafely(joined, ps.path, line)
        : null
      if (cls && (cls.k !== 'unknown' || (p.cls.k === 'unknown' && own.k === 'unknown'))) {
        p.logical.parts.push({ line, text, message, continues: true })
        p.logical.message = joined
        p.cls = cls
        return
      }
    }
    flush(ps)
    const stream = hasPrefix ? `${ps.path}\u0000${s.stream ?? s.host ?? ''}` : ps.lastStream
    // In a file whose kernel lines carry prefixes, an unprefixed line that is no report line is prose.
    // crash(8)'s banner lines are the session's, not prose, wherever a wrap or an escape left them.
    const banner = own.k === 'unknown' && isCrashBannerLine(message, p?.logical.message ?? '')
    const prose =
      !hasPrefix && ((!isPrintableAscii(message) && !strayOnly) || (ps.prefixed && own.k === 'unknown' && !banner))
    // A prefixed line with an empty message stays pending: a mail client may have wrapped all of its
    // text onto the next line.
    if ((message === '' && !hasPrefix) || !s.kernel || prose) {
      assembler(stream, ps.path, s.host).foreign()
      guard.unused(ps.path, line, message, 'it does not read as a kernel log line (prose or another program)', 'info')
      return
    }
    if (hasPrefix) {
      ps.lastStream = stream
      ps.lastHost = s.host
    }
    const epoch = s.wall ? noteStamp(ps.year, s.wall) : ps.year.epoch
    const host = hasPrefix ? s.host : ps.lastHost
    ps.pending = {
      logical: {
        path: ps.path,
        host,
        parts: [{ line, text, message }],
        message,
        wall: s.wall,
        yearEpoch: epoch,
        uptime: s.uptime,
      },
      stream,
      prefixed: hasPrefix || ps.prefixed,
      cls: own,
    }
  }

  const endOfInput = (path: string): void => {
    const ps = paths.get(path)
    if (!ps) return
    flush(ps)
    for (const [key, a] of streams) {
      if (key.startsWith(`${path}\u0000`)) {
        a.close()
        streams.delete(key)
      }
    }
    release(ps)
    guard.end(path)
    paths.delete(path)
  }

  return {
    push(raw: RawLine): void {
      const ps = state(raw.path)
      ps.line = raw.line
      const text = raw.text.endsWith('\r') ? raw.text.slice(0, -1) : raw.text
      for (const piece of ps.reader.read(text)) {
        if (piece.stripped === null) {
          if (!ps.longLineReported) {
            ps.longLineReported = true
            onIssue(
              parseIssue(
                'line-too-long',
                raw.path,
                raw.line,
                `A line of ${piece.text.length} characters is too long to be a kernel line and was skipped.`,
              ),
            )
          }
          flush(ps)
          guard.unused(raw.path, raw.line, piece.text, 'the line is too long to be a kernel line')
          continue
        }
        // Report lines keep the text as it stands in the source (evidence must be verbatim).
        segment(ps, raw.line, piece.text, piece.stripped, piece.inherit)
      }
    },
    endOfInput,
    finish(): void {
      for (const path of [...paths.keys()]) endOfInput(path)
    },
  }
}
