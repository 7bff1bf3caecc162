import { diagnoseCase, diagnoseEvent } from '../diagnose'
import { analyzeModel, runWhatIf } from '../model'
import { dedupeSnapshots } from './machine-states'
import type { AnalyzeOptions, CaseAnalysis, ParsedCase } from './types'

/**
 * Everything after parsing, for a whole case: model and diagnosis per event, case-level findings,
 * and the what-if run when settings were given. Pure; the CLI, the Electron main process, the
 * dev bridge and the report writer all call this one function.
 */
export function analyzeCase(parsed: ParsedCase, options: AnalyzeOptions = {}): CaseAnalysis {
  const lang = options.lang ?? 'en'
  const events = parsed.events.map((event) => {
    const model = analyzeModel(event)
    const findings = diagnoseEvent(event, model, lang)
    const whatIf = options.whatIf ? runWhatIf(event, model, options.whatIf) : null
    return { event, model, findings, whatIf }
  })
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
