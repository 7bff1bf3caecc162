import { terminalSafeJson } from '../../../shared/base/neutralize'
import { toAnalysisJson } from '../../../shared/contract/to-analysis-json'
import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import { formatEventTable } from '../event-table'
import { loadWithProgress } from '../load-with-progress'

/** `oomlens analyze <paths...> [--json] [--set name=value] [--lang]`; resolves with the exit code (0). */
export async function runAnalyze(
  paths: readonly string[],
  options: { readonly json: boolean; readonly lang: Lang; readonly set: WhatIfSettings | null },
): Promise<number> {
  const loaded = await loadWithProgress(paths, options)
  const out = options.json
    ? `${terminalSafeJson(JSON.stringify(toAnalysisJson(loaded.analysis), null, 2))}\n`
    : formatEventTable(loaded.analysis)
  await writeStdout(out)
  return 0
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
