// Output invariants of the parser and of the whole pipeline: what must hold for ANY input.
import type { ParseIssue } from '../../../shared/base/issue'
import type { MemEvent } from '../../../shared/event/types'
import type { Violation } from './fuzz-spec'

/** The input's lines as parseText numbers them (split on LF; a text with CRs and no LF on CR). */
export function inputLines(text: string): string[] {
  return text.split(text.includes('\n') || !text.includes('\r') ? '\n' : '\r')
}

const show = (s: string): string => JSON.stringify(s.length > 160 ? `${s.slice(0, 160)}…` : s)

/** Every number reachable from `value` is finite; returns the paths of those that are not. */
export function nonFiniteNumbers(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path}=${value}`)
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFiniteNumbers(v, `${path}[${i}]`, out))
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) nonFiniteNumbers(v, `${path}.${k}`, out)
  }
  return out
}

/** Every line-index field (`at`, `…At`) of an event points into its own lines. */
function badLineIndexes(value: unknown, count: number, path: string, out: string[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => badLineIndexes(v, count, `${path}[${i}]`, out))
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'lines') continue
      const isIndex = k === 'at' || k.endsWith('At')
      const indexes = isIndex ? (Array.isArray(v) ? v : [v]) : []
      for (const i of indexes) {
        if (typeof i === 'number' && !(Number.isInteger(i) && i >= 0 && i < count)) out.push(`${path}.${k}=${i}`)
      }
      if (!isIndex) badLineIndexes(v, count, `${path}.${k}`, out)
    }
  }
}

/** Invariants of parsed events against the input they came from. */
export function checkEvents(events: readonly MemEvent[], path: string, lines: readonly string[]): Violation[] {
  const out: Violation[] = []
  const ids = new Set<string>()
  for (const e of events) {
    if (ids.has(e.id)) out.push({ check: 'event-ids-unique', detail: `duplicate id ${e.id}` })
    ids.add(e.id)
    if (e.path !== path) out.push({ check: 'event-source-line', detail: `${e.id} path ${e.path}` })
    if (!(Number.isInteger(e.line) && e.line >= 1 && e.line <= lines.length)) {
      out.push({ check: 'event-source-line', detail: `${e.id} line ${e.line} of ${lines.length}` })
    }
    if (e.lines.length === 0) out.push({ check: 'event-has-lines', detail: `${e.id} has no lines` })
    for (const l of e.lines) {
      const src = lines[l.line - 1]
      if (src === undefined)
        out.push({ check: 'event-source-line', detail: `${e.id} report line ${l.line} of ${lines.length}` })
      else if (!src.includes(l.text)) {
        out.push({
          check: 'report-line-verbatim',
          detail: `${e.id} line ${l.line}: ${show(l.text)} not in ${show(src)}`,
        })
      }
    }
    const badAt: string[] = []
    badLineIndexes(e, e.lines.length, e.id, badAt)
    if (badAt.length > 0) out.push({ check: 'line-index-in-range', detail: badAt.slice(0, 5).join(', ') })
    const bad = nonFiniteNumbers(e)
    if (bad.length > 0) out.push({ check: 'numbers-finite', detail: `event ${bad.slice(0, 5).join(', ')}` })
    if (!(e.pageSizeKb > 0)) out.push({ check: 'page-size-positive', detail: `${e.id} pageSizeKb ${e.pageSizeKb}` })
    if (e.time !== null && !Number.isFinite(Date.parse(e.time)))
      out.push({ check: 'time-iso', detail: `${e.id} time ${e.time}` })
  }
  return out
}

/** Issues name a line of the input (or none). */
export function checkIssues(issues: readonly ParseIssue[], lines: readonly string[]): Violation[] {
  const bad = issues.filter(
    (i) => i.line !== null && !(Number.isInteger(i.line) && i.line >= 1 && i.line <= lines.length),
  )
  return bad.length === 0
    ? []
    : [
        {
          check: 'issue-line-in-range',
          detail: bad
            .slice(0, 3)
            .map((i) => `${i.code}@${i.line}`)
            .join(', '),
        },
      ]
}

/**
 * Where a value and its JSON round trip first differ: a field left undefined (it vanishes from the JSON),
 * a class instance, NaN. 0 and -0 print alike, so they count as equal; so do null and plain prototypes.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === b || Object.is(a, b) ? '' : `${path} (${String(a)} → ${String(b)})`
  }
  const proto: unknown = Object.getPrototypeOf(a)
  if (proto !== null && proto !== Object.prototype && proto !== Array.prototype) return `${path} (class instance)`
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) return `${path}.${k} (undefined field)`
    const d = firstDifference(v, (b as Record<string, unknown>)[k], `${path}.${k}`)
    if (d !== '') return d
  }
  const extra = Object.keys(b).find((k) => !Object.hasOwn(a, k))
  return extra === undefined ? '' : `${path}.${extra} (added)`
}

interface ContractEvidence {
  readonly path?: unknown
  readonly line?: unknown
  readonly text?: unknown
}

/** The lines of a named input, or undefined when the case has no such input. */
export type LinesOf = (path: string) => readonly string[] | undefined

interface ContractFinding {
  readonly code?: unknown
  readonly evidence?: readonly ContractEvidence[]
}

/** Every contract finding has evidence, and each `{ line, text }` stands verbatim in that line of the input. */
function contractEvidence(findings: readonly ContractFinding[], linesOf: LinesOf, defaultPath: string): Violation[] {
  const out: Violation[] = []
  for (const f of findings) {
    if (!f.evidence || f.evidence.length === 0)
      out.push({ check: 'finding-has-evidence', detail: `${String(f.code)} has no evidence` })
    for (const ev of f.evidence ?? []) {
      const lines = linesOf(typeof ev.path === 'string' ? ev.path : defaultPath)
      const src = typeof ev.line === 'number' ? lines?.[ev.line - 1] : undefined
      if (src === undefined || typeof ev.text !== 'string' || !src.includes(ev.text)) {
        const where = show(src ?? '<no such line>')
        out.push({
          check: 'evidence-verbatim',
          detail: `${String(f.code)} line ${String(ev.line)}: ${show(String(ev.text))} not in ${where}`,
        })
      }
    }
  }
  return out
}

/** Invariants of the contract JSON: round trip, finite numbers, unique ids, evidence verbatim from the input. */
export function checkContract(json: unknown, linesOf: LinesOf): Violation[] {
  const out: Violation[] = []
  const bad = nonFiniteNumbers(json)
  if (bad.length > 0) out.push({ check: 'numbers-finite', detail: `contract ${bad.slice(0, 5).join(', ')}` })
  try {
    const diff = firstDifference(json, JSON.parse(JSON.stringify(json)))
    if (diff !== '') out.push({ check: 'json-round-trip', detail: `differs at ${diff}` })
  } catch (error) {
    out.push({ check: 'json-round-trip', detail: String(error) })
    return out
  }
  const doc = json as { schema?: unknown; events?: readonly Record<string, unknown>[] }
  if (doc.schema !== 'oomlens.analysis/1') out.push({ check: 'contract-schema', detail: String(doc.schema) })
  const ids = new Set<unknown>()
  for (const e of doc.events ?? []) {
    if (ids.has(e['id'])) out.push({ check: 'event-ids-unique', detail: `contract duplicate id ${String(e['id'])}` })
    ids.add(e['id'])
    const source = e['source'] as { path?: unknown; line?: unknown } | undefined
    const path = typeof source?.path === 'string' ? source.path : ''
    const line = source?.line
    if (typeof line !== 'number' || linesOf(path)?.[line - 1] === undefined) {
      out.push({ check: 'event-source-line', detail: `contract source ${path}:${String(line)}` })
    }
    out.push(...contractEvidence((e['findings'] ?? []) as readonly ContractFinding[], linesOf, path))
  }
  out.push(
    ...contractEvidence(
      ((json as { caseFindings?: unknown }).caseFindings ?? []) as readonly ContractFinding[],
      linesOf,
      '',
    ),
  )
  return out
}

interface EvidenceLike {
  readonly path: string
  readonly line: number
  readonly text: string
}

/** Every finding of an analysis (per event and case-wide) hangs on lines that stand verbatim in the input. */
export function checkFindings(
  findings: readonly { readonly code: string; readonly evidence: readonly EvidenceLike[] }[],
  linesOf: (path: string) => readonly string[] | undefined,
): Violation[] {
  const out: Violation[] = []
  for (const f of findings) {
    if (f.evidence.length === 0) out.push({ check: 'finding-has-evidence', detail: `${f.code} has no evidence` })
    for (const ev of f.evidence) {
      const src = linesOf(ev.path)?.[ev.line - 1]
      if (src === undefined || !src.includes(ev.text)) {
        out.push({
          check: 'evidence-verbatim',
          detail: `${f.code} ${ev.path}:${ev.line}: ${show(ev.text)} not in ${show(src ?? '<no such line>')}`,
        })
      }
    }
  }
  return out
}
