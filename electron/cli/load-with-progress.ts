import type { Lang } from '../../shared/i18n/lang'
import type { WhatIfSettings } from '../../shared/model/types'
import type { MemEvent } from '../../shared/event/types'
import { loadCase, type LoadedCase, type StdinSource } from '../node/case-service'
import { createProgressBar } from './progress-bar'

/**
 * loadCase as the commands run it: a progress bar on stderr when it is a terminal, and Ctrl-C
 * cancelling the import (an InputError 'cancelled') instead of killing the process mid-write.
 */
export async function loadWithProgress(
  paths: readonly string[],
  options: {
    readonly lang: Lang
    readonly set: WhatIfSettings | null
    readonly stdin?: StdinSource
    readonly onEventSettled?: (e: MemEvent) => void
  },
): Promise<LoadedCase> {
  const bar = createProgressBar(process.stderr)
  const abort = new AbortController()
  const onSigint = (): void => abort.abort()
  process.once('SIGINT', onSigint)
  try {
    return await loadCase(paths, {
      lang: options.lang,
      whatIf: options.set,
      onProgress: bar.update,
      signal: abort.signal,
      ...(options.stdin ? { stdin: options.stdin } : {}),
      ...(options.onEventSettled ? { onEventSettled: options.onEventSettled } : {}),
    })
  } finally {
    bar.clear()
    process.off('SIGINT', onSigint)
  }
}
