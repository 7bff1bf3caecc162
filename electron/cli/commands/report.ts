// `oomlens report`: load the case, write one report file (format by extension). Writes nothing but
// the -o file, and refuses to overwrite one of its own inputs.
import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'
import { evidenceAt } from '../../node/report/evidence-guard'
import { ChromiumNotFoundError } from '../../node/report/find-chromium'
import { STDIN_PATH } from '../../node/case-service'
import { reportFormatOf, ReportFormatError, writeReport } from '../../node/report/write-report'
import { loadWithProgress } from '../load-with-progress'
import { stdinSource } from './stdin-source'

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
  // The evidence is never written to: not an input file (by any name), and nothing inside an input folder.
  const refuse = () => fail(`${options.output} is an input or lies inside one; refusing to write into the evidence`)
  // Standard input (`-`) is no file: nothing to protect there.
  const named = paths.filter((p) => p !== STDIN_PATH)
  if ((await evidenceAt(options.output, named)) !== null) return refuse()
  try {
    const loaded = await loadWithProgress(paths, { lang: options.lang, set: options.set, ...stdinSource(paths) })
    // Every file read is known now: another name (hard link) of any of them is refused too.
    const files = loaded.analysis.inputs.map((i) => i.path).filter((p) => p !== STDIN_PATH)
    if ((await evidenceAt(options.output, named, files)) !== null) return refuse()
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
  }
}

function fail(message: string): number {
  process.stderr.write(`oomlens: ${message}\n`)
  return 2
}
