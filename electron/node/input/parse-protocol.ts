// The messages between the reading thread and the parse worker (parse-in-worker.ts, parse-worker.ts).
import type { ParseIssue } from '../../../shared/base/issue'
import type { AnalyzeOptions } from '../../../shared/analysis/types'
import type { MemEvent } from '../../../shared/event/types'
import type { CaseParserCore, ParsedLines } from './case-parser'

/**
 * The case's reading, in order: the CaseParser calls, one item each, except that consecutive lines of
 * one file come as one run (two arrays: a message of 1,000 line objects cost ~6x more to copy between
 * threads than the same lines as a run).
 */
export type ParseItem =
  | {
      readonly k: 'lines'
      readonly path: string
      readonly rotation: string | null
      readonly lines: number[]
      readonly texts: string[]
    }
  | { readonly k: 'end'; readonly path: string }
  | { readonly k: 'issue'; readonly issue: ParseIssue }
  | { readonly k: 'year'; readonly path: string; readonly year: number; readonly from: string | null }

export type ToParser =
  | { readonly type: 'items'; readonly items: readonly ParseItem[] }
  | { readonly type: 'finish'; readonly firstPath: string }

export type FromParser =
  /** `count` calls were parsed (itemCalls; the reading thread holds back while too many wait). */
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

/** The CaseParser calls an item stands for (a run of lines: one per line). */
export function itemCalls(item: ParseItem): number {
  return item.k === 'lines' ? item.lines.length : 1
}

/** Hands one item to a core (in the worker, or here when no worker could start). */
export function applyItem(core: CaseParserCore, item: ParseItem): void {
  if (item.k === 'lines') {
    const { path, rotation, lines, texts } = item
    for (let i = 0; i < lines.length; i++) core.line({ path, line: lines[i]!, text: texts[i]! }, rotation)
  } else if (item.k === 'end') core.endOfInput(item.path)
  else if (item.k === 'issue') core.issue(item.issue)
  else core.year(item.path, item.year, item.from)
}
