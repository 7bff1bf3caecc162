import type { ImportProgress } from '../../shared/analysis/types'
import { terminalSafe } from '../../shared/base/neutralize'

const WIDTH = 24

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)
}

/** One status line for a progress report (no newline); the path is a member name from the evidence, shown inert. */
export function formatProgress(p: ImportProgress, columns: number): string {
  const fraction = p.bytesTotal ? Math.min(p.bytesRead / p.bytesTotal, 1) : 0
  const filled = Math.round(fraction * WIDTH)
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]`
  const size = p.bytesTotal ? `${megabytes(p.bytesRead)}/${megabytes(p.bytesTotal)} MB` : `${megabytes(p.bytesRead)} MB`
  const events = `${p.eventsFound} event${p.eventsFound === 1 ? '' : 's'}`
  const line = `${bar} ${Math.round(fraction * 100)}% ${size} ${events} ${terminalSafe(p.path ?? p.phase)}`
  return line.length > columns - 1 ? `${line.slice(0, Math.max(columns - 2, 10))}…` : line
}

/** A progress bar on stderr, drawn only when stderr is a terminal (never into a pipe or a log). */
export function createProgressBar(stream: NodeJS.WriteStream): {
  update: (p: ImportProgress) => void
  clear: () => void
} {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined }
  let drawn = false
  return {
    update: (p) => {
      stream.write(`\r\x1b[2K${formatProgress(p, stream.columns ?? 80)}`)
      drawn = true
    },
    clear: () => {
      if (drawn) stream.write('\r\x1b[2K')
      drawn = false
    },
  }
}
