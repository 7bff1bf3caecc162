/**
 * Live snapshots: recompute every zone's watermarks and reserves from a /proc/zoneinfo snapshot and
 * the vm sysctls, the way `setup_per_zone_wmarks` / `setup_per_zone_lowmem_reserve` would now.
 * The input is a minimal interface of our own (pages, kernel field names) that the parser's
 * zoneinfo data can be mapped onto without copying.
 */
import { defaultLowmemReserveRatios } from '../kernel/lowmem-reserve'
import { pagesMinFromKbytes } from '../kernel/watermarks'
import { inferZoneLayout } from '../kernel/zones'
import { effectiveVersion } from '../kernel/version'
import { bootSizesFromReserves } from './boot-sizes'
import { marksFor, reservesFor, toZoneWatermarks, withBoost } from './recompute-zones'
import type { BasisZone, ZoneWatermarks } from './types'

/** One `Node N, zone X` block of /proc/zoneinfo (values in pages). */
export interface ZoneinfoZone {
  readonly node: number
  readonly zone: string
  readonly free: number
  readonly boost: number | null
  readonly min: number
  readonly low: number
  readonly high: number
  readonly present: number
  /** null on kernels whose zoneinfo has no `managed` line (≤ 3.7). */
  readonly managed: number | null
  /** `protection: (...)` = lowmem_reserve[]. */
  readonly protection: readonly number[] | null
}

/** /proc/sys/vm values; ratios as the file lists them. */
export interface VmSysctls {
  readonly min_free_kbytes: number
  readonly watermark_scale_factor?: number | null
  readonly lowmem_reserve_ratio?: readonly number[] | null
}

/** The recompute of a live snapshot and how it compares with what /proc/zoneinfo shows. */
export interface SnapshotWatermarks {
  /** Recomputed per zone (pages → kB with `pageSizeKb`), in zoneinfo order. */
  readonly zones: readonly ZoneWatermarks[]
  /** Whether min/low/high of each zone equal zoneinfo's within one page. */
  readonly matches: readonly boolean[]
  /** `managed` (as printed now) or `boot` (sizes the protection rows record, see boot-sizes.ts). */
  readonly sizesFrom: 'managed' | 'boot'
}

/** Ratios of the sysctl file mapped onto the zone layout (≤ 4.16 the file has MAX_NR_ZONES − 1 entries). */
function ratiosFor(
  layout: readonly string[],
  fromFile: readonly number[] | null | undefined,
  version: number,
): number[] {
  if (!fromFile || fromFile.length === 0) return defaultLowmemReserveRatios(layout, version)
  return layout.map((_, i) => fromFile[i] ?? 0)
}

/** See the module comment. `kernelVersion` is a release string (`uname -r`); null = latest rules. */
export function recomputeSnapshotWatermarks(
  zoneinfo: readonly ZoneinfoZone[],
  sysctls: VmSysctls,
  kernelVersion: string | null,
  pageSizeKb = 4,
): SnapshotWatermarks {
  const version = effectiveVersion(kernelVersion)
  const node0 = zoneinfo.filter((z) => z.node === zoneinfo[0]?.node)
  // zoneinfo lists every configured zone, populated or not: that is the layout.
  const layout = inferZoneLayout(
    node0.map((z) => z.zone),
    node0.length,
    !node0.some((z) => z.zone === 'HighMem'),
  )
  const zones: BasisZone[] = zoneinfo.map((z) => ({
    node: z.node,
    zone: z.zone,
    index: layout.indexOf(z.zone),
    sizePages: z.managed ?? z.present,
    freePages: z.free,
    freeCmaPages: 0,
    reservedHighatomicPages: 0,
    boostPages: z.boost ?? 0,
    printedMinPages: z.min,
    printedLowPages: z.low,
    printedHighPages: z.high,
    printedReserve: z.protection,
    buddyCounts: null,
    buddyTypes: null,
  }))
  const ratios = ratiosFor(layout, sysctls.lowmem_reserve_ratio, version)
  const pagesMin = pagesMinFromKbytes(sysctls.min_free_kbytes, pageSizeKb)
  const wsf = sysctls.watermark_scale_factor ?? 10
  const boosts = zones.map((z) => z.boostPages)
  const printedSizes = zones.map((z) => z.sizePages)
  const tryWith = (sizes: readonly number[]): { marks: ReturnType<typeof withBoost>; matches: boolean[] } => {
    const marks = withBoost(marksFor(zones, sizes, layout, version, pagesMin, wsf), boosts)
    const matches = zoneinfo.map((z, i) => {
      const m = marks[i]
      if (!m) return false
      const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1
      return near(m.minPages, z.min) && near(m.lowPages, z.low) && near(m.highPages, z.high)
    })
    return { marks, matches }
  }
  const now = tryWith(printedSizes)
  const boot = tryWith(bootSizesFromReserves(zones, ratios))
  const useBoot = boot.matches.filter(Boolean).length > now.matches.filter(Boolean).length
  const chosen = useBoot ? boot : now
  const reserves = reservesFor(zones, printedSizes, layout, ratios, version)
  return {
    zones: toZoneWatermarks(zones, chosen.marks, reserves, boosts, pageSizeKb),
    matches: chosen.matches,
    sizesFrom: useBoot ? 'boot' : 'managed',
  }
}
