// Linear time, measured in the fuzz runner only (never in `npm test`): for each input family, work on
// an input of size n and of size 2n; a linear routine takes about twice as long, a quadratic one four
// times. Fastest of several runs, generous bound.
import { performance } from 'node:perf_hooks'
import { parseSnapshot, parseText } from '../../shared/parse'
import { splitSegments } from '../../shared/parse/prefix/split-segments'
import { stripPrefix } from '../../shared/parse/prefix/strip-prefix'
import { LineScanner } from '../../electron/node/input/line-scanner'
import { corpusLogs, corpusProcFiles } from './properties/corpus-inputs'
import { runPipeline } from './properties/run-pipeline'

export interface LinearCase {
  readonly name: string
  /** Input size (characters) of the smaller run; large enough that timer noise does not matter. */
  readonly size?: number
  /** Builds an input of about `size` characters. */
  build(size: number): string
  run(input: string): void
}

export interface LinearResult {
  readonly name: string
  readonly size: number
  readonly millis: number
  readonly millis2x: number
  readonly ratio: number
  readonly ok: boolean
}

/** Doubling the input may at most multiply the time by this (2 for linear, 4 for quadratic). */
export const MAX_RATIO = 3
/** Below this (ms at 2n) a ratio is cache effects, not complexity: a quadratic routine on megabytes takes far longer. */
export const NOISE_FLOOR_MS = 5

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / Math.max(1, unit.length)))).slice(0, size)
}

const allLogs = (): string =>
  corpusLogs()
    .map((c) => c.text)
    .join('\n')
const syslogLine = 'Feb 12 08:21:50 host kernel: python invoked oom-killer: gfp_mask=0x2084d0, order=0, oom_score_adj=0'

export const LINEAR_CASES: readonly LinearCase[] = [
  {
    name: 'pipeline: corpus logs repeated',
    size: 400_000,
    build: (n) => repeatTo(`${allLogs()}\n`, n),
    run: (t) => void runPipeline('big.log', t, { year: 2024 }),
  },
  { name: 'parseText: one line without a newline', build: (n) => repeatTo('a', n), run: (t) => void parseText('f', t) },
  {
    name: 'parseText: collapsed syslog paste',
    build: (n) => repeatTo(`${syslogLine} `, n),
    run: (t) => void parseText('f', t, { year: 2024 }),
  },
  {
    name: 'parseText: hostile junk lines',
    build: (n) => repeatTo('\x1b[31m<b>\u202e\ufffd kernel: [<c1>] ? oom\n', n),
    run: (t) => void parseText('f', t),
  },
  {
    name: 'parseText: unterminated stamps',
    build: (n) => repeatTo('[ 1234.5 [Sat Apr 1 <4><1>1 2024-01-01T', n),
    run: (t) => void parseText('f', t),
  },
  {
    name: 'stripPrefix: long near-miss prefix',
    build: (n) => `Feb 12 08:21:50 ${repeatTo('a ', n)}`,
    run: (t) => void stripPrefix(t),
  },
  {
    name: 'splitSegments: many near-miss repeats',
    build: (n) => repeatTo(' Feb 12 08:21:50 host kernelx', n),
    run: (t) => void splitSegments(t, 'syslog'),
  },
  {
    name: 'snapshots: zoneinfo repeated',
    build: (n) => repeatTo(corpusProcFiles().find((f) => f.name.endsWith('/zoneinfo'))?.text ?? '', n),
    run: (t) => void parseSnapshot('zoneinfo', 'zoneinfo', t, () => {}),
  },
  {
    name: 'input: line scanner over corpus bytes',
    build: (n) => repeatTo(`${allLogs()}\n`, n),
    run: (t) => {
      const s = new LineScanner({ path: 'f', sink: () => {}, maxLineBytes: 4 << 20, onIssue: () => {} })
      // In chunks as the hosts read (read-planned-file.ts reads 256 kB at a time).
      const bytes = Buffer.from(t)
      for (let i = 0; i < bytes.length; i += 256 * 1024) s.write(bytes.subarray(i, i + 256 * 1024))
      s.end()
    },
  },
]

/** Fastest per-call time of several samples (GC pauses only ever add time); each sample repeats the call until it has taken ≥ 40 ms, so timer and GC noise average out. */
function timeOf(c: LinearCase, input: string, runs: number): number {
  const t0 = performance.now()
  c.run(input)
  const repeat = Math.max(1, Math.ceil(40 / Math.max(performance.now() - t0, 0.01)))
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    for (let k = 0; k < repeat; k++) c.run(input)
    times.push((performance.now() - start) / repeat)
  }
  return Math.min(...times)
}

/**
 * Measure one case at `size` and `2 × size` (after a warm-up run). Up to `attempts` measurements: load
 * from other processes only ever inflates a ratio, so one measurement within the bound settles it,
 * while a quadratic routine exceeds it every time.
 */
export function measureLinear(c: LinearCase, size: number, runs = 5, attempts = 3): LinearResult {
  const small = c.build(size)
  const large = c.build(size * 2)
  c.run(small)
  let result: LinearResult | null = null
  for (let a = 0; a < attempts && !result?.ok; a++) {
    const millis = timeOf(c, small, runs)
    const millis2x = timeOf(c, large, runs)
    const ratio = millis2x / Math.max(millis, 0.001)
    result = { name: c.name, size, millis, millis2x, ratio, ok: ratio <= MAX_RATIO || millis2x < NOISE_FLOOR_MS }
  }
  return result!
}
