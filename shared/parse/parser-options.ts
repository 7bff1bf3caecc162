import type { ParseIssue } from '../base/issue'
import type { MemEvent } from '../event/types'

/** What {@link createEventParser} needs from its host. */
export interface EventParserOptions {
  /** Called once per report, when the report is complete (ids are provisional: see `orderEvents`). */
  onEvent(e: MemEvent): void
  /**
   * Called as soon as a report is complete, before `onEvent` for it — which, for syslog stamps with
   * no year, waits for the end of the file (the year of an early line depends on the Dec→Jan wraps
   * after it). For progress and streaming only: `time` may still be null there.
   */
  onEventFound?(e: MemEvent): void
  /** Called for every input problem, as soon as it is found. */
  onIssue(i: ParseIssue): void
  /**
   * The year to assume for syslog stamps that print none (`Feb 12 08:21:50`), usually the year of the
   * file's modification time, which the host knows and the core does not. Return null when unknown;
   * the parser then uses dated lines in the same file, or leaves `time` null.
   */
  yearHint?: (path: string) => number | null
  /**
   * The most lines one report keeps (default MAX_REPORT_LINES, far above any real report): past it,
   * lines are counted, not kept, and the event's `omitted` says how many and why.
   */
  maxReportLines?: number
}
