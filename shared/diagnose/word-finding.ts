/**
 * Words at the edges (issue 11 item 4): a finding carries its catalogue keys and language-neutral
 * parameters, and whoever shows it — the workbench, a report, the CLI, the JSON contract — words it
 * here in the language it shows. Switching language is a catalogue lookup, never a new diagnosis.
 */
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'
import type { Finding } from './types'

/** The keys and parameters a finding is worded from. */
export type FindingKeys = Pick<Finding, 'titleKey' | 'detailKey' | 'params' | 'recommendationKeys'>

/** The words of a finding in `lang`. */
export function findingWords(
  keys: FindingKeys,
  lang: Lang,
): Pick<Finding, 'title' | 'detail' | 'recommendations' | 'lang'> {
  return {
    title: t(lang, keys.titleKey, keys.params),
    detail: t(lang, keys.detailKey, keys.params),
    recommendations: keys.recommendationKeys.map((r) => t(lang, r.key, r.params)),
    lang,
  }
}

/** A finding's title in `lang` (what a list row shows). */
export function findingTitle(f: Pick<Finding, 'titleKey' | 'params'>, lang: Lang): string {
  return t(lang, f.titleKey, f.params)
}

/** The finding worded in `lang` (the same object when it already is). */
export function wordFinding(finding: Finding, lang: Lang): Finding {
  return finding.lang === lang ? finding : { ...finding, ...findingWords(finding, lang) }
}

/** Every finding worded in `lang`. */
export function wordFindings(findings: readonly Finding[], lang: Lang): Finding[] {
  return findings.map((f) => wordFinding(f, lang))
}
