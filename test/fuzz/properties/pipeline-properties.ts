// The whole pipeline over arbitrary kernel-like input, and the host's way of feeding it (report
// windows of a byte stream cut into arbitrary chunks) against the whole-text parse.
import fc from 'fast-check'
import type { RawLine } from '../../../shared/base/source'
import type { MemEvent } from '../../../shared/event/types'
import { LANGS } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import { createEventParser, orderEvents, parseText } from '../../../shared/parse'
import { LineScanner } from '../../../electron/node/input/line-scanner'
import { WINDOW_LOOKBACK_LINES } from '../../../electron/node/input/report-window'
import { corpusLogs } from './corpus-inputs'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { kernelLines, syntheticReport } from './kernel-lines'
import { joinLines, lineEnding } from './mutations'
import { runPipeline } from './run-pipeline'

/** What-if settings across and beyond the sysctl ranges the CLI accepts. */
export const whatIf: fc.Arbitrary<WhatIfSettings | null> = fc.option(
  fc.record(
    {
      min_free_kbytes: fc.oneof(fc.nat({ max: 1 << 22 }), fc.constant(2 ** 40)),
      watermark_scale_factor: fc.integer({ min: 1, max: 3000 }),
      cma_kb: fc.nat({ max: 1 << 24 }),
      swap_kb: fc.nat({ max: 1 << 26 }),
      oom_score_adj: fc.dictionary(fc.nat({ max: 40000 }).map(String), fc.integer({ min: -1000, max: 1000 }), {
        maxKeys: 3,
        noNullPrototype: true,
      }),
    },
    { requiredKeys: [] },
  ),
)

/** Kernel-like lines (or a real log with kernel-like lines spliced in) as one file's text. */
export const kernelText: fc.Arbitrary<string> = fc.oneof(
  fc.array(syntheticReport, { minLength: 1, maxLength: 3 }).map((reports) => reports.flat().join('\n')),
  fc.tuple(kernelLines, lineEnding).map(([lines, ending]) => joinLines(lines, ending === 'cr' ? 'lf' : ending)),
  fc.tuple(fc.nat(), fc.nat(), kernelLines).map(([which, at, extra]) => {
    const logs = corpusLogs()
    const lines = (logs[which % logs.length]?.text ?? '').split('\n')
    const i = at % (lines.length + 1)
    return [...lines.slice(0, i), ...extra, ...lines.slice(i)].join('\n')
  }),
)

/** Never throws, and every output invariant holds, for any kernel-like input, language and what-if. */
export const pipelineAnyInput: FuzzSpec = defineFuzz(
  'pipeline: parseText → analyzeCase → toAnalysisJson on any input',
  3.5,
  fc.tuple(kernelText, fc.constantFrom(...LANGS), whatIf, fc.option(fc.integer({ min: 1970, max: 2100 }))),
  ([text, lang, settings, year]) => runPipeline('fuzz.log', text, { lang, whatIf: settings, year }).violations,
)

/** The fields by which two parses of the same report are compared. */
export function eventKey(e: MemEvent): string {
  const t = e.trigger
  // A report whose header was not in the input has no line of its own that opens a window: a window may
  // find it from a later line (its first report section), with fewer of its lines.
  if (e.partial) return JSON.stringify([e.kind, 'partial', e.killed?.pid ?? null])
  return JSON.stringify([
    e.kind,
    e.line,
    t.comm,
    t.pid,
    t.gfpMask,
    t.order,
    e.killed?.pid ?? null,
    e.zones.length,
    e.tasks.length,
  ])
}

function windowedParse(bytes: Buffer, cuts: readonly number[]): { events: string[]; lines: RawLine[] } {
  const events: MemEvent[] = []
  const lines: RawLine[] = []
  const parser = createEventParser({ onEvent: (e) => events.push(e), onIssue: () => {}, yearHint: () => 2024 })
  const sink = (l: RawLine): void => {
    lines.push(l)
    parser.push(l)
  }
  const scanner = new LineScanner({ path: 'f.log', sink, maxLineBytes: 4 << 20, onIssue: () => {} })
  let prev = 0
  for (const c of [...cuts.map((x) => Math.floor((x / 10_000) * bytes.length)).sort((a, b) => a - b), bytes.length]) {
    scanner.write(bytes.subarray(prev, c))
    prev = c
  }
  scanner.end()
  parser.endOfInput('f.log')
  parser.finish()
  return { events: orderEvents(events).map(eventKey), lines }
}

function difference(check: string, got: readonly string[], want: readonly string[]): Violation[] {
  const missing = want.filter((k) => !got.includes(k))
  const extra = got.filter((k) => !want.includes(k))
  if (missing.length > 0)
    return [
      { check, detail: `${missing.length} of ${want.length} missing: ${missing[0]} (instead: ${extra[0] ?? 'none'})` },
    ]
  if (extra.length > 0) return [{ check, detail: `${extra.length} extra: ${extra[0]}` }]
  return []
}

/** The lines of two scans differ only by context lines lost before a kept line (the scanner's lookback, which reaches one line further than WINDOW_LOOKBACK_LINES says). */
function onlyLookbackLost(got: readonly RawLine[], want: readonly RawLine[]): boolean {
  const have = new Set(got.map((l) => l.line))
  return (
    got.length < want.length &&
    want.every(
      (l) => have.has(l.line) || got.some((g) => g.line > l.line && g.line - l.line <= WINDOW_LOOKBACK_LINES + 1),
    )
  )
}

/**
 * The host hands the parser only the report windows of a byte stream, read in chunks; that must find
 * the same reports as parsing the whole text (same kind, line, trigger, victim, zone and task counts).
 */
export const windowedEqualsWhole: FuzzSpec = defineFuzz(
  'pipeline: host windows over any chunking find the same reports as the whole text',
  2,
  fc.tuple(kernelText, fc.array(fc.nat({ max: 10_000 }), { maxLength: 6 })),
  ([raw, cuts]) => {
    // The scanner removes NULs (with a warning) and decodes bytes (a lone surrogate became U+FFFD on the
    // way to bytes); compare on the text both see.
    const bytes = Buffer.from(raw.replaceAll('\0', ''), 'utf8')
    const text = bytes.toString('utf8')
    const whole = parseText('f.log', text, { year: 2024 }).events.map(eventKey)
    const single = catchThrow('no-throw', () => windowedParse(bytes, []))
    const chunked = catchThrow('no-throw', () => windowedParse(bytes, cuts))
    if (!single.value || !chunked.value) return [single.violation ?? chunked.violation!]
    const windowLoss = difference('windowed-missing-report', single.value.events, whole)
    if (windowLoss.length > 0) return windowLoss
    const chunking = difference('chunking-changed-reports', chunked.value.events, single.value.events)
    if (chunking.length === 0) return []
    return onlyLookbackLost(chunked.value.lines, single.value.lines)
      ? [{ check: 'window-lookback-lost', detail: chunking[0]!.detail }]
      : chunking
  },
)
