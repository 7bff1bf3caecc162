/** Findings → what the report shows, worded in the report's language: severity label, title, detail, evidence verbatim. */
import { wordFinding } from '../diagnose/word-finding'
import type { Finding } from '../diagnose/types'
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'
import type { FindingView } from './report-doc-types'

/** At most this many evidence lines per finding; the appendix holds the whole report. */
const MAX_EVIDENCE = 8

/** Findings as report views, worded in `lang` from their keys (whatever language the analysis was in). */
export function findingViews(findings: readonly Finding[], lang: Lang): FindingView[] {
  return findings.map((finding) => {
    const f = wordFinding(finding, lang)
    return {
      code: f.code,
      severity: f.severity,
      severityLabel: t(lang, `severity.${f.severity}` as MessageKey),
      title: f.title,
      detail: f.detail,
      evidence: f.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ path: e.path, line: e.line, text: e.text })),
    }
  })
}

/** The recommendations of all findings in `lang`, in finding order, without repeats. */
export function recommendationsOf(findings: readonly Finding[], lang: Lang): string[] {
  return [...new Set(findings.flatMap((f) => wordFinding(f, lang).recommendations ?? []))]
}
