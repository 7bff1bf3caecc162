/** Findings → what the report shows: severity label in the report's language, evidence verbatim. */
import type { Finding } from '../diagnose/types'
import type { Lang } from '../i18n/lang'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { FindingView } from './report-doc-types'

/** At most this many evidence lines per finding; the appendix holds the whole report. */
const MAX_EVIDENCE = 8

/** Map findings (already translated by the diagnosis) to report views. */
export function findingViews(findings: readonly Finding[], lang: Lang): FindingView[] {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    severityLabel: t(lang, `severity.${f.severity}` as MessageKey),
    title: f.title,
    detail: f.detail,
    evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ path: e.path, line: e.line, text: e.text })),
  }))
}

/** The recommendations of all findings, in finding order, without repeats. */
export function recommendationsOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.recommendations ?? []))]
}
