import type { IssueSink } from '../../base/issue'

/** Non-empty lines with their 1-based numbers. */
export function procLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = []
  text.split('\n').forEach((raw, i) => {
    const t = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (t.trim() !== '') out.push({ line: i + 1, text: t })
  })
  return out
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
