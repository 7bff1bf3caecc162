import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../shared/parse/parse-text'
import { vmSysctls, zoneinfoZones } from '../../../shared/model/snapshot-input'
import {
  recomputeSnapshotWatermarks,
  type VmSysctls,
  type ZoneinfoZone,
} from '../../../shared/model/snapshot-watermarks'
import { GIVEN } from '../../support/given'

const PROC = `${GIVEN}/corpus/public/proc`

/** Parse a zoneinfo file and the sysctl files of a directory with the real parser. */
function readZoneinfo(path: string): ZoneinfoZone[] {
  const snap = parseText(path, readFileSync(path, 'utf8')).snapshots[0]
  if (snap?.kind !== 'zoneinfo') throw new Error(`${path} did not parse as zoneinfo`)
  return zoneinfoZones(snap.data)
}

function readSysctls(dir: string): VmSysctls | null {
  const names = ['min_free_kbytes', 'watermark_scale_factor', 'lowmem_reserve_ratio'].filter((n) =>
    existsSync(`${dir}/${n}`),
  )
  const data = names.flatMap((n) =>
    parseText(`${dir}/${n}`, readFileSync(`${dir}/${n}`, 'utf8'), { nameHint: n }).snapshots.flatMap((s) =>
      s.kind === 'sysctl' ? [s.data] : [],
    ),
  )
  return vmSysctls(data)
}

interface ProcSet {
  name: string
  kernel: string
  files: string[]
}
const sets = JSON.parse(readFileSync(`${PROC}/MANIFEST.json`, 'utf8')) as ProcSet[]
const withSysctls = sets.filter((s) => s.files.includes('sys/vm/min_free_kbytes'))

describe('snapshot-watermarks', () => {
  it.each(withSysctls.map((s) => [s.name, s] as const))(
    'reproduces every zone of %s from its own sysctls',
    (_, set) => {
      const zones = readZoneinfo(`${PROC}/${set.name}/zoneinfo`)
      const sysctls = readSysctls(`${PROC}/${set.name}/sys/vm`)
      expect(sysctls).not.toBeNull()
      const r = recomputeSnapshotWatermarks(zones, sysctls as VmSysctls, set.kernel.split(' ')[0] ?? null)
      expect(zones.length).toBeGreaterThan(0)
      expect(r.matches.map((ok, i) => `${zones[i]?.zone}:${ok}`)).toEqual(zones.map((z) => `${z.zone}:true`))
    },
  )

  it('reproduces this machine from its own /proc when readable', (ctx) => {
    const paths = [
      '/proc/zoneinfo',
      '/proc/sys/vm/min_free_kbytes',
      '/proc/sys/vm/watermark_scale_factor',
      '/proc/sys/vm/lowmem_reserve_ratio',
    ]
    const readable = paths.every((p) => {
      try {
        readFileSync(p, 'utf8')
        return true
      } catch {
        return false
      }
    })
    if (!readable) ctx.skip('/proc/zoneinfo or /proc/sys/vm is not readable here')
    const zones = readZoneinfo('/proc/zoneinfo')
    const sysctls = readSysctls('/proc/sys/vm') as VmSysctls
    const release = readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim()
    const r = recomputeSnapshotWatermarks(zones, sysctls, release)
    expect(r.matches.every(Boolean)).toBe(true)
  })

  it("keeps the protection rows to within 0.5 % of a recompute from today's managed pages on 6.18", () => {
    const set = withSysctls.find((s) => s.name.startsWith('this-machine')) as ProcSet
    const zones = readZoneinfo(`${PROC}/${set.name}/zoneinfo`)
    const r = recomputeSnapshotWatermarks(zones, readSysctls(`${PROC}/${set.name}/sys/vm`) as VmSysctls, '6.18.44')
    zones.forEach((z, i) => {
      z.protection?.forEach((p, j) =>
        expect(Math.abs((r.zones[i]?.lowmemReserve[j] ?? 0) - p)).toBeLessThanOrEqual(Math.max(1, p * 0.005)),
      )
    })
  })
})
