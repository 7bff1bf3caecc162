// Hostile whole inputs through the core pipeline (parseText → analyzeCase → toAnalysisJson): empty,
// random bytes, a 50 MB line, CRLF / CR-only endings, NULs and replacement characters, and markup,
// terminal escapes and bidi controls in process names reaching the contract JSON unchanged, as data.
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../shared/parse'
import { KNOWN_FAILURES } from '../../fuzz/known-failures'
import { corpusLogs } from '../../fuzz/properties/corpus-inputs'
import { ANSI_FRAGMENTS, BIDI_FRAGMENTS, HTML_COMMS, withoutCsi } from '../../fuzz/properties/hostile-text'
import { familyKey, triggerKey } from '../../fuzz/properties/mutation-properties'
import { eventKey } from '../../fuzz/properties/pipeline-properties'
import { runPipeline } from '../../fuzz/properties/run-pipeline'

const known = (id: string): boolean => KNOWN_FAILURES.some((k) => k.id === id)

/** Deterministic pseudo-random bytes (a 32-bit LCG), so a failure replays. */
function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed >>> 0
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out[i] = x >>> 24
  }
  return out
}

const withEvents = corpusLogs().filter((c) => parseText(c.name, c.text, { year: 2024 }).events.length > 0)
const lfKeys = (text: string): string[] => parseText('f.log', text, { year: 2024 }).events.map(eventKey)

describe('pipeline on hostile text', () => {
  it('gives no event, no throw and a valid contract when the input is empty', () => {
    const run = runPipeline('empty.log', '')
    expect(run.violations).toEqual([])
    expect(run.events).toEqual([])
    expect((run.json as { events: unknown[] }).events).toEqual([])
  })

  it('never throws and keeps every invariant when the input is random bytes decoded as UTF-8', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const text = new TextDecoder('utf-8').decode(bytes(64 * 1024, seed))
      expect(runPipeline('random.bin', text).violations, `seed ${seed}`).toEqual([])
    }
  })

  it('skips a 50 MB line with an issue and still finds the report after it', () => {
    const report = withEvents[0]!
    const text = `${'A'.repeat(50 * 1024 * 1024)}\n${report.text}`
    const parsed = parseText('long.log', text, { year: 2024 })
    expect(parsed.issues.map((i) => i.code)).toContain('line-too-long')
    // The report's lines moved down by one; everything else is as without the long line.
    const shifted = parseText('long.log', `\n${report.text}`, { year: 2024 }).events.map(eventKey)
    expect(parsed.events.map(eventKey)).toEqual(shifted)
    expect(shifted.length).toBeGreaterThan(0)
  })

  it('finds the same reports in every corpus log when its lines end in CRLF', () => {
    for (const c of withEvents) {
      expect(lfKeys(c.text.replaceAll('\n', '\r\n')), c.name).toEqual(lfKeys(c.text))
    }
  })

  // Known failure parse-text-cr-only (test/fuzz/known-failures.ts): parseText splits on LF only.
  it.skipIf(known('parse-text-cr-only'))(
    'finds the same reports in every corpus log when its lines end in CR only',
    () => {
      for (const c of withEvents) expect(lfKeys(c.text.replaceAll('\n', '\r')), c.name).toEqual(lfKeys(c.text))
    },
  )

  /** Each corpus log with NULs and replacement characters ending every line but the first three of each report. */
  function dirtied(): { name: string; clean: string; dirty: string }[] {
    return withEvents.map((c) => {
      const heads = new Set(
        parseText(c.name, c.text, { year: 2024 }).events.flatMap((e) => [e.line - 1, e.line, e.line + 1]),
      )
      const dirty = c.text
        .split('\n')
        .map((l, i) => (heads.has(i) || l === '' ? l : `${l}\u0000\ufffd\ufffd\u0000`))
        .join('\n')
      return { name: c.name, clean: c.text, dirty }
    })
  }

  it('finds the same reports when NULs and replacement characters end the lines after the first three of a report', () => {
    for (const c of dirtied()) {
      const want = parseText(c.name, c.clean, { year: 2024 }).events.map(familyKey)
      expect(parseText(c.name, c.dirty, { year: 2024 }).events.map(familyKey), c.name).toEqual(want)
    }
  })

  // Known failure parse-dirty-unprefixed-line-dropped (test/fuzz/known-failures.ts).
  it.skipIf(known('parse-dirty-unprefixed-line-dropped'))(
    'keeps the memcg kind when NULs and replacement characters end the memcg lines',
    () => {
      for (const c of dirtied()) {
        const want = parseText(c.name, c.clean, { year: 2024 }).events.map(triggerKey)
        expect(parseText(c.name, c.dirty, { year: 2024 }).events.map(triggerKey), c.name).toEqual(want)
      }
    },
  )

  const hostile = [...HTML_COMMS, ...ANSI_FRAGMENTS.map((f) => `a${f}b`), ...BIDI_FRAGMENTS.map((f) => `a${f}b`)]
  it('carries markup, terminal escapes and bidi controls in a comm into the contract JSON as data', () => {
    const c = withEvents.find((x) => /kernel: \S+ invoked oom-killer/.test(x.text))!
    const comm = /kernel: (\S+) invoked oom-killer/.exec(c.text)![1]!
    for (const h of hostile) {
      const text = c.text.replace(`kernel: ${comm} invoked oom-killer`, `kernel: ${h} invoked oom-killer`)
      const run = runPipeline(c.name, text, { year: 2024 })
      const line = text.split('\n').findIndex((l) => l.includes(`${h} invoked oom-killer`)) + 1
      const json = JSON.parse(JSON.stringify(run.json)) as {
        events: { source: { line: number }; trigger: { comm: string } }[]
      }
      // Terminal CSI sequences leave the parsed comm (the parser's dmesg --color rule), nothing else does…
      expect(json.events.find((e) => e.source.line === line)?.trigger.comm, JSON.stringify(h)).toBe(withoutCsi(h))
      // …and the report's raw line, which evidence quotes, keeps every character.
      expect(run.events.find((e) => e.line === line)?.lines[0]?.text).toContain(`${h} invoked oom-killer`)
    }
  })
})
