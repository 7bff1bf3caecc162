import type { ParseIssue } from '../base/issue'
import type { MemEvent, Snapshot } from '../event/types'
import { createEventParser } from './create-event-parser'
import { orderEvents } from './order-events'
import { detectSnapshotKind } from './proc/detect-snapshot-kind'
import { parseSnapshot } from './proc/parse-snapshot'

/** Options of {@link parseText}. */
export interface ParseTextOptions {
  /** The syslog year to assume (see `EventParserOptions.yearHint`). */
  readonly year?: number | null
  /** The file's base name, for single-value sysctl files (`min_free_kbytes`). */
  readonly nameHint?: string
}

/**
 * Parse one whole input held in memory: a proc snapshot when its content is one, else a kernel log.
 * Convenience for tests and small inputs; hosts stream big files through `createEventParser`.
 * Events come back in time order with final ids.
 */
export function parseText(
  path: string,
  text: string,
  options: ParseTextOptions = {},
): { events: MemEvent[]; snapshots: Snapshot[]; issues: ParseIssue[] } {
  const issues: ParseIssue[] = []
  const onIssue = (i: ParseIssue): void => {
    issues.push(i)
  }
  // Lines end in LF (or CRLF, the CR is dropped by the parser); a text with CRs and no LF at all
  // is CR-only (old Mac endings, some pastes), as the hosts' line scanner also reads it.
  const eol = text.includes('\n') || !text.includes('\r') ? '\n' : '\r'
  const head: string[] = []
  for (let at = 0, n = 0; n < 8 && at < text.length; n++) {
    const nl = text.indexOf(eol, at)
    head.push(text.slice(at, nl < 0 ? Math.min(text.length, at + 4096) : Math.min(nl, at + 4096)))
    at = nl < 0 ? text.length : nl + 1
  }
  const kind = detectSnapshotKind(head, options.nameHint)
  if (kind !== null) {
    const snapshot = parseSnapshot(
      path,
      kind,
      eol === '\r' ? text.replaceAll('\r', '\n') : text,
      onIssue,
      options.nameHint,
    )
    return { events: [], snapshots: snapshot ? [snapshot] : [], issues }
  }
  const events: MemEvent[] = []
  const year = options.year ?? null
  const parser = createEventParser({ onEvent: (e) => events.push(e), onIssue, yearHint: () => year })
  let line = 1
  let at = 0
  while (at <= text.length) {
    const nl = text.indexOf(eol, at)
    const end = nl < 0 ? text.length : nl
    if (nl >= 0 || end > at) parser.push({ path, line, text: text.slice(at, end) })
    if (nl < 0) break
    at = nl + 1
    line++
  }
  parser.endOfInput(path)
  parser.finish()
  return { events: orderEvents(events), snapshots: [], issues }
}
