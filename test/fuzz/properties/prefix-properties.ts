// Prefix normalisation: stripPrefix and splitSegments over arbitrary lines, prefixed kernel messages
// and collapsed pastes rebuilt from the corpus.
import fc from 'fast-check'
import { normaliseSpaces } from '../../../shared/base/text'
import { splitSegments } from '../../../shared/parse/prefix/split-segments'
import { stripPrefix, type PrefixKind } from '../../../shared/parse/prefix/strip-prefix'
import { corpusLogs, physicalLines } from './corpus-inputs'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { anyText, withoutCsi } from './hostile-text'
import { kernelLine } from './kernel-lines'

const KINDS: readonly PrefixKind[] = [
  'none',
  'dmesg',
  'dmesg-T',
  'dmesg-iso',
  'syslog',
  'syslog-iso',
  'journal-full',
  'rfc5424',
  'kmsg',
  'tag',
  'learned',
]

const PREFIXES = [
  'Feb 12 08:21:50 host kernel: ',
  'Jun 18 07:44:52 g45 kernel: [64377.426677] ',
  '[ 1234.567890] ',
  '[Sat Apr 11 17:52:58 2020] ',
  '2024-03-01T10:00:00.123456+01:00 host kernel: ',
  'Mon 2024-03-01 10:00:00 UTC host kernel: ',
  '<1>1 2024-03-01T10:00:00Z host kernel - - - ',
  '<4>',
  '',
] as const

/** A message that cannot itself be mistaken for a prefix (starts with a letter, not a month or weekday). */
function prefixFree(message: string): boolean {
  return (
    /^[A-Za-z]/.test(message) &&
    !/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/.test(message)
  )
}

function stripChecks(raw: string): Violation[] {
  const { value: s, violation } = catchThrow('no-throw', () => stripPrefix(raw))
  if (!s) return violation ? [violation] : []
  const out: Violation[] = []
  if (!KINDS.includes(s.kind)) out.push({ check: 'prefix-kind', detail: `unknown kind ${s.kind}` })
  if (s.message !== s.message.trim()) out.push({ check: 'message-trimmed', detail: JSON.stringify(s.message) })
  if (!normaliseSpaces(withoutCsi(raw)).includes(s.message)) {
    out.push({ check: 'message-from-line', detail: `${JSON.stringify(s.message)} is not in ${JSON.stringify(raw)}` })
  }
  if (s.uptime !== null && !(Number.isFinite(s.uptime) && s.uptime >= 0))
    out.push({ check: 'uptime-finite', detail: String(s.uptime) })
  return out
}

/** stripPrefix never throws on any line, and its message is always a piece of that line. */
export const stripPrefixAnyLine: FuzzSpec = defineFuzz(
  'prefix: stripPrefix on any line',
  20,
  fc.oneof(anyText, kernelLine),
  stripChecks,
)

/** Every known prefix in front of a kernel message is removed exactly, leaving the message. */
export const stripPrefixKnownPrefix: FuzzSpec = defineFuzz(
  'prefix: known prefix + message gives the message',
  15,
  fc.tuple(fc.constantFrom(...PREFIXES), kernelLine.filter(prefixFree)),
  ([prefix, message]) => {
    const out = stripChecks(prefix + message)
    const s = stripPrefix(prefix + message)
    const want = normaliseSpaces(withoutCsi(message)).trim()
    if (s.message !== want)
      out.push({
        check: 'prefix-removed',
        detail: `${JSON.stringify(prefix + message)} gave ${JSON.stringify(s.message)}`,
      })
    if (!s.kernel) out.push({ check: 'kernel-line', detail: `${JSON.stringify(prefix + message)} not a kernel line` })
    return out
  },
)

/** splitSegments never throws, and its segments stand in the line in order (`#012` pieces aside). */
export const splitSegmentsAnyLine: FuzzSpec = defineFuzz(
  'prefix: splitSegments on any line',
  12,
  fc.tuple(
    fc.array(fc.oneof(anyText, kernelLine), { maxLength: 6 }).map((p) => p.join(' ')),
    fc.constantFrom(...KINDS),
  ),
  ([text, kind]) => {
    const { value: segs, violation } = catchThrow('no-throw', () => splitSegments(text, kind))
    if (!segs) return violation ? [violation] : []
    let pos = 0
    for (const seg of segs) {
      if (seg.inherit || text.includes('#012')) continue
      const at = text.indexOf(seg.text, pos)
      if (at < 0) return [{ check: 'segments-in-order', detail: `${JSON.stringify(seg.text)} not found after ${pos}` }]
      pos = at + seg.text.length
    }
    return []
  },
)

interface Window {
  readonly kind: PrefixKind
  readonly lines: readonly string[]
}

let windows: Window[] | null = null

/** Runs of ≥ 2 consecutive corpus lines with the same repeatable prefix kind, no `#012`, no blank. */
function collapsibleWindows(): readonly Window[] {
  if (windows) return windows
  windows = []
  for (const c of corpusLogs()) {
    let run: string[] = []
    let kind: PrefixKind | null = null
    const flush = (): void => {
      if (kind && run.length >= 2) windows!.push({ kind, lines: run })
      run = []
      kind = null
    }
    for (const line of physicalLines(c.text)) {
      const k = stripPrefix(line).kind
      const repeatable = k === 'syslog' || k === 'dmesg' || k === 'dmesg-T' || k === 'syslog-iso'
      if (!repeatable || line.trim() !== line || line.includes('#012') || (kind !== null && k !== kind)) flush()
      if (repeatable && line.trim() === line && !line.includes('#012')) {
        kind = k
        run.push(line)
      }
    }
    flush()
  }
  return windows
}

/** A collapsed paste (lines joined by single spaces) splits back into exactly the lines it was made of. */
export const collapsedPasteRoundTrip: FuzzSpec = defineFuzz(
  'prefix: collapsed paste splits back into its lines',
  8,
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 2, max: 60 })),
  ([w, from, len]) => {
    const all = collapsibleWindows()
    const win = all[w % Math.max(1, all.length)]
    if (!win) return []
    const start = from % win.lines.length
    const lines = win.lines.slice(start, start + len)
    if (lines.length < 2) return []
    const segs = splitSegments(lines.join(' '), win.kind).map((s) => s.text)
    const same = segs.length === lines.length && segs.every((s, i) => s === lines[i])
    return same
      ? []
      : [
          {
            check: 'collapse-round-trip',
            detail: `${win.kind}: ${lines.length} lines gave ${segs.length} segments; first: ${JSON.stringify(lines[0])}`,
          },
        ]
  },
)
