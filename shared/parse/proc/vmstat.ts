import type { IssueSink } from '../../base/issue'
import { procLines, skipped } from './proc-lines'
import type { VmstatData } from './snapshot-types'

/** Parse /proc/vmstat (`nr_free_pages 368336` per line). */
export function parseVmstat(path: string, text: string, onIssue: IssueSink): VmstatData {
  const values: Record<string, number> = {}
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const m = /^([a-z_][a-z0-9_]*)\s+(-?\d+)\s*$/.exec(t)
    if (m) values[m[1] ?? ''] = Number(m[2])
    else skipped(onIssue, path, line, 'vmstat', t)
  }
  return { values }
}
