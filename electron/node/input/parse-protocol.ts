// The messages between the reading thread and the parse worker (parse-in-worker.ts, parse-worker.ts).
import type { ParseIssue } from '../../../shared/base/issue'
import type { AnalyzeOptions } from '../../../shared/analysis/types'
import type { MemEvent } from '../../../shared/event/types'
import type { CaseParserCore, ParsedLines } from './case-parser'

/** One step of the case's reading, in order: the CaseParser calls, one item each. */
export type ParseItem =
  | {
      readonly k: 'line'
      readonly path: string
      readonly line: number
      readonly text: string
      readonly rotation: string | null
    }
  | { readonly k: 'end'; readonly path: string }
  | { readonly k: 'issue'; readonly issue: ParseIssue }
  | { readonly k: 'year'; readonly path: string; readonly year: number; readonly from: string | null }

export type ToParser =
  | { readonly type: 'items'; readonly items: readonly ParseItem[] }
  | { readonly type: 'finish'; readonly firstPath: string }

export type FromParser =
  /** `count` items were parsed (the reading thread holds back while too many wait). */
  | { readonly type: 'parsed'; readonly count: number }
  | { readonly type: 'found'; readonly event: MemEvent | null }
  | { readonly type: 'settled'; readonly event: MemEvent }
  | { readonly type: 'done'; readonly result: ParsedLines }
  | { readonly type: 'error'; readonly message: string; readonly stack: string | undefined }

export interface ParseWorkerData {
  readonly analyse: AnalyzeOptions
  /** Send found events whole (someone streams them), else only that one was found (progress). */
  readonly sendFound: boolean
  readonly sendSettled: boolean
}

/** Hands one item to a core (in the worker, or here when no worker could start). */
export function applyItem(core: CaseParserCore, item: ParseItem): void {
  if (item.k === 'line') core.line({ path: item.path, line: item.line, text: item.text }, item.rotation)
  else if (item.k === 'end') core.endOfInput(item.path)
  else if (item.k === 'issue') core.issue(item.issue)
  else core.year(item.path, item.year, item.from)
}
