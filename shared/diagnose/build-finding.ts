/**
 * Turns what a rule found into a contract Finding: evidence lines copied verbatim from the event's
 * lines (with their physical line numbers), facts with their origin, title/detail/recommendations in
 * the requested language, kernel references from the registry.
 */
import type { LineIdx, MemEvent } from '../event/types'
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import { type MessageParams, t } from '../i18n/t'
import { FINDING_DEFS } from './finding-defs'
import { recordLines, recordStarts } from './record-lines'
import type { Evidence, Fact, Finding, FindingCode, Severity } from './types'

/** A report line (index into `MemEvent.lines`) that proves a finding, and what it shows. */
export interface EvidenceRef {
  readonly at: LineIdx
  readonly role?: string
}

/** A number a rule used, with where it came from. */
export interface FactSpec {
  readonly name: string
  readonly value: number
  readonly unit: Fact['unit']
  /** Report lines the number was read from, or `model` when the kernel model computed it. */
  readonly at: readonly LineIdx[] | 'model'
}

/** A recommendation: catalogue key and parameters. */
export interface RecSpec {
  readonly key: MessageKey
  readonly params?: MessageParams
}

/** What an event rule found, before it is worded in the requested language. */
export interface FindingSpec {
  readonly code: FindingCode
  readonly severity?: Severity
  readonly detailKey: MessageKey
  readonly params: MessageParams
  readonly evidence: readonly EvidenceRef[]
  readonly facts: readonly FactSpec[]
  readonly recs: readonly RecSpec[]
  /**
   * Memory (kB) held by what this finding names (shmem, slab, page tables, hugetlb, unaccounted), so
   * the synthesis rules can tell whether a named holder, rather than user memory, filled the machine.
   */
  readonly holdsKb?: number
}

/** One evidence line of an event, or null when the index is not a line of it. */
export function evidenceOf(event: MemEvent, at: LineIdx, role?: string): Evidence | null {
  const line = event.lines[at]
  if (!line) return null
  return role === undefined
    ? { path: event.path, line: line.line, text: line.text }
    : { path: event.path, line: line.line, text: line.text, role }
}

/** Evidence in source order, each physical line once (a collapsed paste puts many pieces on one line). */
export function uniqueEvidence(items: readonly (Evidence | null)[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const item of items) {
    if (!item) continue
    const key = `${item.path}\u0000${item.line}\u0000${item.text}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(item)
  }
  return out.sort((a, b) => (a.path === b.path ? a.line - b.line : a.path < b.path ? -1 : 1))
}

/** The Finding for one event, or null when no evidence line could be cited (a finding never hangs on nothing). */
export function buildFinding(event: MemEvent, lang: Lang, spec: FindingSpec): Finding | null {
  const def = FINDING_DEFS[spec.code]
  const starts = recordStarts(event)
  const refs = spec.evidence.flatMap((e) =>
    starts.has(e.at) ? recordLines(event, e.at).map((at) => ({ at, role: e.role })) : [e],
  )
  const evidence = uniqueEvidence(refs.map((e) => evidenceOf(event, e.at, e.role)))
  if (evidence.length === 0) return null
  const facts: Fact[] = spec.facts.map((f) => ({
    name: f.name,
    value: f.value,
    unit: f.unit,
    from:
      f.at === 'model'
        ? 'model'
        : f.at.flatMap((at) => {
            const line = event.lines[at]
            return line ? [{ path: event.path, line: line.line }] : []
          }),
  }))
  return {
    code: spec.code,
    severity: spec.severity ?? def.severity,
    title: t(lang, def.titleKey, spec.params),
    detail: t(lang, spec.detailKey, spec.params),
    evidence,
    facts,
    recommendations: spec.recs.map((r) => t(lang, r.key, r.params)),
    kernelRefs: def.kernelRefs,
    lang,
  }
}
