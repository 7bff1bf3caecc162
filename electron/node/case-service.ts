import type { RawLine } from '../../shared/base/source'
import { analyzeCase } from '../../shared/analysis/analyze-case'
import type { CaseAnalysis, ImportProgress } from '../../shared/analysis/types'
import type { MemEvent } from '../../shared/event/types'
import type { Lang } from '../../shared/i18n/lang'
import type { WhatIfSettings } from '../../shared/model/types'
import type { ImportLimits } from './input/import-limits'
import { readAndParseCase } from './input/read-case'
import type { StdinSource } from './input/read-stdin'
import { readLineRange } from './input/read-line-range'
import { memoryFileOf, readMemoryLines, type MemoryFile } from './input/read-memory-file'

export type { MemoryFile }

export { InputError, isInputError, type InputErrorCode } from './input/input-error'
export { STDIN_PATH, type StdinSource } from './input/read-stdin'

export interface LoadCaseOptions {
  readonly lang?: Lang
  readonly whatIf?: WhatIfSettings | null
  readonly onProgress?: (p: ImportProgress) => void
  /** Each event as soon as its report has been parsed (ids may be renumbered in the final analysis). */
  readonly onEvent?: (e: MemEvent) => void
  /** Each event once final (time settled: for a syslog that prints no year, at the end of its file). */
  readonly onEventSettled?: (e: MemEvent) => void
  readonly signal?: AbortSignal
  /** Safety limits for untrusted evidence; defaults in input/import-limits.ts. */
  readonly limits?: Partial<ImportLimits>
  /** What the path `-` reads (the CLI's standard input, read once as a stream). */
  readonly stdin?: StdinSource
  /** Files held in memory (a browser's Open, drop or paste), read with `paths`; raw lines come back from them. */
  readonly memoryFiles?: readonly MemoryFile[]
  /** Parse (and analyse) in a worker thread; by default for large inputs and standard input. */
  readonly parseInWorker?: boolean
}

export interface LoadedCase {
  readonly analysis: CaseAnalysis
  /** Physical lines [fromLine, toLine] (1-based, inclusive) of an input, archive members included. */
  readLines(path: string, fromLine: number, toLine: number): Promise<RawLine[]>
}

/**
 * The one case service the CLI, the Electron main process and the HTTP bridge share: reads every
 * input (files, directories, archives, compressed and rotated logs, journals) into a ParsedCase and
 * analyses it. Rejects with an InputError (path, code) when a named input cannot be read at all or
 * the import was cancelled; anything wrong inside a readable input is a warning in the analysis.
 */
export async function loadCase(paths: readonly string[], options: LoadCaseOptions = {}): Promise<LoadedCase> {
  const seen: { last: ImportProgress | null } = { last: null }
  const onProgress = (p: ImportProgress): void => {
    seen.last = p
    options.onProgress?.(p)
  }
  const analyse = { lang: options.lang ?? 'en', whatIf: options.whatIf ?? null }
  const { parsed, ahead } = await readAndParseCase(paths, { ...options, onProgress }, analyse)
  const analysis = analyzeCase(parsed, analyse, ahead)
  const final = seen.last
  if (final) options.onProgress?.({ ...final, phase: 'done', path: null, eventsFound: parsed.events.length })
  const roots = [...paths]
  return {
    analysis,
    readLines: (path, fromLine, toLine) =>
      memoryFileOf(options.memoryFiles ?? [], path)
        ? readMemoryLines(options.memoryFiles ?? [], path, fromLine, toLine, options.limits)
        : readLineRange(roots, path, fromLine, toLine, options.limits),
  }
}
