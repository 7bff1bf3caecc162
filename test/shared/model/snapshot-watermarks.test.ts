import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { recomputeSnapshotWatermarks, type VmSysctls, type ZoneinfoZone } from '../../../shared/model/snapshot-watermarks'

const PROC = '/work/shared/corpus/public/proc'

/** Minimal /proc/zoneinfo reader for the test (the parser's proc reader replaces it when it lands). */
function readZoneinfo(text: string): ZoneinfoZone[] {
  const zones: ZoneinfoZone[] = []
  for (const block of text.split(/^(?=Node \d+, zone)/m)) {
    const head = /^Node (\d+), zone +(\S+)/.exec(block)
    if (!head) continue
    const num = (key: string): number | null => {
      const m = new RegExp(`^\\s+(?:pages )?${key}\\s+(\\d+)`, 'm').exec(block)
      return m ? Number(m[1]) : null
    }
    const prot = /protection: \(([^)]*)\)/.exec(block)
    zones.push({
      node: Number(head[1]),
      zone: head[2] as string,
      free: num('free') ?? 0,
      boost: num('boost'),
      min: num('min') ?? 0,
      low: num('low') ?? 0,
      high: num('high') ?? 0,
      present: num('present') ?? 0,
      managed: num('managed'),
      protection: prot ? (prot[1] as string).split(',').map((s) => Number(s.trim())) : null,
    })
  }
  return zones
}

function readSysctls(dir: string): VmSysctls | null {
  const file = (name: string): string | null => (existsSync(`${dir}/${name}`) ? readFileSync(`${dir}/${name}`, 'utf8').trim() : null)
  const minFree = file('min_free_kbytes')
  if (minFree === null) return null
  const wsf = file('watermark_scale_factor')
  const ratio = file('lowmem_reserve_ratio')
  return {
    min_free_kbytes: Number(minFree),
    watermark_scale_factor: wsf === null ? null : Number(wsf),
    lowmem_reserve_ratio: ratio === null ? null : ratio.split(/\s+/).map(Number),
  }
}

interface ProcSet {
  name: string
  kernel: string
  files: string[]
}
const sets = JSON.parse(readFileSync(`${PROC}/MANIFEST.json`, 'utf8')) as ProcSet[]
const withSysctls = sets.filter((s) => s.files.includes('sys/vm/min_free_kbytes'))

describe('snapshot-watermarks', () => {
  it.each(withSysctls.map((s) => [s.name, s] as const))('reproduces every zone of %s from its own sysctls', (_, set) => {
    const zones = readZoneinfo(readFileSync(`${PROC}/${set.name}/zoneinfo`, 'utf8'))
    const sysctls = readSysctls(`${PROC}/${set.name}/sys/vm`)
    expect(sysctls).not.toBeNull()
    const r = recomputeSnapshotWatermarks(zones, sysctls as VmSysctls, set.kernel.split(' ')[0] ?? null)
    expect(zones.length).toBeGreaterThan(0)
    expect(r.matches.map((ok, i) => `${zones[i]?.zone}:${ok}`)).toEqual(zones.map((z) => `${z.zone}:true`))
  })

  it('reproduces this machine from its own /proc when readable', (ctx) => {
    const paths = ['/proc/zoneinfo', '/proc/sys/vm/min_free_kbytes', '/proc/sys/vm/watermark_scale_factor', '/proc/sys/vm/lowmem_reserve_ratio']
    const readable = paths.every((p) => {
      try {
        readFileSync(p, 'utf8')
        return true
      } catch {
        return false
      }
    })
    if (!readable) ctx.skip('/proc/zoneinfo or /proc/sys/vm is not readable here')
    const zones = readZoneinfo(readFileSync('/proc/zoneinfo', 'utf8'))
    const sysctls = readSysctls('/proc/sys/vm') as VmSysctls
    const release = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim()
    const r = recomputeSnapshotWatermarks(zones, sysctls, release)
    expect(r.matches.every(Boolean)).toBe(true)
  })

  it('keeps the protection rows to within 0.5 % of a recompute from today\'s managed pages on 6.18', () => {
    const set = withSysctls.find((s) => s.name.startsWith('this-machine')) as ProcSet
    const zones = readZoneinfo(readFileSync(`${PROC}/${set.name}/zoneinfo`, 'utf8'))
    const r = recomputeSnapshotWatermarks(zones, readSysctls(`${PROC}/${set.name}/sys/vm`) as VmSysctls, '6.18.44')
    zones.forEach((z, i) => {
      z.protection?.forEach((p, j) => expect(Math.abs((r.zones[i]?.lowmemReserve[j] ?? 0) - p)).toBeLessThanOrEqual(Math.max(1, p * 0.005)))
    })
  })
})
