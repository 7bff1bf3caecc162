import { diagnoseCase, diagnoseEvent } from '../diagnose'
import { analyzeModel, runWhatIf } from '../model'
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
  return {
    inputs: parsed.inputs,
    events,
    snapshots: parsed.snapshots,
    issues: parsed.issues,
    caseFindings: diagnoseCase(events, parsed.snapshots, lang),
    lang,
  }
}
