import type { IssueSink } from '../../base/issue'
import { ints, procLines, skipped } from './proc-lines'
import type { BuddyinfoData } from './snapshot-types'

/** Parse /proc/buddyinfo (`Node 0, zone   Normal   4546   3939 …`). */
export function parseBuddyinfo(path: string, text: string, onIssue: IssueSink): BuddyinfoData {
  const zones: Array<{ node: number; zone: string; counts: number[] }> = []
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const m = /^Node (\d+), zone\s+(\S+)\s+(.*)$/.exec(t)
    const counts = m ? ints(m[3] ?? '') : null
    if (m && counts) zones.push({ node: Number(m[1]), zone: m[2] ?? '', counts })
    else skipped(onIssue, path, line, 'buddyinfo', t)
  }
  return { zones }
}
