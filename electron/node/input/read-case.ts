import type { ParseIssue } from '../../../shared/base/issue'
import type { InputFile, ParsedCase } from '../../../shared/analysis/types'
import type { MemEvent, Snapshot } from '../../../shared/event/types'
import { createEventParser, orderEvents } from '../parse-port'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits'
import { InputError } from './input-error'
import { planInputs } from './plan-inputs'
import { ProgressTracker } from './progress-tracker'
import { makeIssue, type ReadContext } from './read-context'
import { orderMemoryFiles, readMemoryFile, sharedFamilies, type MemoryFile } from './read-memory-file'
import { readPlannedFile } from './read-planned-file'
import { RotationDedup } from './rotation-dedup'
import type { ImportProgress } from '../../../shared/analysis/types'
import { STDIN_PATH, readStdin, type StdinSource } from './read-stdin'

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
}

/**
 * Reads every named path into a ParsedCase: files, directories, archives and compressed streams,
 * report windows parsed as they are found (events stream out through onEvent as soon as found, with
 * provisional ids, and `time` still null for a syslog that prints no year),
 * events finally put in time order and numbered e1, e2, ... by the parser's orderEvents.
 */
export async function readCase(paths: readonly string[], options: ReadCaseOptions = {}): Promise<ParsedCase> {
  const inputs: InputFile[] = []
  const snapshots: Snapshot[] = []
  const issues: ParseIssue[] = []
  const events: MemEvent[] = []
  const progress = new ProgressTracker(options.onProgress)
  const dedup = new RotationDedup()
  const years = new Map<string, number>()
  const parser = createEventParser({
    onEvent: (event) => {
      events.push(event)
      options.onEventSettled?.(event)
    },
    // Found events stream out at once (a yearless syslog's events get their final time at the end of
    // their file, in the analysis).
    onEventFound: (event) => {
      progress.eventFound()
      options.onEvent?.(event)
    },
    onIssue: (issue) => issues.push(issue),
    yearHint: (path) => years.get(path) ?? null,
  })
  const ctx: ReadContext = {
    limits: { ...DEFAULT_IMPORT_LIMITS, ...options.limits },
    signal: options.signal,
    budget: { decompressedBytes: 0, exhausted: false },
    progress,
    warn: (code, path, line, message, severity) => issues.push(makeIssue(code, path, line, message, severity)),
    issue: (issue) => issues.push(issue),
    noteModified: (path, mtimeMs) => years.set(path, new Date(mtimeMs).getUTCFullYear()),
    addInput: (input) => inputs.push(input),
    addSnapshot: (snapshot) => snapshots.push(snapshot),
    pushLine: (line, rotation) => {
      if (rotation === null || dedup.keep(rotation, line.path, line.text)) parser.push(line)
    },
    endOfInput: (path) => parser.endOfInput(path),
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
    if (fromStdin) await readStdin(options.stdin, ctx)
    for (const file of planned) {
      if (ctx.budget.exhausted) break
      await readPlannedFile(file, ctx)
    }
    const families = sharedFamilies(inMemory)
    for (const [i, file] of inMemory.entries()) {
      if (ctx.budget.exhausted) break
      await readMemoryFile(file, families[i] ?? null, ctx)
    }
    parser.finish()
  } catch (error) {
    if (options.signal?.aborted) {
      progress.phase('cancelled')
      const path = progress.current.path ?? paths[0] ?? options.memoryFiles?.[0]?.name ?? ''
      throw new InputError('cancelled', path, 'The import was cancelled.')
    }
    throw error
  }
  if (dedup.dropped > 0) {
    const path = paths[0] ?? ''
    const message = `${dedup.dropped} report lines repeated across rotated log files were read once.`
    issues.push(makeIssue('rotation-duplicates', path, null, message, 'info'))
  }
  progress.phase('analysing')
  return { inputs, events: orderEvents(events), snapshots, issues }
}
