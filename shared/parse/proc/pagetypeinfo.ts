import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { ints, procLines, skipped } from './proc-lines'

const FREE_ROW = /^Node\s+(\d+), zone\s+(\S+), type\s+(\S+)\s+(.*)$/
const BLOCK_ROW = /^Node (\d+), zone\s+(\S+)\s+(.*)$/

/**
 * Parse /proc/pagetypeinfo: the free-block table per migrate type and order, and the pageblock count
 * table, with whatever migrate types the kernel printed (`Reserve` ≤ 4.3, `HighAtomic` ≥ 4.4, `CMA`,
 * `Isolate` as configured).
 */
export function parsePagetypeinfo(path: string, text: string, onIssue: IssueSink): SnapshotContent<'pagetypeinfo'> {
  let pageBlockOrder: number | null = null
  let pagesPerBlock: number | null = null
  let blockTypes: string[] = []
  const free: Array<{ node: number; zone: string; type: string; counts: number[] }> = []
  const blocks: Array<{ node: number; zone: string; counts: Record<string, number> }> = []
  const lineOf = {
    pageBlockOrder: null as number | null,
    pagesPerBlock: null as number | null,
    free: [] as number[],
    blockTypes: null as number | null,
    blocks: [] as number[],
  }
  for (const { line, text: t } of procLines(text, path, onIssue)) {
    let m = /^Page block order:\s*(\d+)$/.exec(t.trim())
    if (m) {
      pageBlockOrder = Number(m[1])
      lineOf.pageBlockOrder = line
      continue
    }
    m = /^Pages per block:\s*(\d+)$/.exec(t.trim())
    if (m) {
      pagesPerBlock = Number(m[1])
      lineOf.pagesPerBlock = line
      continue
    }
    if (/^Free pages count per migrate type at order[\s\d]*$/.test(t)) continue
    m = /^Number of blocks type\s+(.*)$/.exec(t)
    if (m) {
      blockTypes = (m[1] ?? '').trim().split(/\s+/)
      lineOf.blockTypes = line
      continue
    }
    m = FREE_ROW.exec(t)
    const freeCounts = m ? ints(m[4] ?? '') : null
    if (m && freeCounts) {
      free.push({ node: Number(m[1]), zone: m[2] ?? '', type: m[3] ?? '', counts: freeCounts })
      lineOf.free.push(line)
      continue
    }
    m = BLOCK_ROW.exec(t)
    const blockCounts = m ? ints(m[3] ?? '') : null
    if (m && blockCounts && blockCounts.length === blockTypes.length) {
      const counts: Record<string, number> = {}
      blockTypes.forEach((type, i) => (counts[type] = blockCounts[i] ?? 0))
      blocks.push({ node: Number(m[1]), zone: (m[2] ?? '').replace(/,$/, ''), counts })
      lineOf.blocks.push(line)
      continue
    }
    skipped(onIssue, path, line, 'pagetypeinfo', t)
  }
  return { data: { pageBlockOrder, pagesPerBlock, free, blockTypes, blocks }, lineOf }
}
