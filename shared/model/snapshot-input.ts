/**
 * Map the parser's /proc snapshot data (shared/event/snapshot.ts) onto the minimal inputs
 * of {@link recomputeSnapshotWatermarks}: zoneinfo blocks in pages and the vm sysctls by name.
 */
import type { SysctlData, ZoneinfoData } from '../event/snapshot'
import type { VmSysctls, ZoneinfoZone } from './snapshot-watermarks'

/** Zoneinfo blocks as the recompute reads them; blocks without min/low/high are left out. */
export function zoneinfoZones(data: ZoneinfoData): ZoneinfoZone[] {
  const out: ZoneinfoZone[] = []
  for (const z of data.zones) {
    const f = z.fields
    const min = f['min']
    const low = f['low']
    const high = f['high']
    if (min === undefined || low === undefined || high === undefined) continue
    out.push({
      node: z.node,
      zone: z.zone,
      free: f['free'] ?? f['nr_free_pages'] ?? 0,
      boost: f['boost'] ?? null,
      min,
      low,
      high,
      present: f['present'] ?? 0,
      managed: f['managed'] ?? null,
      protection: z.protection,
    })
  }
  return out
}

/**
 * The vm sysctls from one or more parsed sysctl snapshots (`vm.min_free_kbytes` keys, as `sysctl -a`
 * and the single-value /proc/sys/vm files give them); null without min_free_kbytes.
 */
export function vmSysctls(snapshots: readonly SysctlData[]): VmSysctls | null {
  const values: Record<string, number | readonly number[] | string> = {}
  for (const s of snapshots) Object.assign(values, s.values)
  const num = (key: string): number | null => {
    const val = values[`vm.${key}`] ?? values[key]
    return typeof val === 'number' ? val : null
  }
  const minFree = num('min_free_kbytes')
  if (minFree === null) return null
  const ratio = values['vm.lowmem_reserve_ratio'] ?? values['lowmem_reserve_ratio']
  return {
    min_free_kbytes: minFree,
    watermark_scale_factor: num('watermark_scale_factor'),
    lowmem_reserve_ratio: Array.isArray(ratio) ? ratio : typeof ratio === 'number' ? [ratio] : null,
  }
}
