import type { ParseIssue } from '../../../shared/base/issue'
import type { RawLine } from '../../../shared/base/source'
import { analyzeEvent, type EventParts } from '../../../shared/analysis/analyze-case'
import type { AnalyzeOptions } from '../../../shared/analysis/types'
import type { MemEvent } from '../../../shared/event/types'
import { createEventParser, orderEvents } from '../parse-port'
import { makeIssue } from './read-context'
import { RotationDedup } from './rotation-dedup'

/** Where found and settled events go while a case is read (progress, streaming). */
export interface CaseParserEvents {
  /**
   * A report was parsed (provisional id; `time` may still be null for a syslog that prints no year).
   * null from a worker that was told nobody streams found events (only counted).
   */
  found(event: MemEvent | null): void
  /** An event is final apart from its id (for a syslog that prints no year: at the end of its file). */
  settled(event: MemEvent): void
}

/** What a case's parse ends with. */
export interface ParsedLines {
  /** In time order, ids e1 … eN. */
  readonly events: MemEvent[]
  /** Every issue of the case, in the order it arose (the reader's and the parser's interleaved). */
  readonly issues: ParseIssue[]
  /** Per event (same index), its analyzeEvent when it was computed ahead; null: still to do. */
  readonly ahead: (EventParts | null)[]
}

/**
 * The parsing half of reading a case, fed in reading order: report-window lines, the end of each
 * input, the reader's own issues and the year each file's mtime (or its sosreport) gives. One
 * implementation runs here (CaseParserCore), one in a worker thread (parse-in-worker.ts) that runs
 * the same core; both give the same result, in the same order.
 */
export interface CaseParser {
  line(line: RawLine, rotation: string | null): void
  endOfInput(path: string): void
  issue(issue: ParseIssue): void
  /**
   * The year to assume for `path`'s syslog stamps that print none (when the file itself says none),
   * and where it comes from when that is not the file's modification time (a sosreport's date file).
   */
  year(path: string, year: number, from: string | null): void
  /** A promise to wait for while the parser lags far behind the reader, else null (read on). */
  backlog(): Promise<void> | null
  /** Every input was read: close open reports, order the events. */
  finish(firstPath: string): Promise<ParsedLines>
  /** Stop (cancel, an error elsewhere): nothing more is parsed. */
  close(): void
}

/** Event fields that orderEvents and the year resolution change; analysis reads none of them. */
const UNSETTLED_FIELDS = ['id', 'time', 'timeYearInferred'] as const
/** Marks a settled event with its index in `ahead` (a symbol: never serialised, copied by orderEvents' spread). */
const AHEAD_INDEX = Symbol('ahead')

type Indexed = MemEvent & { [AHEAD_INDEX]?: number }

/**
 * analyzeEvent of an event whose id and time are not final yet, so far as the analysis reads
 * neither: null when it read one of them (the host then analyses the final event itself).
 */
function analyzeUnsettled(event: MemEvent, options: AnalyzeOptions): EventParts | null {
  let touched = false
  const probe = { ...event }
  for (const key of UNSETTLED_FIELDS) {
    Object.defineProperty(probe, key, {
      enumerable: true,
      get: () => {
        touched = true
        return event[key]
      },
    })
  }
  const parts = analyzeEvent(probe, options)
  return touched ? null : parts
}

/** True when `settled` is `found` with at most the unsettled fields changed (the parser's spread). */
function sameButUnsettled(found: MemEvent, settled: MemEvent): boolean {
  const a = found as unknown as Record<string, unknown>
  const b = settled as unknown as Record<string, unknown>
  const keys = Object.keys(b)
  if (keys.length !== Object.keys(a).length) return false
  return keys.every((k) => (UNSETTLED_FIELDS as readonly string[]).includes(k) || (k in a && a[k] === b[k]))
}

/**
 * The parser of one case, with the rotated-log de-duplication and the issue list in arrival order.
 * With `analyse`, each event is also analysed as soon as it is found (analyzeEvent, pure), so the
 * analysis of a long input overlaps its reading when this core runs in a worker.
 */
export class CaseParserCore {
  private readonly issues: ParseIssue[] = []
  private readonly events: Indexed[] = []
  private readonly years = new Map<string, { readonly year: number; readonly from: string | null }>()
  private readonly dedup = new RotationDedup()
  private readonly parser
  private readonly found = new Map<string, { readonly event: MemEvent; readonly parts: EventParts | null }>()
  private readonly ahead: (EventParts | null)[] = []

  constructor(
    private readonly out: CaseParserEvents,
    private readonly analyse: AnalyzeOptions | null = null,
  ) {
    this.parser = createEventParser({
      onEvent: (event) => this.settle(event),
      onEventFound: (event) => {
        if (this.analyse) this.found.set(event.id, { event, parts: analyzeUnsettled(event, this.analyse) })
        this.out.found(event)
      },
      onIssue: (issue) => this.issues.push(issue),
      yearHint: (path) => this.yearHint(path),
    })
  }

  line(line: RawLine, rotation: string | null): void {
    if (rotation === null || this.dedup.keep(rotation, line.path, line.text)) this.parser.push(line)
  }

  endOfInput(path: string): void {
    this.parser.endOfInput(path)
    // The year was needed to settle the file's events, which its end just did (a folder may hold 100,000s).
    this.years.delete(path)
  }

  issue(issue: ParseIssue): void {
    this.issues.push(issue)
  }

  year(path: string, year: number, from: string | null): void {
    this.years.set(path, { year, from })
  }

  /** The year the parser asks for when a file's events print none; says so when a sosreport gave it. */
  private yearHint(path: string): number | null {
    const hint = this.years.get(path)
    if (!hint) return null
    if (hint.from !== null) {
      const message = `The year the host gives for ${path}'s stamps that print none is ${hint.year}, from ${hint.from} (not from the file's modification time).`
      this.issues.push(makeIssue('year-from-case-date', path, null, message, 'info'))
    }
    return hint.year
  }

  finish(firstPath: string): ParsedLines {
    this.parser.finish()
    if (this.dedup.dropped > 0) {
      const message = `${this.dedup.dropped} report lines repeated across rotated log files were read once.`
      this.issues.push(makeIssue('rotation-duplicates', firstPath, null, message, 'info'))
    }
    const events: MemEvent[] = orderEvents(this.events)
    const ahead = events.map((e) => {
      const i = (e as Indexed)[AHEAD_INDEX]
      if (i === undefined) return null
      delete (e as Indexed)[AHEAD_INDEX]
      return this.ahead[i] ?? null
    })
    return { events, issues: this.issues, ahead }
  }

  private settle(event: MemEvent): void {
    if (this.analyse) {
      const seen = this.found.get(event.id)
      this.found.delete(event.id)
      const parts = seen && sameButUnsettled(seen.event, event) ? seen.parts : analyzeUnsettled(event, this.analyse)
      this.ahead.push(parts)
      this.events.push({ ...event, [AHEAD_INDEX]: this.ahead.length - 1 })
    } else this.events.push(event)
    this.out.settled(event)
  }
}

/** The core in this thread: for small cases, where a worker would cost more than it saves. */
export function localCaseParser(out: CaseParserEvents): CaseParser {
  const core = new CaseParserCore(out)
  return {
    line: (line, rotation) => core.line(line, rotation),
    endOfInput: (path) => core.endOfInput(path),
    issue: (issue) => core.issue(issue),
    year: (path, year, from) => core.year(path, year, from),
    backlog: () => null,
    finish: (firstPath) => Promise.resolve(core.finish(firstPath)),
    close: () => undefined,
  }
}
