/**
 * The parse-issue registry (the findings' FINDING_DEFS idea, for input problems): every code the
 * parser and the proc parsers report, once, with its default severity and a one-line description —
 * the message catalogue's `note.<code>` (shared/i18n/catalog), so the registry, the README, the case
 * view and the reports say the one sentence, translated beside it.
 * `shared/parse/README.md` lists the same table; `test/shared/parse/issue-defs.test.ts` checks that
 * the README, the registry and the codes used in the sources agree.
 *
 * Codes are part of the contract's warnings (`code`): add, never rename.
 */
import type { IssueSeverity, ParseIssue } from '../base/issue'
import { CATALOG_EN, type MessageKey } from '../i18n/catalog/en'

/** The registry entry of one parse-issue code. */
export interface ParseIssueDef {
  readonly severity: IssueSeverity
  /** One line: what the issue means to the reader of the analysis. */
  readonly description: string
}

const severities = {
  'unrecognised-line': 'info',
  'orphan-report-line': 'info',
  'truncated-report': 'data-loss',
  'report-cut': 'data-loss',
  'report-abandoned': 'data-loss',
  'unread-report-marker': 'data-loss',
  'rows-omitted': 'data-loss',
  'elided-lines': 'info',
  'prefix-learned': 'info',
  'partial-header': 'data-loss',
  'partial-zone-line': 'data-loss',
  'partial-node-line': 'data-loss',
  'partial-buddy-line': 'data-loss',
  'zone-line-missing': 'data-loss',
  'orphan-lowmem-reserve': 'data-loss',
  'unparsed-task-row': 'data-loss',
  'task-columns-guessed': 'data-loss',
  'annotation-removed': 'info',
  'line-too-long': 'info',
  'number-out-of-range': 'data-loss',
  'page-size-assumed': 'info',
  'year-inferred': 'info',
  'year-unknown': 'info',
  'unnamed-counter': 'info',
  'sysctl-error-line': 'info',
} as const satisfies Record<string, IssueSeverity>

/** Every parse-issue code. */
export type ParseIssueCode = keyof typeof severities

/** The catalogue key of a code's one line of meaning (a registered code without one does not compile). */
export function noteKey(code: ParseIssueCode): MessageKey {
  return `note.${code}`
}

/** Every parse-issue code, registered once, with its meaning in English (the catalogue's, translated beside it). */
export const PARSE_ISSUE_DEFS: Readonly<Record<ParseIssueCode, ParseIssueDef>> = Object.fromEntries(
  Object.entries(severities).map(([code, severity]) => [
    code,
    { severity, description: CATALOG_EN[noteKey(code as ParseIssueCode)] },
  ]),
) as Record<ParseIssueCode, ParseIssueDef>

/** A ParseIssue of a registered code, with the registry's severity unless the caller has a reason to differ. */
export function parseIssue(
  code: ParseIssueCode,
  path: string,
  line: number | null,
  message: string,
  severity: IssueSeverity = PARSE_ISSUE_DEFS[code].severity,
): ParseIssue {
  return { code, severity, path, line, message }
}

/** The README's table of codes, rendered from the registry (the README holds exactly this text). */
export function renderIssueTable(): string {
  const rows = Object.entries(PARSE_ISSUE_DEFS).map(([code, d]) => `| \`${code}\` | ${d.severity} | ${d.description} |`)
  return ['| code | severity | meaning |', '|---|---|---|', ...rows].join('\n')
}
