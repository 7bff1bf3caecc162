import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import { loadCase } from '../../node/case-service'
import { toAnalysisJson } from '../../../shared/contract/to-analysis-json'
import { formatEventTable } from '../event-table'
import { createProgressBar } from '../progress-bar'

/** `oomlens analyze <paths...> [--json] [--set name=value] [--lang]`; resolves with the exit code (0). */
export async function runAnalyze(
  paths: readonly string[],
  options: { readonly json: boolean; readonly lang: Lang; readonly set: WhatIfSettings | null },
): Promise<number> {
  const bar = createProgressBar(process.stderr)
  const abort = new AbortController()
  const onSigint = (): void => abort.abort()
  process.once('SIGINT', onSigint)
  try {
    const loaded = await loadCase(paths, {
      lang: options.lang,
      whatIf: options.set,
      onProgress: bar.update,
      signal: abort.signal,
    })
    bar.clear()
    const out = options.json
      ? `${JSON.stringify(toAnalysisJson(loaded.analysis), null, 2)}\n`
      : formatEventTable(loaded.analysis)
    await writeStdout(out)
    return 0
  } finally {
    bar.clear()
    process.off('SIGINT', onSigint)
  }
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()))
  })
}
