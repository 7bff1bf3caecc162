// Export goes through the report command's entry point (electron/cli/commands/report.ts, fixed
// signature), so the app, the bridge and `oomlens report` write the very same document.
import type { ExportOptions } from '../../shared/api/api-types'
import { runReport } from '../cli/commands/report'
import type { WriteReport } from './api-backend'

/** Write a report of the inputs at `paths` to `outputPath`; throws when the writer fails. */
export const writeReport: WriteReport = async (
  paths: readonly string[],
  outputPath: string,
  options: ExportOptions,
) => {
  const code = await runReport(paths, { output: outputPath, lang: options.lang, set: options.whatIf })
  if (code !== 0) throw new Error(`the report writer failed with exit code ${code}`)
}
