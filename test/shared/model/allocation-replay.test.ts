import { describe, expect, it } from 'vitest'
import { decodeGfpFlags } from '../../../shared/kernel/gfp/decode-gfp'
import { v } from '../../../shared/kernel/version'
import {
  parseNodeList,
  replayAllocation,
  requestHighestZone,
  type ReplayInput,
} from '../../../shared/model/allocation-replay'
import type { BasisZone } from '../../../shared/model/types'

const zone = (node: number, name: string, index: number, freePages: number, reserve: number[]): BasisZone => ({
  node,
  zone: name,
  index,
  sizePages: 100000,
  freePages,
  freeCmaPages: 0,
  reservedHighatomicPages: 0,
  boostPages: 0,
  printedMinPages: 1000,
  printedLowPages: 1250,
  printedHighPages: 1500,
  printedReserve: reserve,
  buddyCounts: null,
  buddyTypes: null,
})
const LAYOUT = ['DMA', 'DMA32', 'Normal', 'Movable']

function input(zones: BasisZone[], names: string[], release: string): ReplayInput {
  return {
    version: v(release),
    pageSizeKb: 4,
    layout: LAYOUT,
    zones,
    marks: zones.map(() => ({ minPages: 1000, lowPages: 1250, highPages: 1500 })),
    reserves: zones.map((z) => z.printedReserve ?? []),
    freeCmaPages: zones.map(() => 0),
    gfpFlags: new Set(decodeGfpFlags(null, names, release).flags),
    order: 0,
    cmaUnusable: false,
  }
}

describe('allocation-replay', () => {
  it('walks node 0 from the highest allowed zone down, then node 1, and serves from the first that passes', () => {
    const zones = [
      zone(0, 'DMA32', 1, 900, [0, 0, 500, 500]),
      zone(0, 'Normal', 2, 1100, [0, 0, 0, 0]),
      zone(1, 'Normal', 2, 5000, [0, 0, 0, 0]),
    ]
    const r = replayAllocation(input(zones, ['GFP_KERNEL'], '5.10'))
    expect(r.zones.map((z) => `${z.node}:${z.zone}`)).toEqual(['0:Normal', '0:DMA32', '1:Normal'])
    expect(r).toMatchObject({ succeeds: true, zone: 'Node 0 Normal', marginKb: 400 })
    expect(r.zones[0]?.stages).toEqual({ low: false, min: true, high: false })
  })

  it("keeps GFP_DMA32 requests out of Normal and charges DMA32's own index in the reserve", () => {
    const zones = [zone(0, 'DMA', 0, 3000, [0, 1500, 2500, 2500]), zone(0, 'Normal', 2, 90000, [0, 0, 0, 0])]
    const r = replayAllocation(input(zones, ['GFP_DMA32', 'GFP_KERNEL'], '5.10'))
    expect(r.highestZone).toBe('DMA32')
    expect(r.zones.find((z) => z.zone === 'Normal')?.decidingTerm).toBe('not-allowed')
    expect(r.zones.find((z) => z.zone === 'DMA')).toMatchObject({ pass: true, reserveKb: 1500 * 4 })
  })

  it('uses classzone_idx (first populated zone at or below gfp_zone) for the reserve up to 5.7', () => {
    const zones = [zone(0, 'DMA', 0, 2200, [0, 900, 1500, 2000]), zone(0, 'DMA32', 1, 500, [0, 0, 0, 0])]
    const old = replayAllocation(input(zones, ['GFP_HIGHUSER_MOVABLE'], '5.4'))
    expect(old.reserveZone).toBe('DMA32')
    expect(old.zones.find((z) => z.zone === 'DMA')).toMatchObject({ pass: true, reserveKb: 900 * 4 })
    const recent = replayAllocation(input(zones, ['GFP_HIGHUSER_MOVABLE'], '5.10'))
    expect(recent.reserveZone).toBe('Movable')
    expect(recent.zones.find((z) => z.zone === 'DMA')).toMatchObject({ pass: false, decidingTerm: 'lowmem-reserve' })
  })

  it('finds the highest zone from the request flags and the layout', () => {
    expect(requestHighestZone(new Set(['__GFP_HIGHMEM', '__GFP_MOVABLE']), LAYOUT)).toBe('Movable')
    expect(requestHighestZone(new Set(['__GFP_HIGHMEM']), LAYOUT)).toBe('Normal')
  })

  it('leaves nodes outside the allocation nodemask out of the walk', () => {
    const zones = [zone(0, 'Normal', 2, 900, [0, 0, 0, 0]), zone(1, 'Normal', 2, 5000, [0, 0, 0, 0])]
    const r = replayAllocation({ ...input(zones, ['GFP_KERNEL'], '5.10'), allowedNodes: parseNodeList('0') })
    expect(r.succeeds).toBe(false)
    expect(r.zones[1]).toMatchObject({ node: 1, allowed: false, decidingTerm: 'not-allowed' })
    expect([...(parseNodeList('0-2,5') ?? [])]).toEqual([0, 1, 2, 5])
    expect(parseNodeList('(null)')).toBeNull()
  })
})
