/**
 * Case-level findings hang on lines of several events (or snapshots); same contract shape as the
 * event findings, evidence still verbatim with line numbers.
 */
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import type { MessageParams } from '../i18n/t'
import type { RecSpec } from './build-finding'
import { findingKeys, uniqueEvidence } from './build-finding'
import { FINDING_DEFS } from './finding-defs'
import type { Evidence, Fact, Finding, FindingCode } from './types'
import { findingWords } from './word-finding'

/** What a case rule found: keys and language-neutral parameters. */
export interface CaseFindingSpec {
  readonly code: FindingCode
  readonly detailKey: MessageKey
  readonly params: MessageParams
  readonly evidence: readonly (Evidence | null)[]
  readonly facts: readonly Fact[]
  readonly recs: readonly RecSpec[]
}

/** The Finding, or null without a single citable line. */
export function buildCaseFinding(lang: Lang, spec: CaseFindingSpec): Finding | null {
  const def = FINDING_DEFS[spec.code]
  const evidence = uniqueEvidence(spec.evidence)
  if (evidence.length === 0) return null
  const keys = findingKeys(def.titleKey, spec)
  return {
    code: spec.code,
    severity: def.severity,
    ...findingWords(keys, lang),
    evidence,
    facts: spec.facts,
    kernelRefs: def.kernelRefs,
    ...keys,
  }
}
