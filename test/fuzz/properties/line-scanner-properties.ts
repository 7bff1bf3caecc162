// The host's byte-stream line splitter (electron/node/input/line-scanner.ts) fed the same bytes in
// arbitrary chunkings: CRLF or CR-only endings, NULs, invalid UTF-8 and over-long lines included.
import fc from 'fast-check'
import type { RawLine } from '../../../shared/base/source'
import { LineScanner } from '../../../electron/node/input/line-scanner'
import { WINDOW_LOOKBACK_LINES } from '../../../electron/node/input/report-window'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { kernelLines } from './kernel-lines'
import { joinLines, lineEnding } from './mutations'

const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]]

/** A file's bytes: kernel-like lines, a line ending, and raw invalid byte sequences spliced in. */
const fileBytes: fc.Arbitrary<Buffer> = fc
  .tuple(kernelLines, lineEnding, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }))
  .map(([lines, ending, bad]) => {
    let buf = Buffer.from(joinLines(lines, ending), 'utf8')
    for (const [at, which] of bad) {
      const i = buf.length === 0 ? 0 : at % buf.length
      buf = Buffer.concat([
        buf.subarray(0, i),
        Buffer.from(INVALID_UTF8[which % INVALID_UTF8.length]!),
        buf.subarray(i),
      ])
    }
    return buf
  })

/** Cut points for a buffer: fractions mapped onto its length, sorted, duplicates allowed (empty chunks). */
const cuts = fc.array(fc.nat({ max: 10_000 }), { maxLength: 12 })

/**
 * The buffer cut at the given points. No chunk is longer than `maxChunk`: the hosts read in chunks far
 * below maxLineBytes, and the scanner only cuts lines that span chunks.
 */
function chunked(buf: Buffer, points: readonly number[], maxChunk: number): Buffer[] {
  const at = points.map((p) => Math.floor((p / 10_000) * buf.length)).sort((a, b) => a - b)
  const out: Buffer[] = []
  let prev = 0
  for (const p of [...at, buf.length]) {
    for (let from = prev; from < p || from === prev; from += maxChunk) {
      out.push(buf.subarray(from, Math.min(p, from + maxChunk)))
      if (from + maxChunk >= p) break
    }
    prev = p
  }
  return out
}

function scan(chunks: readonly Buffer[], maxLineBytes: number, everyLine: boolean): RawLine[] {
  const lines: RawLine[] = []
  const scanner = new LineScanner({ path: 'f', sink: (l) => lines.push(l), maxLineBytes, onIssue: () => {}, everyLine })
  for (const c of chunks) scanner.write(c)
  scanner.end()
  return lines
}

/** The obvious specification of every line of a file, to compare the streaming splitter with. */
function expectedLines(buf: Buffer, maxLineBytes: number): RawLine[] {
  const nl = buf.includes(10) ? 10 : 13
  const out: RawLine[] = []
  let start = 0
  let n = 1
  const decoder = new TextDecoder('utf-8')
  while (start < buf.length) {
    let end = buf.indexOf(nl, start)
    if (end === -1) end = buf.length
    let text = decoder.decode(buf.subarray(start, Math.min(end, start + maxLineBytes)))
    // CRLF: the CR before the LF is not text; a cut line loses a trailing CR the same way.
    if (nl === 10 && text.endsWith('\r')) text = text.slice(0, -1)
    out.push({ path: 'f', line: n++, text: text.replaceAll('\0', '') })
    start = end + 1
  }
  return out
}

function compare(what: string, got: readonly RawLine[], want: readonly RawLine[]): Violation[] {
  const n = Math.max(got.length, want.length)
  for (let i = 0; i < n; i++) {
    const g = got[i]
    const w = want[i]
    if (g?.line !== w?.line || g?.text !== w?.text) {
      return [
        {
          check: what,
          detail: `line #${i}: got ${JSON.stringify(g)} want ${JSON.stringify(w)} (${got.length} vs ${want.length} lines)`,
        },
      ]
    }
  }
  return []
}

/** The first chunk holding a line break has a CR and no LF, in a file that has LFs (CRLF cut between CR and LF). */
function decidedEarly(chunks: readonly Buffer[], buf: Buffer): boolean {
  const first = chunks.find((c) => c.includes(10) || c.includes(13))
  return first !== undefined && !first.includes(10) && buf.includes(10)
}

function lostLines(got: readonly RawLine[], want: readonly RawLine[]): string {
  const have = new Set(got.map((l) => l.line))
  return `lines ${want
    .filter((l) => !have.has(l.line))
    .map((l) => l.line)
    .join(',')} lost of ${want.length}`
}

/** True when `got` differs from `want` only by context lines just before a kept line (the window's lookback). */
function onlyLookbackLost(got: readonly RawLine[], want: readonly RawLine[]): boolean {
  const wanted = new Map(want.map((l) => [l.line, l.text]))
  if (got.length >= want.length || got.some((l) => wanted.get(l.line) !== l.text)) return false
  const have = new Set(got.map((l) => l.line))
  return want.every(
    (l) => have.has(l.line) || got.some((g) => g.line > l.line && g.line - l.line <= WINDOW_LOOKBACK_LINES + 1),
  )
}

/** With every line requested, any chunking gives exactly the file's lines, numbered from 1. */
export const lineScannerEveryLine: FuzzSpec = defineFuzz(
  'input: line scanner, every line, any chunking',
  10,
  fc.tuple(fileBytes, cuts, fc.oneof(fc.constant(1 << 20), fc.integer({ min: 4, max: 200 }))),
  ([buf, points, maxLineBytes]) => {
    const chunks = chunked(buf, points, maxLineBytes)
    const { value, violation } = catchThrow('no-throw', () => scan(chunks, maxLineBytes, true))
    if (!value) return violation ? [violation] : []
    const check = decidedEarly(chunks, buf) ? 'newline-decided-on-first-chunk' : 'every-line-chunking'
    return compare(check, value, expectedLines(buf, maxLineBytes))
  },
)

/** The report windows handed to the parser do not depend on where the chunks were cut. */
export const lineScannerWindows: FuzzSpec = defineFuzz(
  'input: line scanner, report windows, any chunking',
  8,
  fc.tuple(fileBytes, cuts),
  ([buf, points]) => {
    const chunks = chunked(buf, points, 1 << 20)
    const { value, violation } = catchThrow('no-throw', () => scan(chunks, 1 << 20, false))
    if (!value) return violation ? [violation] : []
    const whole = scan([buf], 1 << 20, false)
    if (onlyLookbackLost(value, whole)) return [{ check: 'window-lookback-lost', detail: lostLines(value, whole) }]
    return compare(decidedEarly(chunks, buf) ? 'newline-decided-on-first-chunk' : 'window-chunking', value, whole)
  },
)
