import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { procLines, skipped } from './proc-lines'

interface MutableZone {
  node: number
  zone: string
  fields: Record<string, number>
  protection: number[] | null
  pagesets: Array<{ cpu: number; fields: Record<string, number> }>
}

/** Where a zone's values were printed, the same shape as the zone with line numbers. */
interface MutableZoneLines {
  header: number
  fields: Record<string, number>
  protection: number | null
  pagesets: Array<{ cpu: number; fields: Record<string, number> }>
}

type Mode = 'zone' | 'node' | 'pagesets'

/**
 * Parse /proc/zoneinfo of any version: zone headers `Node 0, zone   Normal`, the ≥ 4.8 `per-node stats`
 * block, `pages free N` and the watermark/size lines, `protection: (…)`, counters, per-CPU `pagesets`,
 * and the trailing `key: value` lines (`start_pfn:`, `all_unreclaimable:`, `node_unreclaimable:`).
 */
export function parseZoneinfo(path: string, text: string, onIssue: IssueSink): SnapshotContent<'zoneinfo'> {
  const zones: MutableZone[] = []
  const zoneLines: MutableZoneLines[] = []
  const nodeStats: Record<number, Record<string, number>> = {}
  const nodeStatLines: Record<number, Record<string, number>> = {}
  let zone: MutableZone | null = null
  let at: MutableZoneLines | null = null
  let mode: Mode = 'zone'
  for (const { line, text: raw } of procLines(text, path, onIssue)) {
    const t = raw.trim()
    let m = /^Node (\d+), zone\s+(\S+)$/.exec(t)
    if (m) {
      zone = { node: Number(m[1]), zone: m[2] ?? '', fields: {}, protection: null, pagesets: [] }
      at = { header: line, fields: {}, protection: null, pagesets: [] }
      zones.push(zone)
      zoneLines.push(at)
      mode = 'zone'
      continue
    }
    if (!zone || !at) {
      skipped(onIssue, path, line, 'zoneinfo', raw)
      continue
    }
    if (t === 'per-node stats') {
      mode = 'node'
      nodeStats[zone.node] ??= {}
      nodeStatLines[zone.node] ??= {}
      continue
    }
    if (t === 'pagesets') {
      mode = 'pagesets'
      continue
    }
    m = /^pages free\s+(\d+)$/.exec(t)
    if (m) {
      zone.fields['free'] = Number(m[1])
      at.fields['free'] = line
      mode = 'zone'
      continue
    }
    // mm/vmstat.c zoneinfo_show_print prints `protection: (%ld` then `, %ld` per zone: one integer a
    // slot. Anything else (`1 2` in one slot, an empty slot) is no protection line: skipped, named.
    m = /^protection: \((\d+(?:,\s*\d+)*)\)$/.exec(t)
    if (m) {
      zone.protection = (m[1] ?? '').split(',').map((s) => Number(s.trim()))
      at.protection = line
      mode = 'zone'
      continue
    }
    m = /^cpu: (\d+)$/.exec(t)
    if (m && mode === 'pagesets') {
      zone.pagesets.push({ cpu: Number(m[1]), fields: {} })
      at.pagesets.push({ cpu: line, fields: {} })
      continue
    }
    m = /^(vm stats threshold|[a-z_]+):\s*(-?\d+)$/.exec(t)
    if (m) {
      const cpu = zone.pagesets[zone.pagesets.length - 1]
      const cpuAt = at.pagesets[at.pagesets.length - 1]
      const key = m[1] ?? ''
      if (
        mode === 'pagesets' &&
        cpu &&
        cpuAt &&
        /^(count|high|batch|high_min|high_max|vm stats threshold)$/.test(key)
      ) {
        cpu.fields[key] = Number(m[2])
        cpuAt.fields[key] = line
      } else {
        zone.fields[key] = Number(m[2])
        at.fields[key] = line
        mode = 'zone'
      }
      continue
    }
    m = /^([a-z_][a-z0-9_]*)\s+(-?\d+)$/.exec(t)
    if (m) {
      const target = mode === 'node' ? (nodeStats[zone.node] ??= {}) : zone.fields
      const targetAt = mode === 'node' ? (nodeStatLines[zone.node] ??= {}) : at.fields
      target[m[1] ?? ''] = Number(m[2])
      targetAt[m[1] ?? ''] = line
      continue
    }
    if (/^\d+$/.test(t) && mode === 'node') {
      // Early 4.18 kernels print one node counter with an empty name (a gap in vmstat_text).
      ;(nodeStats[zone.node] ??= {})[''] = Number(t)
      ;(nodeStatLines[zone.node] ??= {})[''] = line
      onIssue({
        code: 'unnamed-counter',
        severity: 'info',
        path,
        line,
        message: 'A per-node counter was printed without a name; it is kept under the empty name.',
      })
      continue
    }
    skipped(onIssue, path, line, 'zoneinfo', raw)
  }
  return { data: { zones, nodeStats }, lineOf: { zones: zoneLines, nodeStats: nodeStatLines } }
}
