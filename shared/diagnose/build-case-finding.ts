/**
 * Case-level findings hang on lines of several events (or snapshots); same contract shape as the
 * event findings, evidence still verbatim with line numbers.
 */
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import { type MessageParams, t } from '../i18n/t'
import type { RecSpec } from './build-finding'
import { uniqueEvidence } from './build-finding'
import { FINDING_DEFS } from './finding-defs'
import type { Evidence, Fact, Finding, FindingCode } from './types'

/** What a case rule found, before it is worded. */
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
  return {
    code: spec.code,
    severity: def.severity,
    title: t(lang, def.titleKey, spec.params),
    detail: t(lang, spec.detailKey, spec.params),
    evidence,
    facts: spec.facts,
    recommendations: spec.recs.map((r) => t(lang, r.key, r.params)),
    kernelRefs: def.kernelRefs,
    lang,
  }
}
