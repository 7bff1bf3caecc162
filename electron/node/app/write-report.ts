// Export from the app (Electron main and the HTTP bridge): the case is already analysed in memory,
// so the report is written from that analysis — never by reading the evidence again. A different
// report language re-runs only the diagnosis step (cheap; the parsed events are kept).
import type { ExportOptions } from '../../../shared/api/api-types'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { writeReport as writeReportFile, type WriteReportOptions } from '../report/write-report'

/** The analysis in the language the export asked for. */
export function analysisInLang(analysis: CaseAnalysis, options: ExportOptions): CaseAnalysis {
  if (analysis.lang === options.lang) return analysis
  const parsed = { ...analysis, events: analysis.events.map((e) => e.event) }
  return analyzeCase(parsed, { lang: options.lang })
}

/** The report writer's options from the API's export options (pinned scenarios per event, chosen events). */
export function reportOptionsOf(options: ExportOptions): WriteReportOptions {
  return {
    lang: options.lang,
    whatIf: [...(options.whatIf ? [options.whatIf] : []), ...(options.scenarios ?? [])],
    ...(options.eventScenarios ? { scenarios: options.eventScenarios } : {}),
    ...(options.eventIds ? { eventIds: options.eventIds } : {}),
  }
}

/** Writes a report of an analysed case to `outputPath` (throws on failure). */
export type WriteReport = (analysis: CaseAnalysis, outputPath: string, options: ExportOptions) => Promise<void>

/** The Node writer: Markdown and HTML directly, PDF through a system Chromium. */
export const writeReport: WriteReport = async (analysis, outputPath, options) => {
  await writeReportFile(analysisInLang(analysis, options), outputPath, reportOptionsOf(options))
}
