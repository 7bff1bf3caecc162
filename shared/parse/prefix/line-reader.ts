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
  const cut = classifyLine(rest)
  if (cut.k === 'unknown') return false
  const whole = known.kernel ? classifyLine(known.message) : ({ k: 'unknown' } as const)
  if (whole.k === 'unknown') return true
  return whole.k === 'header' && cut.k === 'header' && whole.h.comm !== cut.h.comm
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
    const { start } = frameStart(raw)
    // Backticks become spaces in place, so each piece's offsets hold in the raw line too.
    const text = blankBackticks(start === 0 ? raw : raw.slice(start))
    const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text
    const known = stripPrefix(unescape(head))
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
  private learnedOrKnown(text: string, known: StrippedLine): StrippedLine {
    for (const shape of this.shapes) {
      const m = shape.re.exec(text)
      if (m) return this.withPrefix(known, text, m[0].length)
    }
    const col = reportColumn(text)
    if (col === null || col === 0) return hostTagged(known)
    const rest = normaliseSpaces(text.slice(col)).trim()
    if (known.kernel && known.message === rest) return known
    const prefix = text.slice(0, col)
    if (!PREFIX_LIKE.test(prefix) || !teaches(known, rest)) return known
    const shape = prefixShape(prefix)
    if (!shape) return known
    this.shapes.unshift(shape)
    if (this.shapes.length > MAX_SHAPES) this.shapes.pop()
    this.sink.learned(shape)
    return this.withPrefix(known, text, col)
  }

  /** The line read as `prefix` (its first `length` characters) + kernel message; stamps from the known reading. */
  private withPrefix(known: StrippedLine, text: string, length: number): StrippedLine {
    const rest = stripPrefix(text.slice(length))
    return {
      kind: 'learned',
      message: rest.message,
      // Without a kernel tag the known reading cannot tell host from tag (`node-7: CPU: 1 …`).
      host: known.kernel ? known.host : null,
      wall: known.wall ?? rest.wall,
      uptime: rest.uptime ?? known.uptime,
      tag: known.tag,
      kernel: true,
    }
  }
}
