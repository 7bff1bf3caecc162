// `oomlens report`: load the case, write one report file (format by extension). Writes nothing but
// the -o file, and refuses to overwrite one of its own inputs.
import { resolve } from 'node:path'
import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import { loadCase } from '../../node/case-service'
import { ChromiumNotFoundError } from '../../node/report/find-chromium'
import { reportFormatOf, ReportFormatError, writeReport } from '../../node/report/write-report'
import { createProgressBar } from '../progress-bar'

/** `oomlens report <paths> -o file.pdf|.html|.md`; resolves with the exit code (0, 2 bad usage, 3 unreadable input). */
export async function runReport(
  paths: readonly string[],
  options: {
    readonly output: string
    readonly lang: Lang
    readonly set: WhatIfSettings | null
    readonly chromium?: string
    readonly paper?: 'A4' | 'Letter'
  },
): Promise<number> {
  try {
    reportFormatOf(options.output)
  } catch (error) {
    if (error instanceof ReportFormatError) return fail(error.message)
    throw error
  }
  const target = resolve(options.output)
  if (paths.some((p) => resolve(p) === target))
    return fail(`${options.output} is one of the inputs; refusing to overwrite it`)
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
    const written = await writeReport(loaded.analysis, options.output, {
      lang: options.lang,
      whatIf: options.set ? [options.set] : [],
      chromium: options.chromium ?? null,
      paper: options.paper ?? 'A4',
    })
    const events = loaded.analysis.events.length
    process.stderr.write(
      `oomlens: wrote ${options.output} (${written.format}, ${events} event(s), ${written.bytes} bytes)\n`,
    )
    return 0
  } catch (error) {
    if (error instanceof ChromiumNotFoundError) return fail(error.message)
    throw error
  } finally {
    bar.clear()
    process.off('SIGINT', onSigint)
  }
}

function fail(message: string): number {
  process.stderr.write(`oomlens: ${message}\n`)
  return 2
}
