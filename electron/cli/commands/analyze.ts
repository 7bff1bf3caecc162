import { analyzeCase } from '../../../shared/analysis/analyze-case'
import { terminalSafeJson } from '../../../shared/base/neutralize'
import { toAnalysisJson } from '../../../shared/contract/to-analysis-json'
import type { ContractEvent } from '../../../shared/contract/types'
import type { MemEvent } from '../../../shared/event/types'
import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import type { StdinSource } from '../../node/case-service'
import { formatEventTable } from '../event-table'
import { loadWithProgress } from '../load-with-progress'
import { stdinSource } from './stdin-source'

export type AnalyzeOutput = 'table' | 'json' | 'jsonl'

export interface AnalyzeOptions {
  readonly output: AnalyzeOutput
  /** --host: the host of events whose log names none (jsonl only). */
  readonly host: string | null
  readonly lang: Lang
  readonly set: WhatIfSettings | null
}

/** One line of `--jsonl`: the contract's event, plus the command-line input it came from. */
export type JsonlEvent = ContractEvent & { readonly input: string }

/**
 * `oomlens analyze <paths...> [--json | --jsonl [--host h]] [--set name=value] [--lang]`; `-` reads
 * standard input. Resolves with the exit code (0).
 */
export async function runAnalyze(paths: readonly string[], options: AnalyzeOptions): Promise<number> {
  const stdin = stdinSource(paths)
  if (options.output === 'jsonl') return runJsonl(paths, options, stdin)
  const loaded = await loadWithProgress(paths, { lang: options.lang, set: options.set, ...stdin })
  const out =
    options.output === 'json'
      ? `${terminalSafeJson(JSON.stringify(toAnalysisJson(loaded.analysis), null, 2))}\n`
      : formatEventTable(loaded.analysis)
  await writeStdout(out)
  return 0
}

/**
 * `--jsonl`: each event is analysed and written as one line as soon as it is final (at once for logs
 * with dated stamps; for a syslog that prints no year, when its file ends and the year is known), so
 * a fleet job streams results while it reads. Ids count up in the order written. Warnings are
 * counted on stderr (`--json` lists them).
 */
async function runJsonl(
  paths: readonly string[],
  options: AnalyzeOptions,
  stdin: { stdin?: StdinSource },
): Promise<number> {
  let written = 0
  let pending: Promise<void> = Promise.resolve()
  const onEventSettled = (event: MemEvent): void => {
    written++
    const line = `${terminalSafeJson(JSON.stringify(jsonlEvent(event, `e${written}`, paths, options)))}\n`
    pending = pending.then(() => writeStdout(line))
    // A closed stdout rejects here; it is reported once, where `pending` is awaited below.
    pending.catch(() => undefined)
  }
  const loaded = await loadWithProgress(paths, { lang: options.lang, set: options.set, onEventSettled, ...stdin })
  await pending
  const warnings = loaded.analysis.issues.filter((i) => i.severity !== 'info').length
  if (warnings > 0) process.stderr.write(`oomlens: ${written} event(s), ${warnings} warning(s); --json lists them\n`)
  return 0
}

/** The contract event for one event analysed on its own (model, findings, what-if), plus input and host. */
export function jsonlEvent(event: MemEvent, id: string, paths: readonly string[], options: AnalyzeOptions): JsonlEvent {
  const analysis = analyzeCase(
    { inputs: [], events: [event], snapshots: [], issues: [] },
    { lang: options.lang, whatIf: options.set },
  )
  const contract = toAnalysisJson(analysis).events[0]!
  return { ...contract, id, host: contract.host ?? options.host, input: inputOf(event.path, paths) }
}

/** The command-line path an event's file came from (`dir`, `bundle.tar.gz`, `-`). */
function inputOf(path: string, paths: readonly string[]): string {
  const named = paths.find(
    (p) => path === p || path.startsWith(`${p.replace(/\/+$/, '')}/`) || path.startsWith(`${p}!/`),
  )
  return named ?? path.split('!/')[0]!
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
