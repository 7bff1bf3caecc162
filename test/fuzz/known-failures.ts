// The one reasoned skip list of the fuzzers: bugs found in code other engineers own, each with the
// owner area, a minimal repro and what goes wrong. A violation matching an entry is excused (and
// counted, so the runner prints how often each entry still fires); everything else fails. Remove an
// entry as soon as its owner's fix lands — the runner lists entries that no longer fire.
import type { Violation } from './properties/fuzz-spec'

export interface KnownFailure {
  readonly id: string
  /** Owner area (who must fix it). */
  readonly owner: string
  /** The smallest input that shows it. */
  readonly repro: string
  /** What goes wrong. */
  readonly problem: string
  /** Which fuzz specs it may excuse (names as in properties/index.ts). */
  readonly specs: readonly string[]
  /** Which violations it excuses: the check names and a pattern over the detail. */
  readonly checks: readonly string[]
  readonly detail: RegExp
}

const SCANNER_SPECS = [
  'input: line scanner, every line, any chunking',
  'input: line scanner, report windows, any chunking',
  'pipeline: host windows over any chunking find the same reports as the whole text',
]
const PIPELINE_SPECS = [
  'pipeline: parseText → analyzeCase → toAnalysisJson on any input',
  'mutation: surviving reports of mutated corpus logs still yield their events',
  'mutation: hostile text in a comm stays data',
]

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    id: 'scanner-newline-decided-on-first-chunk',
    owner: 'input layer (electron/node/input/line-scanner.ts, detectNewline)',
    repro: "new LineScanner({ everyLine: true, ... }); write(Buffer.from('}\\r')); write(Buffer.from('\\n')); end()",
    problem:
      'The line ending is decided from the first chunk alone: a CRLF file whose first chunk ends between CR and LF ' +
      '(or whose first line is longer than a chunk and holds a CR) is read as CR-only, so every LF becomes part of the next line ' +
      "(lines '}' and '\\n' instead of '}').",
    specs: SCANNER_SPECS,
    checks: ['newline-decided-on-first-chunk'],
    detail: /./,
  },
  {
    id: 'scanner-window-lookback-lost-at-chunk-boundary',
    owner: 'input layer (electron/node/input/line-scanner.ts, lookbackStart)',
    repro:
      "write('ctx line\\n'.slice(0, 3)); write(rest + 'x invoked oom-killer: gfp_mask=0x0, order=0\\n') — the context line " +
      'before the report start is not handed on, while one write of the same bytes hands it on',
    problem:
      'The WINDOW_LOOKBACK_LINES context lines before a report start are only looked for inside the current chunk, so a ' +
      'report that starts just after a chunk boundary loses them (context such as `sysrq: Manual OOM execution`).',
    specs: SCANNER_SPECS,
    checks: ['window-lookback-lost'],
    detail: /./,
  },
  {
    id: 'parse-impossible-syslog-stamp',
    owner: 'parser (shared/parse/prefix/strip-prefix.ts + wall-stamp.ts)',
    repro: "parseText('f', 'Feb 30 99:99:99 host kernel: x invoked oom-killer: gfp_mask=0x0, order=0, oom_score_adj=0\\n', { year: 2020 })",
    problem:
      'An impossible stamp (day 30 of February, hour 99) is accepted and becomes event.time "2020-02-30T99:99:99", ' +
      'which is not a valid ISO 8601 time (Date.parse gives NaN); the contract promises ISO 8601 or null.',
    specs: PIPELINE_SPECS,
    checks: ['time-iso'],
    detail: /T(?:[3-9]\d|2[4-9]):|T\d\d:[6-9]\d:|T\d\d:\d\d:[6-9]\d|-(?:0[2469]|11)-3[01]T|-02-(?:29|3\d)T|-\d\d-(?:3[2-9]|00)T|-(?:00|1[3-9])-/,
  },
  {
    id: 'parse-journal-zone-name-in-iso',
    owner: 'parser (shared/parse/prefix/strip-prefix.ts JOURNAL_FULL + wall-stamp.ts wallStampToIso)',
    repro: "parseText('f', 'Mon 2024-03-01 10:00:00 UTC host kernel: x invoked oom-killer: gfp_mask=0x0, order=0, oom_score_adj=0\\n')",
    problem:
      'journalctl -o short-full prints a zone name (`UTC`, `CET`); it is copied into the ISO time as is ' +
      '("2024-03-01T10:00:00UTC"), which is not ISO 8601 (Date.parse gives NaN). UTC/GMT should become Z, other names no offset.',
    specs: PIPELINE_SPECS,
    checks: ['time-iso'],
    detail: /T\d\d:\d\d:\d\d(?:\.\d+)?[A-Z]{2,5}$/,
  },
  {
    id: 'parse-unsafe-integer',
    owner: 'parser (shared/parse/report/fields.ts + zone-line.ts, shared/parse/proc/*: numbers read with Number() and no safe-integer check)',
    repro: "parseText('f', 'x invoked oom-killer: gfp_mask=0xcc0, order=0, oom_score_adj=0\\nNode 0 Normal free:4kB min:18446744073709551615kB low:1kB high:2kB managed:4kB\\n')",
    problem:
      'A printed u64 (-1 as unsigned, or a corrupted number) is kept as 18446744073709552000: a value that lost precision ' +
      '(toInt in shared/base/text.ts rejects it, the zone-line fields and the proc parsers do not); it should be dropped with an issue. ' +
      'Also in snapshots: buddyinfo `Node 18446744073709551615, zone Normal ...` gives node 18446744073709552000.',
    specs: [...PIPELINE_SPECS, 'proc: every snapshot parser on mutated and arbitrary input'],
    checks: ['unsafe-integer'],
    detail: /./,
  },
  {
    id: 'model-endless-loop-on-unsafe-watermark',
    owner: 'kernel model (shared/model/infer-watermark-params.ts, candidatesFrom)',
    repro:
      "analyzeModel(parseText('f', 'x invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0\\nMem-Info:\\n" +
      "Node 0 Normal free:4kB min:18446744073709551615kB low:18446744073709551615kB high:0kB managed:4kB\\n').events[0])",
    problem:
      '`for (let p = lo; p <= Math.min(hi, lo + 64); p++) out.push(p)` never ends once lo > 2^53 (p++ no longer changes p): ' +
      'the array grows until V8 aborts the process ("Fatal JavaScript invalid size error") — a hostile log kills the CLI and ' +
      'the app. Safe integers reach it too: share × lowmemPages / size passes 2^53 when the boot sizes come from a ' +
      '`lowmem_reserve[]: 0 0 0 2147483648` next to a zone `min:2147483648kB managed:8kB`. While this entry is listed the ' +
      'fuzzers keep such events (properties/model-hazard.ts mirrors the bound) and unsafe integers from the model.',
    specs: PIPELINE_SPECS,
    checks: ['model-crash'],
    detail: /./,
  },
  {
    id: 'parse-text-cr-only',
    owner: 'parser (shared/parse/parse-text.ts)',
    repro: "parseText('f', 'x invoked oom-killer: gfp_mask=0xd0, order=0, oom_score_adj=0\\rMem-Info:\\r')",
    problem:
      'parseText splits on LF only, so a CR-only text (old Mac line endings, some pastes) is one line and its reports are ' +
      'lost; the hosts read such files right (LineScanner), the core entry for in-memory text does not.',
    specs: ['mutation: surviving reports of mutated corpus logs still yield their events'],
    checks: ['cr-only-survival'],
    detail: /./,
  },
  {
    id: 'parse-dirty-unprefixed-line-dropped',
    owner: 'parser (shared/parse/create-event-parser.ts, segment: `!hasPrefix && !isPrintableAscii(message)`)',
    repro:
      "parseText('f', corpus 011 (dmesg without prefixes) with '\\u0000\\ufffd' appended to every line but the first three of " +
      'each report) — the three ' +
      "memcg-oom events come out as kind 'oom'",
    problem:
      'An unprefixed line with one non-ASCII character (a NUL, or U+FFFD where a byte was not UTF-8) is taken for prose and ' +
      'dropped, so a memcg OOM whose `Memory cgroup`/`memory: usage` lines carry one bad byte is reported as a global OOM ' +
      '(and its limit is lost). Kernel lines with a stray bad byte at the end could be kept.',
    specs: [],
    checks: [],
    detail: /$^/,
  },
]

const hits = new Map<string, number>()

/** The entry excusing a violation of `spec`, if any. */
export function excusedBy(spec: string, v: Violation): KnownFailure | null {
  return KNOWN_FAILURES.find((k) => k.specs.includes(spec) && k.checks.includes(v.check) && k.detail.test(v.detail)) ?? null
}

/** Count one excused violation. */
export function noteExcused(id: string): void {
  hits.set(id, (hits.get(id) ?? 0) + 1)
}

/** How often each known failure fired since the process started (0 = fixed, remove the entry). */
export function knownFailureHits(): ReadonlyMap<string, number> {
  return new Map(KNOWN_FAILURES.map((k) => [k.id, hits.get(k.id) ?? 0]))
}
