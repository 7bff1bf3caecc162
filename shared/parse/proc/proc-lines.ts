import { firstUnsafeInteger } from '../../base/text'
import type { IssueSink } from '../../base/issue'

/**
 * Non-empty lines with their 1-based numbers. A line holding an integer past 2^53 (no real /proc
 * counter is that large; a corrupt or hostile file can be) is dropped with an issue rather than read
 * as a rounded, silently wrong number.
 */
export function procLines(text: string, path: string, onIssue: IssueSink): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = []
  fileLines(text).forEach((t, i) => {
    if (t.trim() === '') return
    const big = firstUnsafeInteger(t)
    if (big !== null) {
      onIssue({
        code: 'number-out-of-range',
        severity: 'data-loss',
        path,
        line: i + 1,
        message: `A number on this line (${big.slice(0, 24)}) is too large to hold exactly; the line was skipped.`,
      })
      return
    }
    out.push({ line: i + 1, text: t })
  })
  return out
}

/** The file's lines, line endings (`\n`, `\r\n`) removed: index n − 1 is line n. */
export function fileLines(text: string): string[] {
  return text.split('\n').map((raw) => (raw.endsWith('\r') ? raw.slice(0, -1) : raw))
}

/** Report one line of a snapshot that was not understood. */
export function skipped(onIssue: IssueSink, path: string, line: number, kind: string, text: string): void {
  onIssue({
    code: 'unrecognised-line',
    severity: 'data-loss',
    path,
    line,
    message: `A ${kind} line was not understood and was skipped: "${text.trim().slice(0, 80)}".`,
  })
}

/** Whitespace-separated integers, or null when any token is not one. */
export function ints(text: string): number[] | null {
  const t = text.trim()
  if (t === '') return []
  const parts = t.split(/\s+/)
  return parts.every((p) => /^-?\d+$/.test(p)) ? parts.map(Number) : null
}
