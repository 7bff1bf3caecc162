// Mutation fuzzing of every corpus log and seed: truncated, dropped, duplicated, corrupted, spliced,
// collapsed and hostile-text variants must still yield every report whose first lines survived.
import fc from 'fast-check'
import type { MemEvent } from '../../../shared/event/types'
import { LANGS } from '../../../shared/i18n/lang'
import { parseText } from '../../../shared/parse'
import { stripPrefix } from '../../../shared/parse/prefix/strip-prefix'
import { corpusLogs, type CorpusText } from './corpus-inputs'
import { defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { ANSI_FRAGMENTS, BIDI_FRAGMENTS, HTML_COMMS, withoutCsi } from './hostile-text'
import { applyMutation, joinLines, lineEnding, mutationOp, original, survives, type Mutated } from './mutations'
import { runPipeline } from './run-pipeline'

/** How a report is recognised across mutations: its kind and what its header says about the trigger. */
export function triggerKey(e: MemEvent): string {
  const t = e.trigger
  return JSON.stringify([e.kind, t.comm, t.pid, t.gfpMask, t.order])
}

interface Parsed {
  readonly lines: readonly string[]
  readonly events: readonly MemEvent[]
}

const cache = new Map<string, Parsed>()

function parsedCorpus(c: CorpusText): Parsed {
  let p = cache.get(c.name)
  if (!p) {
    p = { lines: c.text.split('\n'), events: parseText(c.name, c.text, { year: 2024 }).events }
    cache.set(c.name, p)
  }
  return p
}

/** The same without the memcg distinction, which later lines of a report decide (a cut report may lose them). */
export function familyKey(e: MemEvent): string {
  const t = e.trigger
  return JSON.stringify([e.kind === 'memcg-oom' ? 'oom' : e.kind, t.comm, t.pid, t.gfpMask, t.order])
}

interface Wanted {
  readonly key: string
  /** Whole report survived: the exact kind is expected too. */
  readonly exact: boolean
}

/** Wanted reports not matched one-to-one by a parsed event (exact ones first). */
function unmatchedEvents(want: readonly Wanted[], got: readonly MemEvent[]): string[] {
  const pool = [...got]
  const lost: string[] = []
  for (const w of [...want].sort((x, y) => Number(y.exact) - Number(x.exact))) {
    const i = pool.findIndex((e) => (w.exact ? triggerKey(e) : familyKey(e)) === w.key)
    if (i >= 0) pool.splice(i, 1)
    else lost.push(w.key)
  }
  return lost
}

/**
 * 0-based original lines a report's recognition rests on: its first line up to its third physical line,
 * and on to the line after its `CPU: … PID:` line (the trigger's pid; wrapped logs continue it on the next
 * line) — or back to a crash(8) banner's `PID:` line above the log when the pid came from there.
 */
function headWindow(e: MemEvent): [number, number] {
  const physical = [...new Set(e.lines.map((l) => l.line))].slice(0, 3)
  const pidLine = e.taskLine ? (e.lines[e.taskLine.at]?.line ?? e.line) + 1 : e.line
  // A pid from a crash(8) banner came with its panic: the banner's lines close the event's lines.
  const fromBanner = e.panic !== null && e.trigger.pid !== null && e.taskLine?.pid !== e.trigger.pid
  const banner = fromBanner && e.panic ? e.lines.slice(e.panic.at).map((l) => l.line) : []
  const last = Math.max(...e.lines.filter((l) => l.line >= e.line).map((l) => l.line))
  const end = Math.min(last, Math.max(pidLine, ...physical)) - 1
  return [Math.min(e.line, ...banner) - 1, Math.max(end, ...banner.map((l) => l - 1))]
}

/** Keys of `want` not matched one-to-one by `got`. */
function unmatched(want: readonly string[], got: readonly string[]): string[] {
  const pool = [...got]
  return want.filter((k) => {
    const i = pool.indexOf(k)
    if (i >= 0) pool.splice(i, 1)
    return i < 0
  })
}

const corpusIndex = fc.nat().map((n) => n % Math.max(1, corpusLogs().length))

/** Truncate, drop, duplicate, corrupt, inject, splice (1–3 of them), any line ending, any language. */
export const mutatedCorpus: FuzzSpec = defineFuzz(
  'mutation: surviving reports of mutated corpus logs still yield their events',
  2.5,
  fc.tuple(
    corpusIndex,
    corpusIndex,
    fc.array(mutationOp, { minLength: 1, maxLength: 3 }),
    lineEnding,
    fc.constantFrom(...LANGS),
  ),
  ([a, b, ops, ending, lang]) => {
    const logs = corpusLogs()
    const sources = [parsedCorpus(logs[a]!), parsedCorpus(logs[b]!)]
    const other = original(sources[1]!.lines, 1)
    let m: Mutated = original(sources[0]!.lines, 0)
    for (const op of ops) m = applyMutation(m, op, other)
    const text = joinLines(m.lines, ending)
    const run = runPipeline('mutated.log', text, { lang, year: 2024 })
    const want = sources.flatMap((s, src) =>
      s.events
        // A partial report (its header was never there) is one only by what precedes it: with the lines
        // between it and an earlier header dropped, it rightly reads as that report's end. Not expected.
        .filter((e) => !e.partial && survives(m, src, ...headWindow(e)))
        .map((e) => {
          // A report the input cut before its kill decision may rightly take in kill lines spliced after
          // it (and turn memcg-oom with them): only a finished report keeps its exact kind.
          const finished = e.killed !== null || e.panic !== null || e.kind === 'alloc-failure'
          const exact = finished && survives(m, src, e.line - 1, Math.max(...e.lines.map((l) => l.line)) - 1)
          return { key: exact ? triggerKey(e) : familyKey(e), exact }
        }),
    )
    const lost = unmatchedEvents(want, run.events)
    const out: Violation[] = [...run.violations]
    if (lost.length > 0) {
      const check = ending === 'cr' ? 'cr-only-survival' : 'surviving-report-lost'
      out.push({
        check,
        detail: `${logs[a]!.name} (${ops.map((o) => o.kind).join(',')}; ${ending}): lost ${lost.join(' ')}`,
      })
    }
    return out
  },
)

const REPEATABLE = new Set(['syslog', 'syslog-iso', 'dmesg', 'dmesg-T'])

/** Corpus logs whose every non-blank line carries one repeatable prefix (a collapsed paste of them can be split). */
function collapsible(): readonly CorpusText[] {
  return corpusLogs().filter((c) => {
    const kinds = new Set(
      c.text
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => stripPrefix(l).kind),
    )
    return kinds.size === 1 && REPEATABLE.has([...kinds][0]!)
  })
}

/** A run of lines collapsed into one (a paste that lost its newlines) still yields every report. */
export const collapsedCorpus: FuzzSpec = defineFuzz(
  'mutation: a collapsed paste still yields every report',
  1.5,
  fc.tuple(fc.nat(), fc.nat(), fc.nat()),
  ([which, x, y]) => {
    const files = collapsible()
    const file = files[which % Math.max(1, files.length)]
    if (!file) return []
    const { lines, events } = parsedCorpus(file)
    const [from, to] = [x % (lines.length + 1), y % (lines.length + 1)].sort((p, q) => p - q) as [number, number]
    const collapsed = [
      ...lines.slice(0, from),
      lines
        .slice(from, to)
        .filter((l) => l.trim() !== '')
        .join(' '),
      ...lines.slice(to),
    ]
    const run = runPipeline('collapsed.log', collapsed.join('\n'), { year: 2024 })
    const lost = unmatched(events.map(triggerKey), run.events.map(triggerKey))
    const detail = `${file.name} lines ${from + 1}..${to} collapsed: lost ${lost.join(' ')}`
    return lost.length > 0 ? [...run.violations, { check: 'collapsed-report-lost', detail }] : run.violations
  },
)

const HOSTILE_COMMS: readonly string[] = [
  ...HTML_COMMS,
  ...ANSI_FRAGMENTS.map((f) => `py${f}thon`),
  ...BIDI_FRAGMENTS.map((f) => `py${f}thon`),
  'py\ufffdthon',
]

/** Markup, terminal escapes and bidi controls in a process name come out as the same characters, as data. */
export const hostileComm: FuzzSpec = defineFuzz(
  'mutation: hostile text in a comm stays data',
  2,
  fc.tuple(corpusIndex, fc.nat(), fc.constantFrom(...HOSTILE_COMMS)),
  ([which, pick, comm]) => {
    const file = corpusLogs()[which]!
    const { lines, events } = parsedCorpus(file)
    const oom = events.filter(
      (e) =>
        e.kind === 'oom' &&
        e.trigger.comm !== null &&
        lines[e.line - 1]?.includes(`${e.trigger.comm} invoked oom-killer`),
    )
    const e = oom[pick % Math.max(1, oom.length)]
    const header = e ? lines[e.line - 1] : undefined
    if (!e || header === undefined || (stripPrefix(header).kind === 'none' && !/^[\x20-\x7e]*$/.test(comm))) return []
    const changed = [...lines]
    changed[e.line - 1] = header.replace(`${e.trigger.comm} invoked oom-killer`, `${comm} invoked oom-killer`)
    const run = runPipeline('hostile.log', changed.join('\n'), { year: 2024 })
    const got = run.events.find((x) => x.line === e.line)
    const out = [...run.violations]
    // The parsed comm loses terminal CSI sequences (the parser's dmesg --color rule).
    const want = withoutCsi(comm)
    if (got?.trigger.comm !== want)
      out.push({
        check: 'hostile-comm-kept',
        detail: `${file.name}:${e.line} comm ${JSON.stringify(got?.trigger.comm)} want ${JSON.stringify(want)}`,
      })
    // The raw line (or collapsed-paste segment) evidence quotes keeps the comm character for character.
    const raw = got?.lines[0]?.text ?? ''
    if (got && !(changed[e.line - 1]!.includes(raw) && raw.includes(`${comm} invoked`))) {
      out.push({ check: 'hostile-line-verbatim', detail: `${file.name}:${e.line} ${JSON.stringify(raw)}` })
    }
    const jsonEvents =
      (run.json as { events?: { source?: { line?: number }; trigger?: { comm?: unknown } }[] } | null)?.events ?? []
    const jsonComm = jsonEvents.find((x) => x.source?.line === e.line)?.trigger?.comm
    if (jsonComm !== undefined && jsonComm !== want)
      out.push({
        check: 'hostile-comm-json',
        detail: `contract comm ${JSON.stringify(jsonComm)} want ${JSON.stringify(want)}`,
      })
    return out
  },
)
