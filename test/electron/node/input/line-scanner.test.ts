import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RawLine } from '../../../../shared/base/source'
import { LineScanner } from '../../../../electron/node/input/line-scanner'
import { WINDOW_GAP_LINES, WINDOW_LOOKBACK_LINES } from '../../../../electron/node/input/report-window'
import { corpusText } from './build-fixtures'

interface Scan {
  readonly lines: RawLine[]
  readonly issues: string[]
  readonly total: number
  readonly windows: number
}

function scan(chunks: readonly Buffer[], options: { everyLine?: boolean; maxLineBytes?: number } = {}): Scan {
  const lines: RawLine[] = []
  const issues: string[] = []
  const scanner = new LineScanner({
    path: 'x.log',
    sink: (line) => lines.push(line),
    maxLineBytes: options.maxLineBytes ?? 1 << 20,
    onIssue: (code, line) => issues.push(`${code}@${line}`),
    everyLine: options.everyLine,
  })
  for (const chunk of chunks) scanner.write(chunk)
  scanner.end()
  return { lines, issues, total: scanner.lines, windows: scanner.windows }
}

/** Cuts a buffer at the given fractions. */
function cut(buf: Buffer, fractions: readonly number[]): Buffer[] {
  const points = [...new Set(fractions.map((f) => Math.floor(f * buf.length)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let last = 0
  for (const p of [...points, buf.length]) {
    out.push(buf.subarray(last, p))
    last = p
  }
  return out
}

const NOISE = 'Jan  1 00:00:01 host sshd[1]: Accepted publickey for root\n'
const REPORT = corpusText('011-x86-4.18-3.10-vmware-memcg-leaker.log')

describe('line-scanner', () => {
  it('hands on every line with its physical number whatever the chunking when everyLine is set', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
        (parts, fractions) => {
          const text = parts.join('\n')
          const { lines } = scan(cut(Buffer.from(text), fractions), { everyLine: true })
          const expected = text === '' ? [] : text.split('\n')
          if (text.endsWith('\n')) expected.pop()
          expect(lines.map((l) => l.text.replace(/\r$/, ''))).toEqual(
            expected.map((l) => l.replace(/\r$/, '').replaceAll('\0', '')),
          )
          expect(lines.map((l) => l.line)).toEqual(expected.map((_, i) => i + 1))
        },
      ),
    )
  })

  it('passes only report windows, each line verbatim at its number, whatever the chunking', () => {
    const text = NOISE.repeat(500) + REPORT + NOISE.repeat(900) + REPORT + NOISE.repeat(10)
    const physical = text.split('\n')
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 50 }), (fractions) => {
        const { lines, total, windows } = scan(cut(Buffer.from(text), fractions))
        for (const l of lines) expect(l.text).toBe(physical[l.line - 1])
        const reportLines = REPORT.split('\n').filter((l) => l !== '')
        expect(lines.length).toBeGreaterThanOrEqual(reportLines.length * 2)
        expect(lines.length).toBeLessThanOrEqual(
          (reportLines.length + WINDOW_GAP_LINES + WINDOW_LOOKBACK_LINES + 1) * 2,
        )
        expect(total).toBe(physical.length - 1)
        expect(windows).toBeGreaterThanOrEqual(2)
      }),
      { numRuns: 50 },
    )
  })

  it('hands on the same window lines whatever the chunking, its context carried over a chunk edge or not', () => {
    // A report every line of which belongs (as planted in a host's syslog), and among the context
    // lines before its start one that belongs too (a call trace title).
    const planted = corpusText('042-x86-5.19-debian-btrfs-md5sum.log')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => `Jan  1 00:00:02 host kernel: ${l.replace(/^\w{3} [ \d]\d \d\d:\d\d:\d\d \S+ kernel: /, '')}\n`)
      .join('')
    const before = `${NOISE.repeat(3)}Jan  1 00:00:01 host kernel: Call Trace:\n${NOISE.repeat(4)}`
    const text = NOISE.repeat(500) + before + planted + NOISE.repeat(900)
    const bytes = Buffer.from(text)
    const whole = scan([bytes]).lines.map((l) => l.line)
    const start = Buffer.byteLength(NOISE.repeat(500) + before)
    // Every cut through the context lines and the start line: whole lines carried, a line in two pieces.
    for (let at = start - Buffer.byteLength(before); at < start + 80; at++) {
      expect(scan([bytes.subarray(0, at), bytes.subarray(at)]).lines.map((l) => l.line)).toEqual(whole)
    }
  })

  it('splits CR-only files and strips the CR of CRLF lines', () => {
    expect(scan([Buffer.from('a\rb\rc')], { everyLine: true }).lines.map((l) => [l.line, l.text])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
    expect(
      scan([Buffer.from('a\r\nb\r'), Buffer.from('\nc\r\n')], { everyLine: true }).lines.map((l) => l.text),
    ).toEqual(['a', 'b', 'c'])
  })

  it('replaces invalid UTF-8 and removes NUL bytes with one warning when the input has them', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n\0\0\0bad '), Buffer.from([0xff, 0xfe]), Buffer.from('\nend\n')])
    const { lines, issues } = scan([bytes], { everyLine: true })
    expect(lines.map((l) => l.text)).toEqual(['ok', 'bad \uFFFD\uFFFD', 'end'])
    expect(issues).toEqual(['nul-bytes@2'])
  })

  it('cuts a line longer than the limit, warns once with its number and keeps counting lines', () => {
    const long = 'x'.repeat(10_000)
    const { lines, issues } = scan(cut(Buffer.from(`a\n${long}\nb\n`), [0.1, 0.5, 0.9]), {
      everyLine: true,
      maxLineBytes: 1000,
    })
    expect(lines.map((l) => [l.line, l.text.length])).toEqual([
      [1, 1],
      [2, 1000],
      [3, 1],
    ])
    expect(issues).toEqual(['line-truncated@2'])
  })

  it('finds a report inside a collapsed one-line paste', () => {
    const collapsed = REPORT.split('\n').join(' ')
    const { lines } = scan([Buffer.from(NOISE.repeat(3) + collapsed + '\n' + NOISE)])
    expect(lines.some((l) => l.line === 4 && l.text === collapsed)).toBe(true)
  })
})
