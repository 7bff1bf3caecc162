import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { procLines, skipped } from './proc-lines'

const LINE = /^(?:Node (\d+) )?([A-Za-z_][\w()]*):\s+(\d+)(?: (kB))?\s*$/

/** Parse /proc/meminfo or /sys/devices/system/node/nodeN/meminfo. */
export function parseMeminfo(path: string, text: string, onIssue: IssueSink): SnapshotContent<'meminfo'> {
  const values: Record<string, number> = {}
  const lineOf: Record<string, number> = {}
  const kbKeys: string[] = []
  let node: number | null = null
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const m = LINE.exec(t)
    if (!m) {
      skipped(onIssue, path, line, 'meminfo', t)
      continue
    }
    if (m[1] !== undefined) node = Number(m[1])
    const key = m[2] ?? ''
    values[key] = Number(m[3])
    lineOf[key] = line
    if (m[4]) kbKeys.push(key)
  }
  return { data: { node, values, kbKeys }, lineOf: { values: lineOf } }
}
