import type { IssueSink } from '../../base/issue'
import { procLines, skipped } from './proc-lines'
import type { ZoneinfoData, ZoneinfoZone } from './snapshot-types'

interface MutableZone {
  node: number
  zone: string
  fields: Record<string, number>
  protection: number[] | null
  pagesets: Array<{ cpu: number; fields: Record<string, number> }>
}

type Mode = 'zone' | 'node' | 'pagesets'

/**
 * Parse /proc/zoneinfo of any version: zone headers `Node 0, zone   Normal`, the ≥ 4.8 `per-node stats`
 * block, `pages free N` and the watermark/size lines, `protection: (…)`, counters, per-CPU `pagesets`,
 * and the trailing `key: value` lines (`start_pfn:`, `all_unreclaimable:`, `node_unreclaimable:`).
 */
export function parseZoneinfo(path: string, text: string, onIssue: IssueSink): ZoneinfoData {
  const zones: MutableZone[] = []
  const nodeStats: Record<number, Record<string, number>> = {}
  let zone: MutableZone | null = null
  let mode: Mode = 'zone'
  for (const { line, text: raw } of procLines(text, path, onIssue)) {
    const t = raw.trim()
    let m = /^Node (\d+), zone\s+(\S+)$/.exec(t)
    if (m) {
      zone = { node: Number(m[1]), zone: m[2] ?? '', fields: {}, protection: null, pagesets: [] }
      zones.push(zone)
      mode = 'zone'
      continue
    }
    if (!zone) {
      skipped(onIssue, path, line, 'zoneinfo', raw)
      continue
    }
    if (t === 'per-node stats') {
      mode = 'node'
      nodeStats[zone.node] ??= {}
      continue
    }
    if (t === 'pagesets') {
      mode = 'pagesets'
      continue
    }
    m = /^pages free\s+(\d+)$/.exec(t)
    if (m) {
      zone.fields['free'] = Number(m[1])
      mode = 'zone'
      continue
    }
    m = /^protection: \(([\d,\s]*)\)$/.exec(t)
    if (m) {
      zone.protection = (m[1] ?? '').split(',').map((s) => Number(s.trim()))
      mode = 'zone'
      continue
    }
    m = /^cpu: (\d+)$/.exec(t)
    if (m && mode === 'pagesets') {
      zone.pagesets.push({ cpu: Number(m[1]), fields: {} })
      continue
    }
    m = /^(vm stats threshold|[a-z_]+):\s*(-?\d+)$/.exec(t)
    if (m) {
      const cpu = zone.pagesets[zone.pagesets.length - 1]
      if (mode === 'pagesets' && cpu && /^(count|high|batch|high_min|high_max|vm stats threshold)$/.test(m[1] ?? '')) {
        cpu.fields[m[1] ?? ''] = Number(m[2])
      } else {
        zone.fields[m[1] ?? ''] = Number(m[2])
        mode = 'zone'
      }
      continue
    }
    m = /^([a-z_][a-z0-9_]*)\s+(-?\d+)$/.exec(t)
    if (m) {
      const target = mode === 'node' ? (nodeStats[zone.node] ??= {}) : zone.fields
      target[m[1] ?? ''] = Number(m[2])
      continue
    }
    if (/^\d+$/.test(t) && mode === 'node') {
      // Early 4.18 kernels print one node counter with an empty name (a gap in vmstat_text).
      ;(nodeStats[zone.node] ??= {})[''] = Number(t)
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
  return { zones: zones as ZoneinfoZone[], nodeStats }
}
