import type { IssueSink } from '../../base/issue'
import type { SlabCache, SnapshotContent } from '../../event/snapshot'
import { ints, procLines, skipped } from './proc-lines'

const ROW = /^(\S+)\s+([\d\s]+?)\s*:\s*tunables\s+([\d\s]+?)\s*:\s*slabdata\s+([\d\s]+?)\s*$/

/** Parse /proc/slabinfo version 2.x (one cache per line; `# name …` header skipped). */
export function parseSlabinfo(path: string, text: string, onIssue: IssueSink): SnapshotContent<'slabinfo'> {
  let version = ''
  const caches: SlabCache[] = []
  let versionLine: number | null = null
  const cacheLines: number[] = []
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    const v = /^slabinfo - version: (\S+)$/.exec(t.trim())
    if (v) {
      version = v[1] ?? ''
      versionLine = line
      continue
    }
    if (t.startsWith('#')) continue
    const m = ROW.exec(t)
    const a = m ? ints(m[2] ?? '') : null
    const tun = m ? ints(m[3] ?? '') : null
    const sd = m ? ints(m[4] ?? '') : null
    if (!m || !a || !tun || !sd || a.length !== 5 || tun.length !== 3 || sd.length !== 3) {
      skipped(onIssue, path, line, 'slabinfo', t)
      continue
    }
    caches.push({
      name: m[1] ?? '',
      activeObjs: a[0] ?? 0,
      numObjs: a[1] ?? 0,
      objSizeBytes: a[2] ?? 0,
      objPerSlab: a[3] ?? 0,
      pagesPerSlab: a[4] ?? 0,
      limit: tun[0] ?? 0,
      batchCount: tun[1] ?? 0,
      sharedFactor: tun[2] ?? 0,
      activeSlabs: sd[0] ?? 0,
      numSlabs: sd[1] ?? 0,
      sharedAvail: sd[2] ?? 0,
    })
    cacheLines.push(line)
  }
  return { data: { version, caches }, lineOf: { version: versionLine, caches: cacheLines } }
}
