import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { vmSysctls, zoneinfoZones } from '../../../shared/model/snapshot-input'
import type { Snapshot } from '../../../shared/event/snapshot'
import { parseText } from '../../../shared/parse/parse-text'
import { GIVEN } from '../../support/given'

const SET = `${GIVEN}/corpus/public/proc/ubuntu-12.04-3.2.0-58-i7`
const sysctlData = (snaps: readonly Snapshot[]) => snaps.flatMap((s) => (s.kind === 'sysctl' ? [s.data] : []))

describe('snapshot-input', () => {
  it('maps 3.2 zoneinfo blocks (no managed line) to pages with present as the size', () => {
    const snap = parseText(`${SET}/zoneinfo`, readFileSync(`${SET}/zoneinfo`, 'utf8')).snapshots[0]
    if (snap?.kind !== 'zoneinfo') throw new Error(`not zoneinfo: ${snap?.kind}`)
    const zones = zoneinfoZones(snap.data)
    expect(zones.map((z) => [z.zone, z.min, z.low, z.high, z.present, z.managed])).toEqual([
      ['DMA', 32, 40, 48, 3900, null],
      ['DMA32', 6829, 8536, 10243, 828852, null],
      ['Normal', 10033, 12541, 15049, 1217664, null],
    ])
    expect(zones[0]?.protection).toEqual([0, 3237, 7994, 7994])
  })

  it('reads the vm sysctls from `sysctl -a` output and from single-value files', () => {
    const all = parseText(
      'sysctl.txt',
      'vm.min_free_kbytes = 45056\nvm.lowmem_reserve_ratio = 256\t256\t32\t0\nvm.watermark_scale_factor = 150\n',
    )
    expect(vmSysctls(sysctlData(all.snapshots))).toEqual({
      min_free_kbytes: 45056,
      watermark_scale_factor: 150,
      lowmem_reserve_ratio: [256, 256, 32, 0],
    })
    const one = parseText(`${SET}/sys/vm/min_free_kbytes`, '67584\n', { nameHint: 'min_free_kbytes' })
    expect(vmSysctls(sysctlData(one.snapshots))).toMatchObject({
      min_free_kbytes: 67584,
      watermark_scale_factor: null,
    })
    expect(vmSysctls([])).toBeNull()
  })
})
