import type { IssueSeverity, IssueSink } from '../base/issue'
import { parseIssue } from './issue-defs'
import { REPORT_MARKER } from './markers'

/** Lines named one by one per file; the rest are counted in one closing warning. */
const NAMED_PER_FILE = 20

/**
 * Never silent: a line that carries a report marker (`invoked oom-killer`, `Mem-Info`, `Killed process`,
 * `oom-kill:` …) and went into no event gets a warning naming it and saying why it was not read.
 */
export class MarkerGuard {
  private readonly perPath = new Map<string, { named: number; more: number; firstMore: number | null }>()

  constructor(private readonly onIssue: IssueSink) {}

  /** `text` was not used for an event because of `why`; warn when it holds a report marker. */
  unused(path: string, line: number, text: string, why: string, severity?: IssueSeverity): void {
    const m = REPORT_MARKER.exec(text.length > 8192 ? text.slice(0, 8192) : text)
    if (!m) return
    let s = this.perPath.get(path)
    if (!s) {
      s = { named: 0, more: 0, firstMore: null }
      this.perPath.set(path, s)
    }
    if (s.named >= NAMED_PER_FILE) {
      s.more++
      s.firstMore ??= line
      return
    }
    s.named++
    this.onIssue(
      parseIssue(
        'unread-report-marker',
        path,
        line,
        `Line ${line} mentions "${m[0]}" but made no event: ${why}.`,
        severity,
      ),
    )
  }

  /** The end of `path`: one warning for the lines past the named ones. */
  end(path: string): void {
    const s = this.perPath.get(path)
    this.perPath.delete(path)
    if (!s || s.more === 0) return
    this.onIssue(
      parseIssue(
        'unread-report-marker',
        path,
        s.firstMore,
        `${s.more} more lines from line ${s.firstMore} on mention a report marker but made no event.`,
      ),
    )
  }
}
