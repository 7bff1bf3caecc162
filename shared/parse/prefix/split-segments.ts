import type { PrefixKind } from './strip-prefix'

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const DOW = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'

/**
 * Where a collapsed paste repeats the line prefix it started with. Only the prefix kind the physical
 * line began with is searched for, so a kernel message that merely mentions a time is not cut.
 */
const REPEATS: Partial<Record<PrefixKind, RegExp>> = {
  syslog: new RegExp(`\\s(?=${MON}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+(?:\\S+\\s+)?(?:<[a-z]+\\.[a-z]+>\\s*)?kernel(?:\\[\\d+\\])?:)`, 'g'),
  'syslog-iso': /\s(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^\s]*\s+(?:\S+\s+)?kernel(?:\[\d+\])?:)/g,
  dmesg: /\s(?=\[\s*\d+\.\d{6}\](?:\s|$))/g,
  'dmesg-T': new RegExp(`\\s(?=\\[${DOW}\\s+${MON}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d\\s+\\d{4}\\])`, 'g'),
}

/** A piece of one physical line: the whole line, or one segment of a collapsed paste. */
export interface RawSegment {
  /** The segment's text verbatim (the separating space before the next segment excluded). */
  readonly text: string
  /**
   * True for pieces after an rsyslog `#012` escape: they carry no prefix of their own and continue
   * the message before them.
   */
  readonly inherit: boolean
}

const MAX_SEGMENTS = 100_000

/**
 * Split one physical line back into the lines it was made of: a collapsed paste (a whole report on
 * one line; split where the line's own prefix repeats) and rsyslog's `#012` newline escapes. Linear
 * in the line length; a line with no repeats gives one segment.
 */
export function splitSegments(text: string, kind: PrefixKind): RawSegment[] {
  const pieces: string[] = []
  const re = REPEATS[kind]
  if (re && text.length > 40) {
    re.lastIndex = 0
    let start = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null && pieces.length < MAX_SEGMENTS) {
      if (m.index > start) pieces.push(text.slice(start, m.index))
      start = m.index + m[0].length
      if (m[0].length === 0) re.lastIndex++
    }
    pieces.push(text.slice(start))
  } else {
    pieces.push(text)
  }
  const out: RawSegment[] = []
  for (const piece of pieces) {
    if (!piece.includes('#012')) {
      out.push({ text: piece, inherit: false })
      continue
    }
    piece.split('#012').forEach((part, i) => {
      const t = part.replace(/#011/g, '\t')
      if (i === 0 || t.trim() !== '') out.push({ text: t, inherit: i > 0 })
    })
  }
  return out
}
