// One executable minimal repro per known failure: true while the bug is still there. The fuzz runner
// prints them, so an entry whose repro no longer fails is seen and removed from known-failures.ts;
// the repro then stays here, and the unit suite checks that it keeps returning false (regression).
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { parseSnapshot, parseText } from '../../shared/parse'
import { LineScanner } from '../../electron/node/input/line-scanner'
import { corpusLogs } from './properties/corpus-inputs'
import { unsafeIntegers } from './properties/run-pipeline'

const OOM = 'invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0'

function scan(chunks: readonly string[], everyLine: boolean): number[] {
  const lines: number[] = []
  const s = new LineScanner({
    path: 'f',
    sink: (l) => lines.push(l.line),
    maxLineBytes: 1 << 20,
    onIssue: () => {},
    everyLine,
  })
  for (const c of chunks) s.write(Buffer.from(c))
  s.end()
  return lines
}

const badTime = (text: string): boolean =>
  parseText('f', text, { year: 2020 }).events.some((e) => e.time !== null && !Number.isFinite(Date.parse(e.time)))

const ZONE_U64 = `x ${OOM}\nMem-Info:\nNode 0 Normal free:4kB min:18446744073709551615kB low:18446744073709551615kB high:0kB managed:4kB\n`

export const KNOWN_FAILURE_REPROS: Readonly<Record<string, () => boolean>> = {
  'scanner-newline-decided-on-first-chunk': () => scan(['}\r', '\n'], true).length !== 1,
  'scanner-window-lookback-lost-at-chunk-boundary': () => {
    const text = `context line\nx ${OOM}\n`
    return scan([text.slice(0, 3), text.slice(3)], false).length !== scan([text], false).length
  },
  'parse-impossible-syslog-stamp': () => badTime(`Feb 30 99:99:99 host kernel: x ${OOM}\n`),
  'parse-journal-zone-name-in-iso': () => badTime(`Mon 2024-03-01 10:00:00 UTC host kernel: x ${OOM}\n`),
  'parse-unsafe-integer': () => parseText('f', ZONE_U64).events.some((e) => unsafeIntegers(e).length > 0),
  'model-endless-loop-on-unsafe-watermark': () => {
    // In a child process: the bug ends in a V8 fatal error that no try/catch can stop.
    const script =
      `import { parseText } from './shared/parse/index.ts'; import { analyzeModel } from './shared/model/index.ts';` +
      `analyzeModel(parseText('f', ${JSON.stringify(ZONE_U64)}).events[0])`
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--max-old-space-size=256', '--input-type=module', '-e', script],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        timeout: 60_000,
        encoding: 'utf8',
      },
    )
    return r.status !== 0
  },
  'parse-text-cr-only': () => parseText('f', `x ${OOM}\rMem-Info:\r`).events.length === 0,
  'parse-dirty-unprefixed-line-dropped': () => {
    const c = corpusLogs().find((x) => x.name.includes('011-'))
    if (!c) return false
    const heads = new Set(parseText('f', c.text).events.flatMap((e) => [e.line - 1, e.line, e.line + 1]))
    const dirty = c.text
      .split('\n')
      .map((l, i) => (heads.has(i) || l === '' ? l : `${l}\u0000\ufffd`))
      .join('\n')
    const kinds = (t: string): string =>
      parseText('f', t)
        .events.map((e) => e.kind)
        .join()
    return kinds(dirty) !== kinds(c.text)
  },
  'parse-unsafe-pid-in-kill-lines': () =>
    parseText(
      'f',
      `x ${OOM}\nOut of memory: Kill process 99999999999999999999999 (python) score 0 or sacrifice child\n`,
    ).events.some((e) => unsafeIntegers(e).length > 0),
  'proc-zoneinfo-protection-nan': () => {
    const zoneinfo =
      'Node 0, zone      DMA\n  pages free     3960\n        min      32\n        protection: (0, 1 2, 3)\n'
    const data = parseSnapshot('zoneinfo', 'zoneinfo', zoneinfo, () => {})?.data as
      { zones?: { protection: number[] | null }[] } | undefined
    return (data?.zones?.[0]?.protection ?? []).some((n) => !Number.isFinite(n))
  },
  'parse-stray-byte-inside-comm-dropped': () =>
    parseText('f', `py\ufffdthon ${OOM}\n`).events[0]?.trigger.comm !== 'py\ufffdthon',
}
