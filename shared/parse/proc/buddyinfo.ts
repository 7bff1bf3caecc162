import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { ints, procLines, skipped } from './proc-lines'

/** Parse /proc/buddyinfo (`Node 0, zone   Normal   4546   3939 …`). */
export function parseBuddyinfo(path: string, text: string, onIssue: IssueSink): SnapshotContent<'buddyinfo'> {
  const zones: Array<{ node: number; zone: string; counts: number[] }> = []
  const lineOf: number[] = []
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const m = /^Node (\d+), zone\s+(\S+)\s+(.*)$/.exec(t)
    const counts = m ? ints(m[3] ?? '') : null
    if (!m || !counts) {
      skipped(onIssue, path, line, 'buddyinfo', t)
      continue
    }
    zones.push({ node: Number(m[1]), zone: m[2] ?? '', counts })
    lineOf.push(line)
  }
  return { data: { zones }, lineOf: { zones: lineOf } }
}
