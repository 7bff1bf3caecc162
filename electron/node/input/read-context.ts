import type { IssueSeverity, ParseIssue } from '../../../shared/base/issue'
import type { RawLine } from '../../../shared/base/source'
import type { InputFile } from '../../../shared/analysis/types'
import type { Snapshot } from '../../../shared/event/types'
import { CaseDates } from './case-dates'
import type { ImportLimits } from './import-limits'
import { ProgressTracker } from './progress-tracker'

/** Reading one line range back (the raw-log view) instead of analysing. */
export interface LineTarget {
  readonly path: string
  readonly fromLine: number
  readonly toLine: number
  readonly lines: RawLine[]
  done: boolean
}

/** True when `path` is the target or a container on the way to it. */
export function leadsToTarget(path: string, target: LineTarget | undefined): boolean {
  return !target || target.path === path || target.path.startsWith(`${path}!/`)
}

/** Everything a reader needs while it walks one case: limits, where lines, inputs and problems go. */
export interface ReadContext {
  readonly limits: ImportLimits
  readonly signal: AbortSignal | undefined
  /** Decompressed bytes read across the case, for the total limit. */
  readonly budget: { decompressedBytes: number; exhausted: boolean }
  readonly progress: ProgressTracker
  warn(code: string, path: string, line: number | null, message: string, severity?: IssueSeverity): void
  /** An input problem the parser found. */
  issue(issue: ParseIssue): void
  /**
   * The year the parser assumes for `path`'s syslog stamps that print none (when the file itself says
   * none): its sosreport's date or archive name (`from` names which), else its modification time.
   */
  noteYear(path: string, year: number, from: string | null): void
  /** Dates that containers give to undated evidence (a sosreport's date file, an archive's name). */
  readonly dates: CaseDates
  addInput(input: InputFile): void
  /** A snapshot, with the modification time of its file for when it prints no time of its own. */
  addSnapshot(snapshot: Snapshot, modifiedMs: number | null): void
  /** A line inside a candidate report window; `rotation` names the rotated-log family it belongs to. */
  pushLine(line: RawLine, rotation: string | null): void
  endOfInput(path: string): void
  /**
   * While the parser (in a worker) lags far behind, a promise to await before reading on, so the
   * lines waiting for it stay bounded; null when the reader may go on. Readers ask once per chunk.
   */
  backlog(): Promise<void> | null
  readonly target?: LineTarget
}

export function makeIssue(
  code: string,
  path: string,
  line: number | null,
  message: string,
  severity: IssueSeverity = 'data-loss',
): ParseIssue {
  return { code, severity, path, line, message }
}

/** A context that records nothing: for reading lines back, and for tests of single readers. */
export function quietContext(
  limits: ImportLimits,
  overrides: Partial<Pick<ReadContext, 'warn' | 'target'>> = {},
): ReadContext {
  return {
    limits,
    signal: undefined,
    budget: { decompressedBytes: 0, exhausted: false },
    progress: new ProgressTracker(undefined),
    warn: () => undefined,
    issue: () => undefined,
    noteYear: () => undefined,
    dates: new CaseDates(),
    addInput: () => undefined,
    addSnapshot: () => undefined,
    pushLine: () => undefined,
    endOfInput: () => undefined,
    backlog: () => null,
    ...overrides,
  }
}
