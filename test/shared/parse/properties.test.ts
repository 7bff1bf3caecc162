import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { createEventParser, looksLikeKernelMemoryLine, parseText, stripPrefix } from '../../../shared/parse'
import { classifyLine } from '../../../shared/parse/report/classify-line'
import { GIVEN } from '../../support/given'

const CORPUS = `${GIVEN}/corpus/public`
const SAMPLES = [
  '009-x86-5.2-rc7-memcg-v1-leaker.log',
  '005-i686-pae-4.10-debian-updatedb-syslog.log',
  '022-x86-5.4-kvm-ceph-virtio-net-dmesgT.log',
]
const CORPUS_LINES = SAMPLES.flatMap((f) => readFileSync(`${CORPUS}/${f}`, 'utf8').split('\n'))

/** Lines that look like the kernel's and lines that do not, mixed with arbitrary text. */
const kernelishLine = fc.oneof(
  fc.constantFrom(...CORPUS_LINES),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.tuple(fc.constantFrom(...CORPUS_LINES), fc.integer({ min: 0, max: 300 })).map(([l, n]) => l.slice(0, n)),
  fc.tuple(fc.constantFrom(...CORPUS_LINES), fc.constantFrom(...CORPUS_LINES)).map(([a, b]) => `${a} ${b}`),
)

function parseLines(lines: string[]): { events: MemEvent[]; issues: { path: string; line: number | null }[] } {
  return parseText('p.log', lines.join('\n'))
}

describe('parser properties', () => {
  it('strips prefixes of arbitrary text without throwing or growing the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = stripPrefix(s)
        expect(r.message.length).toBeLessThanOrEqual(s.length)
      }),
      { numRuns: 300 },
    )
  })

  it('classifies arbitrary lines without throwing', () => {
    fc.assert(
      fc.property(kernelishLine, (s) => {
        expect(typeof classifyLine(s).k).toBe('string')
        expect(typeof looksLikeKernelMemoryLine(s)).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  })

  it('parses arbitrary mixtures of kernel lines and garbage without throwing, pointing every issue at a real line', () => {
    fc.assert(
      fc.property(fc.array(kernelishLine, { maxLength: 60 }), (lines) => {
        const { events, issues } = parseLines(lines)
        const count = lines.join('\n').split('\n').length
        for (const i of issues) expect(i.line === null || (i.line >= 1 && i.line <= count)).toBe(true)
        for (const e of events) {
          expect(e.line).toBeGreaterThanOrEqual(1)
          for (const l of e.lines) expect(l.line).toBeLessThanOrEqual(count)
        }
        expect(events.map((e) => e.id)).toEqual(events.map((_, k) => `e${k + 1}`))
      }),
      { numRuns: 250 },
    )
  })

  it('finds the same report whatever other programs log in between', () => {
    const report = readFileSync(`${CORPUS}/${SAMPLES[0]}`, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => `Mar  3 10:00:00 box kernel: ${l}`)
    const reference = parseLines(report).events[0]!
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(report.length), fc.string({ maxLength: 60 })), { maxLength: 20 }),
        (inserts) => {
          const lines = [...report]
          for (const [at, text] of [...inserts].sort((a, b) => b[0] - a[0]))
            lines.splice(at, 0, `Mar  3 10:00:00 box cron[42]: ${text}`)
          const e = parseLines(lines).events[0]!
          expect({
            trigger: { ...e.trigger },
            killed: e.killed?.pid,
            tasks: e.tasks.length,
            memcg: e.memcg?.usageKb,
          }).toEqual({
            trigger: { ...reference.trigger },
            killed: reference.killed?.pid,
            tasks: reference.tasks.length,
            memcg: reference.memcg?.usageKb,
          })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('gives the same events whether lines are pushed one by one or as one text', () => {
    fc.assert(
      fc.property(fc.array(kernelishLine, { maxLength: 40 }), (lines) => {
        const pushed: MemEvent[] = []
        const p = createEventParser({ onEvent: (e) => pushed.push(e), onIssue: () => {} })
        lines
          .join('\n')
          .split('\n')
          .forEach((text, i) => p.push({ path: 'p.log', line: i + 1, text }))
        p.finish()
        // Completion order may differ from file order (year-less syslog events wait for the file's end).
        const key = (es: MemEvent[]): string[] => es.map((e) => `${e.line}/${e.kind}`).sort()
        expect(key(pushed)).toEqual(key(parseLines(lines).events))
      }),
      { numRuns: 100 },
    )
  })

  it('keeps its output bounded by its input on long repetitive lines (no blow-up)', () => {
    const fragments = [
      'a:1 ',
      '[<',
      'Kill process 1 (',
      ' invoked oom-killer: ',
      '0*4kB ',
      'x'.repeat(7),
      ' cpuset=',
      '#012',
      '[ 1.000000] ',
      '-----',
      '(UME) ',
    ]
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 100, max: 2000 }),
        (parts, times) => {
          const line = parts.join('').repeat(times)
          const { events, issues } = parseLines([line, line])
          expect(events.length).toBeLessThanOrEqual(2 * line.length)
          expect(issues.length).toBeLessThanOrEqual(4 * (line.length + 1))
        },
      ),
      { numRuns: 60 },
    )
  })
})
