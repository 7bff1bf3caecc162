/**
 * Turns what a rule found into a contract Finding: evidence lines copied verbatim from the event's
 * lines (with their physical line numbers), facts with their origin, title/detail/recommendations in
 * the requested language beside the keys and parameters they are worded from, kernel references from
 * the registry.
 */
import type { LineIdx, MemEvent } from '../event/types'
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import type { MessageParam, MessageParams, Phrase } from '../i18n/t'
import { FINDING_DEFS } from './finding-defs'
import { recordLines, recordStarts } from './record-lines'
import type { Evidence, Fact, Finding, FindingCode, Severity } from './types'
import { findingWords } from './word-finding'

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

/** A recommendation: catalogue key and language-neutral parameters. */
export type RecSpec = Phrase

/** What an event rule found: keys and language-neutral parameters, worded only where it is shown. */
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

function finiteParam(value: MessageParam): MessageParam {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value)
  if (typeof value === 'string') return value
  return 'join' in value ? { ...value, items: value.items.map(finiteParam) } : finitePhrase(value)
}

/**
 * Parameters as the contract carries them: a number that is not finite (a block size from an order no
 * kernel has, read off a garbled line) becomes its text, so the JSON holds what was worded.
 */
export function finiteParams(params: MessageParams): MessageParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, finiteParam(v)]))
}

function finitePhrase(p: Phrase): Phrase {
  return p.params === undefined ? p : { key: p.key, params: finiteParams(p.params) }
}

/** The keys a finding is worded from, as a finding carries them. */
export function findingKeys(titleKey: MessageKey, spec: Pick<FindingSpec, 'detailKey' | 'params' | 'recs'>) {
  return {
    titleKey,
    detailKey: spec.detailKey,
    params: finiteParams(spec.params),
    recommendationKeys: spec.recs.map(finitePhrase),
  }
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
  const keys = findingKeys(def.titleKey, spec)
  return {
    code: spec.code,
    severity: spec.severity ?? def.severity,
    ...findingWords(keys, lang),
    evidence,
    facts,
    kernelRefs: def.kernelRefs,
    ...keys,
  }
}
