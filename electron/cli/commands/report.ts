// Placeholder with the fixed signature; the report work (issue 7) implements it.
import type { Lang } from '../../../shared/i18n/lang'
import type { WhatIfSettings } from '../../../shared/model/types'

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
  void paths
  void options
  process.stderr.write('oomlens report: not implemented yet\n')
  return 2
}
