/**
 * The parse-issue registry (the findings' FINDING_DEFS idea, for input problems): every code the
 * parser and the proc parsers report, once, with its default severity and a one-line description.
 * `shared/parse/README.md` lists the same table; `test/shared/parse/issue-defs.test.ts` checks that
 * the README, the registry and the codes used in the sources agree.
 *
 * Codes are part of the contract's warnings (`code`): add, never rename.
 */
import type { IssueSeverity, ParseIssue } from '../base/issue'

/** The registry entry of one parse-issue code. */
export interface ParseIssueDef {
  readonly severity: IssueSeverity
  /** One line: what the issue means to the reader of the analysis. */
  readonly description: string
}

const defs = {
  'unrecognised-line': {
    severity: 'info',
    description: 'A line inside a report (or a proc file) was not understood and was skipped.',
  },
  'orphan-report-line': {
    severity: 'info',
    description: 'A report line was found outside any report and was not used.',
  },
  'truncated-report': {
    severity: 'data-loss',
    description: "A report's first lines were not in the input; the event is marked partial.",
  },
  'report-cut': {
    severity: 'data-loss',
    description:
      'A report ended before its kill decision (its input ended, or another report began); the warning names the last line read.',
  },
  'report-abandoned': {
    severity: 'data-loss',
    description: 'An open report was given up after too many lines that were not its own.',
  },
  'unread-report-marker': {
    severity: 'data-loss',
    description: 'A line with a report marker (invoked oom-killer, Mem-Info, Killed process …) yielded no event.',
  },
  'rows-omitted': {
    severity: 'data-loss',
    description: "A report's rows past the memory bound were counted but not kept; the event says how many.",
  },
  'elided-lines': {
    severity: 'info',
    description: 'The input leaves out part of a report here (`...`, `[...]`, `(...snipped...)`).',
  },
  'prefix-learned': {
    severity: 'info',
    description: "An unknown line prefix was taken from a report's first line and removed from its block.",
  },
  'partial-header': {
    severity: 'data-loss',
    description: 'The report header was only partly understood.',
  },
  'partial-zone-line': { severity: 'data-loss', description: 'A zone line was only partly understood.' },
  'partial-node-line': { severity: 'data-loss', description: 'A per-node line was only partly understood.' },
  'partial-buddy-line': { severity: 'data-loss', description: 'A buddy (free area) line was only partly understood.' },
  'zone-line-missing': {
    severity: 'data-loss',
    description: "A buddy line came without its zone line; the zone's free kB is the buddy total.",
  },
  'orphan-lowmem-reserve': {
    severity: 'data-loss',
    description: 'A lowmem_reserve line came with no zone line before it.',
  },
  'unparsed-task-row': {
    severity: 'data-loss',
    description: "A task-table row did not match the table's header.",
  },
  'task-columns-guessed': {
    severity: 'data-loss',
    description: 'The task table had no header; its columns were guessed from their count.',
  },
  'annotation-removed': {
    severity: 'info',
    description: 'Text an article appended to a kernel line after a run of dashes was ignored.',
  },
  'line-too-long': {
    severity: 'info',
    description: 'A line too long to be a kernel line was skipped.',
  },
  'number-out-of-range': {
    severity: 'data-loss',
    description: 'A number too large to hold exactly was not used as a value.',
  },
  'page-size-assumed': {
    severity: 'info',
    description: 'The report printed nothing that gives the page size; one was assumed.',
  },
  'year-inferred': {
    severity: 'info',
    description: 'Syslog stamps print no year; the year was taken from the input.',
  },
  'year-unknown': {
    severity: 'info',
    description: 'Syslog stamps print no year and nothing gave it; the event has no wall-clock time.',
  },
  'unnamed-counter': {
    severity: 'info',
    description: 'A zoneinfo counter line had no name and was skipped.',
  },
  'sysctl-error-line': {
    severity: 'info',
    description: 'A sysctl file held an error message instead of a value.',
  },
} as const satisfies Record<string, ParseIssueDef>

/** Every parse-issue code. */
export type ParseIssueCode = keyof typeof defs

/** Every parse-issue code, registered once. */
export const PARSE_ISSUE_DEFS: Readonly<Record<ParseIssueCode, ParseIssueDef>> = defs

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
