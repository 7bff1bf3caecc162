import { diagnoseCase, diagnoseEvent } from '../diagnose'
import type { MemEvent } from '../event/types'
import { analyzeModel, runWhatIf } from '../model'
import { dedupeSnapshots } from './machine-states'
import type { AnalysedEvent, AnalyzeOptions, CaseAnalysis, ParsedCase } from './types'

/** What is computed for one event on its own: its model, its findings and the what-if run. */
export type EventParts = Omit<AnalysedEvent, 'event'>

/** Model, diagnosis and (when settings were given) the what-if of one event: a pure function of it. */
export function analyzeEvent(event: MemEvent, options: AnalyzeOptions = {}): EventParts {
  const model = analyzeModel(event)
  const findings = diagnoseEvent(event, model, options.lang ?? 'en')
  const whatIf = options.whatIf ? runWhatIf(event, model, options.whatIf) : null
  return { model, findings, whatIf }
}

/**
 * Everything after parsing, for a whole case: model and diagnosis per event, case-level findings,
 * and the what-if run when settings were given. Pure; the CLI, the Electron main process, the
 * dev bridge and the report writer all call this one function. `ahead[i]`, when given, is
 * analyzeEvent of `parsed.events[i]` already computed elsewhere (a worker, while the input was read).
 */
export function analyzeCase(
  parsed: ParsedCase,
  options: AnalyzeOptions = {},
  ahead: readonly (EventParts | null)[] = [],
): CaseAnalysis {
  const lang = options.lang ?? 'en'
  const events = parsed.events.map((event, i) => ({ event, ...(ahead[i] ?? analyzeEvent(event, options)) }))
  // A sosreport keeps the same /proc file twice (proc/ and sos_commands/): one capture counts once.
  const { kept: snapshots, dropped } = dedupeSnapshots(parsed.snapshots)
  const duplicates = dropped.map((s) => ({
    code: 'snapshot-duplicate',
    severity: 'info' as const,
    path: s.path,
    line: null,
    message: `${s.path} repeats another ${s.kind} file of the case byte for byte; it was counted once.`,
  }))
  return {
    inputs: parsed.inputs,
    events,
    snapshots,
    issues: [...parsed.issues, ...duplicates],
    caseFindings: diagnoseCase(events, snapshots, lang),
    lang,
  }
}
