import type { ParseIssue } from '../../../shared/base/issue'
import type { EventParts } from '../../../shared/analysis/analyze-case'
import type { AnalyzeOptions, ImportProgress, InputFile, ParsedCase } from '../../../shared/analysis/types'
import type { MemEvent, Snapshot } from '../../../shared/event/types'
import { localCaseParser, type CaseParser, type CaseParserEvents } from './case-parser'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits'
import { CaseDates, mayBeDateFile } from './case-dates'
import { InputError } from './input-error'
import { workerCaseParser } from './parse-in-worker'
import { planInputs } from './plan-inputs'
import { ProgressTracker } from './progress-tracker'
import { makeIssue, type ReadContext } from './read-context'
import { orderMemoryFiles, readMemoryFile, sharedFamilies, type MemoryFile } from './read-memory-file'
import { noteDateFiles, readPlannedFiles } from './read-planned-file'
import { dateSnapshot } from './read-snapshot'
import { STDIN_PATH, readStdin, type StdinSource } from './read-stdin'

/**
 * Input bytes from which the parser runs in a worker thread beside the reader: below it starting the
 * worker (tens of milliseconds) costs more than the overlap saves. Standard input, whose size is not
 * known, always gets the worker.
 */
const PARSE_WORKER_MIN_BYTES = 16 * 1024 * 1024

export interface ReadCaseOptions {
  readonly onProgress?: (p: ImportProgress) => void
  readonly onEvent?: (e: MemEvent) => void
  /** Each event once final (time settled: for a syslog that prints no year, at the end of its file). */
  readonly onEventSettled?: (e: MemEvent) => void
  readonly signal?: AbortSignal
  readonly limits?: Partial<ImportLimits>
  /** What `-` among the paths reads; without it `-` is an input that cannot be read. */
  readonly stdin?: StdinSource
  /** Files held in memory (opened by content in a browser), read after `paths` as top-level inputs. */
  readonly memoryFiles?: readonly MemoryFile[]
  /** Parse in a worker thread: by default for inputs of PARSE_WORKER_MIN_BYTES or more and for stdin. */
  readonly parseInWorker?: boolean
}

/** A case read, with each event's analysis when it was computed while reading (same index; null: not). */
export interface ReadCaseResult {
  readonly parsed: ParsedCase
  readonly ahead: readonly (EventParts | null)[]
}

/**
 * Reads every named path into a ParsedCase: files, directories, archives and compressed streams,
 * report windows parsed as they are found (events stream out through onEvent as soon as found, with
 * provisional ids, and `time` still null for a syslog that prints no year),
 * events finally put in time order and numbered e1, e2, ... by the parser's orderEvents.
 */
export async function readCase(paths: readonly string[], options: ReadCaseOptions = {}): Promise<ParsedCase> {
  return (await readAndParseCase(paths, options, null)).parsed
}

/**
 * readCase, and with `analyse` each event's analysis (analyzeEvent) computed as soon as it is found
 * where the parser runs in a worker: the analysis of a large input then overlaps its reading.
 */
export async function readAndParseCase(
  paths: readonly string[],
  options: ReadCaseOptions,
  analyse: AnalyzeOptions | null,
): Promise<ReadCaseResult> {
  const inputs: InputFile[] = []
  const snapshots: { readonly snapshot: Snapshot; readonly modifiedMs: number | null }[] = []
  const dates = new CaseDates()
  const progress = new ProgressTracker(options.onProgress)
  const events: CaseParserEvents = {
    found: (event) => {
      progress.eventFound()
      if (event) options.onEvent?.(event)
    },
    settled: (event) => options.onEventSettled?.(event),
  }
  // Issues met before the parser starts (planning) go to it first, in order.
  const early: ParseIssue[] = []
  let parser: CaseParser | null = null
  const issue = (i: ParseIssue): void => (parser ? parser.issue(i) : void early.push(i))
  const ctx: ReadContext = {
    limits: { ...DEFAULT_IMPORT_LIMITS, ...options.limits },
    signal: options.signal,
    budget: { decompressedBytes: 0, exhausted: false },
    progress,
    warn: (code, path, line, message, severity) => issue(makeIssue(code, path, line, message, severity)),
    issue,
    noteYear: (path, year, from) => parser?.year(path, year, from),
    dates,
    addInput: (input) => inputs.push(input),
    addSnapshot: (snapshot, modifiedMs) => snapshots.push({ snapshot, modifiedMs }),
    pushLine: (line, rotation) => parser?.line(line, rotation),
    endOfInput: (path) => parser?.endOfInput(path),
    backlog: () => parser?.backlog() ?? null,
  }
  try {
    options.signal?.throwIfAborted()
    const fromStdin = paths.includes(STDIN_PATH)
    const planned = await planInputs(
      paths.filter((p) => p !== STDIN_PATH),
      ctx,
    )
    const inMemory = orderMemoryFiles(options.memoryFiles ?? [])
    // A pipe has no size: with `-` among the inputs the total is unknown.
    const bytes =
      planned.reduce((sum, f) => sum + f.sizeBytes, 0) + inMemory.reduce((sum, f) => sum + f.bytes.length, 0)
    progress.totals(fromStdin ? null : bytes, planned.length + inMemory.length + (fromStdin ? 1 : 0))
    const inWorker = options.parseInWorker ?? (fromStdin || bytes >= PARSE_WORKER_MIN_BYTES)
    const want = { found: options.onEvent !== undefined, settled: options.onEventSettled !== undefined }
    parser = (inWorker ? workerCaseParser(events, analyse ?? {}, want) : null) ?? localCaseParser(events)
    for (const i of early.splice(0)) parser.issue(i)
    await noteDateFiles(planned, ctx)
    for (const file of inMemory)
      if (mayBeDateFile(file.name, file.bytes.length)) dates.noteDateFile(file.name, file.bytes.toString('utf8'))
    if (fromStdin) await readStdin(options.stdin, ctx)
    await readPlannedFiles(planned, ctx)
    const families = sharedFamilies(inMemory)
    for (const [i, file] of inMemory.entries()) {
      if (ctx.budget.exhausted) break
      await readMemoryFile(file, families[i] ?? null, ctx)
    }
    // Dated now that every date file of the case was read (one may come after proc/ in an archive).
    const dated = snapshots.map((s) => dateSnapshot(s.snapshot, s.modifiedMs, dates))
    for (const { note } of dated) if (note) parser.issue(note)
    const parsed = await parser.finish(paths[0] ?? '')
    progress.phase('analysing')
    const parsedCase = { inputs, events: parsed.events, snapshots: dated.map((d) => d.snapshot), issues: parsed.issues }
    return { parsed: parsedCase, ahead: parsed.ahead }
  } catch (error) {
    parser?.close()
    if (options.signal?.aborted) {
      progress.phase('cancelled')
      const path = progress.current.path ?? paths[0] ?? options.memoryFiles?.[0]?.name ?? ''
      throw new InputError('cancelled', path, 'The import was cancelled.')
    }
    throw error
  }
}
