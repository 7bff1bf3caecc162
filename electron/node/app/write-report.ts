// Export from the app (Electron main and the HTTP bridge): the case is already analysed in memory,
// so the report is written from that analysis — never by reading the evidence again, never by
// diagnosing again. A report in another language than the case was opened in words the findings from
// their keys (shared/diagnose/word-finding.ts) as it lays them out.
import type { ExportOptions } from '../../../shared/api/api-types'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { writeReport as writeReportFile, type WriteReportOptions } from '../report/write-report'

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
  await writeReportFile(analysis, outputPath, reportOptionsOf(options))
}
