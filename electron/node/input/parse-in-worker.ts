import { Worker } from 'node:worker_threads'
import type { AnalyzeOptions } from '../../../shared/analysis/types'
import type { RawLine } from '../../../shared/base/source'
import { CaseParserCore, type CaseParser, type CaseParserEvents, type ParsedLines } from './case-parser'
import { applyItem, type FromParser, type ParseItem, type ParseWorkerData, type ToParser } from './parse-protocol'
import { bootScript, workerExists, workerUrl } from './worker-boot'

const WORKER_URL = workerUrl('parse-worker')
/** Calls sent in one message: few enough messages to cost nothing, small enough to start parsing early. */
const BATCH_ITEMS = 1024
/** Calls the worker may have waiting before the reader holds back (bounded memory when parsing lags). */
const MAX_WAITING_ITEMS = 32 * 1024

/**
 * The case's parser in a worker thread (the same CaseParserCore, analysing each event as it is found),
 * so that on two cores the reading thread only decompresses and scans while the worker parses and
 * analyses. Items go over in batches, in order; the reader is asked to wait (backlog) while too many
 * are still to parse. A worker that fails to start (no loader, no threads) leaves the work to a core
 * in this thread fed the same items, so the result is the same either way. Returns null when this
 * bundle has no worker file.
 */
export function workerCaseParser(
  out: CaseParserEvents,
  analyse: AnalyzeOptions,
  want: { readonly found: boolean; readonly settled: boolean },
): CaseParser | null {
  if (!workerExists(WORKER_URL)) return null
  let worker: Worker
  try {
    const data: ParseWorkerData = { analyse, sendFound: want.found, sendSettled: want.settled }
    worker = new Worker(bootScript(WORKER_URL), { eval: true, workerData: data })
  } catch {
    return null
  }
  // Mutated from the worker's event handlers.
  const state = {
    batch: [] as ParseItem[],
    /** The calls the batch stands for (itemCalls). */
    batchCalls: 0,
    scheduled: false,
    /** Calls posted and not yet parsed. */
    waiting: 0,
    /** Every item until the worker first answers: if it never starts, a local core parses them. */
    replay: [] as ParseItem[] | null,
    local: null as CaseParserCore | null,
    failure: null as Error | null,
    ended: false,
    resumeReader: null as (() => void) | null,
    finishing: null as { firstPath: string; resolve: (r: ParsedLines) => void; reject: (e: Error) => void } | null,
  }

  const wakeReader = (): void => {
    const resume = state.resumeReader
    state.resumeReader = null
    resume?.()
  }
  const end = (): void => {
    state.ended = true
    void worker.terminate()
  }
  const fail = (error: Error): void => {
    if (state.ended) return
    state.failure ??= error
    end()
    wakeReader()
    state.finishing?.reject(state.failure)
  }
  const flush = (): void => {
    state.scheduled = false
    if (state.batch.length === 0 || state.local || state.failure) return
    const message: ToParser = { type: 'items', items: state.batch }
    state.waiting += state.batchCalls
    state.batch = []
    state.batchCalls = 0
    worker.postMessage(message)
  }
  const counted = (): void => {
    state.batchCalls++
    if (state.batchCalls >= BATCH_ITEMS) flush()
    else if (!state.scheduled) {
      state.scheduled = true
      setImmediate(flush)
    }
  }
  const add = (item: ParseItem): void => {
    if (state.failure) throw state.failure
    if (state.local) return applyItem(state.local, item)
    state.replay?.push(item)
    state.batch.push(item)
    counted()
  }
  /** A line joins the batch's last run when it continues it (same file), else starts one. */
  const addLine = (line: RawLine, rotation: string | null): void => {
    if (state.failure) throw state.failure
    if (state.local) return state.local.line(line, rotation)
    const last = state.batch[state.batch.length - 1]
    if (last?.k === 'lines' && last.path === line.path && last.rotation === rotation) {
      last.lines.push(line.line)
      last.texts.push(line.text)
      counted()
    } else add({ k: 'lines', path: line.path, rotation, lines: [line.line], texts: [line.text] })
  }
  /** The worker never ran: parse what it was given, and what comes, in this thread. */
  const takeOver = (): void => {
    const local = new CaseParserCore(out)
    for (const item of state.replay ?? []) applyItem(local, item)
    state.local = local
    state.replay = null
    state.batch = []
    state.batchCalls = 0
    state.waiting = 0
    end()
    wakeReader()
    if (state.finishing) state.finishing.resolve(local.finish(state.finishing.firstPath))
  }

  worker.on('message', (message: FromParser) => {
    state.replay = null
    if (message.type === 'parsed') {
      state.waiting -= message.count
      if (state.waiting <= MAX_WAITING_ITEMS / 2) wakeReader()
    } else if (message.type === 'found') out.found(message.event)
    else if (message.type === 'settled') out.settled(message.event)
    else if (message.type === 'done') {
      end()
      state.finishing?.resolve(message.result)
    } else {
      const error = new Error(message.message)
      if (message.stack) error.stack = message.stack
      fail(error)
    }
  })
  worker.on('error', (error) => (state.replay !== null && !state.ended ? takeOver() : fail(error)))
  worker.on('exit', (code) => fail(new Error(`the parse worker stopped (exit code ${code})`)))

  return {
    line: addLine,
    endOfInput: (path) => add({ k: 'end', path }),
    issue: (issue) => add({ k: 'issue', issue }),
    year: (path, year, from) => add({ k: 'year', path, year, from }),
    backlog: () => {
      if (state.failure) return Promise.reject(state.failure)
      if (state.local || state.waiting <= MAX_WAITING_ITEMS) return null
      return new Promise<void>((resolve, reject) => {
        state.resumeReader = () => (state.failure ? reject(state.failure) : resolve())
      })
    },
    finish: (firstPath) => {
      if (state.failure) return Promise.reject(state.failure)
      if (state.local) return Promise.resolve(state.local.finish(firstPath))
      flush()
      return new Promise<ParsedLines>((resolve, reject) => {
        state.finishing = { firstPath, resolve, reject }
        worker.postMessage({ type: 'finish', firstPath } satisfies ToParser)
      })
    },
    close: () => {
      state.failure ??= new Error('parsing was stopped')
      end()
    },
  }
}
