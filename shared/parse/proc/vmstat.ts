import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { procLines, skipped } from './proc-lines'

/** Parse /proc/vmstat (`nr_free_pages 368336` per line). */
export function parseVmstat(path: string, text: string, onIssue: IssueSink): SnapshotContent<'vmstat'> {
  const values: Record<string, number> = {}
  const lineOf: Record<string, number> = {}
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const m = /^([a-z_][a-z0-9_]*)\s+(-?\d+)\s*$/.exec(t)
    if (!m) {
      skipped(onIssue, path, line, 'vmstat', t)
      continue
    }
    values[m[1] ?? ''] = Number(m[2])
    lineOf[m[1] ?? ''] = line
  }
  return { data: { values }, lineOf: { values: lineOf } }
}
