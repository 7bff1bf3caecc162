/**
 * Input problems for a person: warnings (something could not be read, or was read with a loss) kept
 * apart from informational notes (an assumption made, a duplicate skipped), each grouped by its code
 * with a sentence in the reader's language saying what the code means. The case view lists them in
 * place; reports summarise the warnings and put every note in an appendix.
 */
import type { ParseIssue } from '../base/issue'
import type { Lang } from '../i18n/lang'
import { shortPath } from './format'
import type { MessageKey } from '../i18n/catalog/en'
import { CATALOG_EN } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block, ReportSection } from './report-doc-types'

/** One code's problems. */
export interface IssueGroup {
  readonly code: string
  /** What the code means, in the requested language; null for a code with no entry (its messages say it). */
  readonly explanation: string | null
  readonly issues: readonly ParseIssue[]
}

export interface GroupedIssues {
  /** `error` and `data-loss`: something in the input was not read, or not read whole. */
  readonly warnings: readonly IssueGroup[]
  /** `info`: an assumption or a skip worth knowing, nothing lost. */
  readonly notes: readonly IssueGroup[]
}

/** The catalogue's sentence for an issue code (`note.<code>`), or null when it has none. */
export function issueExplanation(code: string, lang: Lang): string | null {
  const key = `note.${code}`
  return key in CATALOG_EN ? t(lang, key as MessageKey) : null
}

function groupByCode(issues: readonly ParseIssue[], lang: Lang): IssueGroup[] {
  const byCode = new Map<string, ParseIssue[]>()
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue])
  // Most frequent first: a thousand identical notes are one thing to read, listed once.
  return [...byCode]
    .map(([code, list]) => ({ code, explanation: issueExplanation(code, lang), issues: list }))
    .sort((a, b) => b.issues.length - a.issues.length || (a.code < b.code ? -1 : 1))
}

/** Warnings apart from notes, each grouped by code. */
export function groupIssues(issues: readonly ParseIssue[], lang: Lang): GroupedIssues {
  return {
    warnings: groupByCode(
      issues.filter((i) => i.severity !== 'info'),
      lang,
    ),
    notes: groupByCode(
      issues.filter((i) => i.severity === 'info'),
      lang,
    ),
  }
}

/** `messages:12`, `bundle.tar.xz!/var/log/messages` (no line). */
export function issuePlace(issue: ParseIssue): string {
  return `${shortPath(issue.path)}${issue.line === null ? '' : `:${issue.line}`}`
}

/** Places listed per group in a report; the rest are counted. */
const MAX_PLACES = 12

/**
 * One group as report lines: the explanation (the message itself where the catalogue has none),
 * then where it happened. A warning keeps its own message beside the place, since it carries the
 * numbers (how much was dropped); in a translated report it is marked as the original wording.
 */
function groupLines(group: IssueGroup, lang: Lang, warning: boolean): string[] {
  const shown = group.issues.slice(0, MAX_PLACES)
  const places = shown.map((i) => {
    if (!warning && group.explanation !== null) return issuePlace(i)
    const message =
      lang === 'en' || group.explanation === null ? i.message : t(lang, 'notes.original', { text: i.message })
    return `${issuePlace(i)} — ${message}`
  })
  if (group.issues.length > shown.length)
    places.push(t(lang, 'summary.moreWarnings', { n: group.issues.length - shown.length }))
  return places
}

function groupBlocks(groups: readonly IssueGroup[], lang: Lang, warning: boolean): Block[] {
  return groups.flatMap((g): Block[] => [
    { type: 'paragraph', text: `${g.explanation ?? g.code} (${g.code}, ${g.issues.length}×)` },
    { type: 'list', items: groupLines(g, lang, warning) },
  ])
}

/** The warnings' blocks for the case summary (nothing when there are none). */
export function warningBlocks(issues: readonly ParseIssue[], lang: Lang): Block[] {
  const { warnings } = groupIssues(issues, lang)
  if (warnings.length === 0) return []
  return [{ type: 'paragraph', text: t(lang, 'summary.warningsTitle') }, ...groupBlocks(warnings, lang, true)]
}

/** The appendix of informational parser notes, or null when there are none. */
export function inputNotesSection(issues: readonly ParseIssue[], lang: Lang): ReportSection | null {
  const { notes } = groupIssues(issues, lang)
  if (notes.length === 0) return null
  return {
    id: 'appendix-notes',
    title: t(lang, 'section.notes'),
    level: 1,
    blocks: [{ type: 'paragraph', text: t(lang, 'notes.intro') }, ...groupBlocks(notes, lang, false)],
  }
}
