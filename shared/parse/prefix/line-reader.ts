import { normaliseSpaces } from '../../base/text'
import { looksLikeKernelMemoryLine } from '../markers'
import { classifyLine } from '../report/classify-line'
import { blankBackticks, frameStart, unescape } from './framing'
import { prefixShape, reportColumn, type PrefixShape } from './learned-prefix'
import { splitSegments } from './split-segments'
import { stripPrefix, type StrippedLine } from './strip-prefix'

/** One kernel-log line (or one piece of a collapsed or escaped line), read. */
export interface ReadPiece {
  /** The piece verbatim as it stands in the source (evidence). */
  readonly text: string
  /** Null for a piece too long to be a kernel line (not read at all). */
  readonly stripped: StrippedLine | null
  /** True for pieces after an rsyslog `#012` or kmsg `\x0a` escape: they continue the record before them. */
  readonly inherit: boolean
}

/** Learned shapes kept per file (interleaved hosts or tasks each bring their own). */
const MAX_SHAPES = 4
/** Only this much of a line's start is read for its prefix. */
const HEAD_CHARS = 512
/** Pieces longer than this are not kernel lines (a report line is < 4 kB). */
export const MAX_PIECE_CHARS = 65_536
/** A prefix worth learning names a time, a bracket or the kernel; prose before a quoted log line does not. */
const PREFIX_LIKE = /[\d[\]<>]|kernel/

/** What the reader tells its host besides the pieces. */
export interface LineReaderSink {
  /** A prefix shape was learned from a report's first line. */
  learned(shape: PrefixShape): void
}

/**
 * Whether cutting the text before the report column reads a report line the known reading does not:
 * the known reading is no report line, or it glued the prefix into the task name (`[1.2] Xorg`).
 * A kernel line that merely contains report words (`Kernel panic - not syncing: Out of memory`) is
 * already a report line of its own and teaches nothing.
 */
function teaches(known: StrippedLine, rest: string): boolean {
  // Another program's line (`sshd[1]:`) is never the kernel's, whatever it says.
  if (known.tagPid) return false
  const cut = classifyLine(rest)
  if (cut.k === 'unknown') return false
  const whole = known.kernel ? classifyLine(known.message) : ({ k: 'unknown' } as const)
  if (whole.k === 'unknown') return true
  // The known reading glued a prefix into the task name: a name no task has (longer than the kernel's
  // TASK_COMM_LEN - 1 = 15 bytes, or holding a bracket, a clock time or `kernel`), or one ending in the cut's.
  const knownComm = whole.k === 'header' ? whole.h.comm : null
  const cutComm = cut.k === 'header' ? cut.h.comm : null
  if (knownComm === null || cutComm === null || knownComm === cutComm) return false
  const implausible = new TextEncoder().encode(knownComm).length > 15 || /[[\]]|\d\d:\d\d|\bkernel\b/.test(knownComm)
  return implausible || knownComm.endsWith(cutComm)
}

/**
 * A relay that logs `Mar  5 14:02:11 host: message` (remote syslog, busybox) puts the host where the
 * tag goes: a tag without a process id whose message reads as a report line is the kernel's line.
 */
function hostTagged(known: StrippedLine): StrippedLine {
  if (known.kernel || known.kind === 'none' || known.tag === null || known.tagPid) return known
  if (!looksLikeKernelMemoryLine(known.message) || classifyLine(known.message).k === 'unknown') return known
  return { ...known, kernel: true, host: null }
}

/**
 * Reads the lines of one file: removes the paste framing (`framing.ts`), the log prefix of a known
 * format (`strip-prefix.ts`) or else one learned from the block's first report line
 * (`learned-prefix.ts`), and splits collapsed pastes and escaped record newlines (`split-segments.ts`).
 */
export class LineReader {
  private readonly shapes: PrefixShape[] = []

  constructor(private readonly sink: LineReaderSink) {}

  read(raw: string): ReadPiece[] {
    // Backticks become spaces in place, so each piece's offsets hold in the raw line too.
    const blanked = blankBackticks(raw)
    const { start } = frameStart(blanked)
    const text = start === 0 ? blanked : blanked.slice(start)
    const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text
    const known = stripPrefix(unescape(head))
    // A prefix no format explains comes before any splitting: a long line whose report words follow
    // such a prefix is one line with a prefix, not a collapsed paste whose first piece is the prefix.
    if (known.kind === 'none' && text.length <= MAX_PIECE_CHARS) {
      const whole = unescape(text)
      const learned = this.learnedOrKnown(whole, text.length <= HEAD_CHARS ? known : stripPrefix(whole), true)
      if (learned.kind === 'learned') return [{ text: raw, inherit: false, stripped: learned }]
    }
    const pieces = splitSegments(text, known.kind)
    const out: ReadPiece[] = []
    pieces.forEach((seg) => {
      // Evidence is the line as it stands: the whole physical line, or the piece's own stretch of it.
      const verbatim =
        pieces.length === 1 && seg.verbatim === undefined
          ? raw
          : raw.slice(start + seg.at, start + seg.at + (seg.verbatim ?? seg.text).length)
      if (seg.inherit) {
        const message = normaliseSpaces(unescape(seg.text)).trim()
        out.push({ text: verbatim, inherit: true, stripped: { ...stripPrefix(''), message } })
        return
      }
      if (seg.text.length > MAX_PIECE_CHARS) {
        out.push({ text: verbatim, inherit: false, stripped: null })
        return
      }
      const own = seg.text === text && text.length <= HEAD_CHARS ? known : stripPrefix(unescape(seg.text))
      out.push({ text: verbatim, inherit: false, stripped: this.learnedOrKnown(unescape(seg.text), own) })
    })
    return out
  }

  /** The known reading, unless a learned shape fits the line or the line teaches one. */
  private learnedOrKnown(text: string, known: StrippedLine, single = false): StrippedLine {
    // `single`: the whole of a line that may be a collapsed paste; a prefix is taken only when what
    // follows it is one report line (a paste is split first and its pieces read one by one).
    const one = (at: number): boolean => !single || splitSegments(text.slice(at), 'none').length === 1
    for (const shape of this.shapes) {
      const m = shape.re.exec(text)
      if (m && one(m[0].length)) return this.withPrefix(shape, text, m[0].length)
    }
    const col = reportColumn(text)
    if (col === null || col === 0 || !one(col)) {
      // A relay's `host:` where the tag goes: its prefix is this block's, like a learned one.
      const relayed = hostTagged(known)
      const at = relayed === known ? -1 : text.indexOf(known.message)
      return at > 0 ? (this.learn(text, at) ?? relayed) : relayed
    }
    const rest = normaliseSpaces(text.slice(col)).trim()
    if (known.kernel && known.message === rest) return known
    const prefix = text.slice(0, col)
    if (!PREFIX_LIKE.test(prefix) || !teaches(known, rest)) return known
    return this.learn(text, col) ?? known
  }

  /** Take the first `length` characters of `text` as a prefix shape of this file; null when it is none. */
  private learn(text: string, length: number): StrippedLine | null {
    const shape = prefixShape(text.slice(0, length))
    if (!shape) return null
    this.shapes.unshift(shape)
    if (this.shapes.length > MAX_SHAPES) this.shapes.pop()
    this.sink.learned(shape)
    return this.withPrefix(shape, text, length)
  }

  /**
   * The line read as a learned prefix (its first `length` characters) and a kernel message. The known
   * reading of such a line is unreliable (it took a word of the message for a host or a tag), so the
   * stamps come from reading the prefix alone and the stream is the shape's own.
   */
  private withPrefix(shape: PrefixShape, text: string, length: number): StrippedLine {
    const head = stripPrefix(`${text.slice(0, length).trimEnd()} x`)
    const rest = stripPrefix(text.slice(length))
    return {
      kind: 'learned',
      message: rest.message,
      host: null,
      wall: head.wall ?? rest.wall,
      uptime: rest.uptime ?? head.uptime,
      tag: null,
      kernel: true,
      stream: shape.re.source,
    }
  }
}
