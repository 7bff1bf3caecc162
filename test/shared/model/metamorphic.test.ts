// Metamorphic checks of the zone verdicts: the same machine at twice the size, at sixteen times the size
// with 64 KB pages, or with its zones named as another architecture names them, gets the same verdicts.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import type { ZoneVerdict } from '../../../shared/model/types'
import { parseText } from '../../../shared/parse/parse-text'
import { GIVEN } from '../../support/given'
import { renameZones, scaleEvent } from './transform-event'

function events(dir: string, ext: string): { name: string; event: MemEvent }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .flatMap((f) =>
      parseText(`${dir}/${f}`, readFileSync(`${dir}/${f}`, 'utf8')).events.map((event) => ({
        name: `${f.slice(0, 3)} ${event.id}`,
        event,
      })),
    )
}

const all = [
  ...events(`${GIVEN}/corpus/public`, '.log'),
  ...events(`${GIVEN}/corpus/public-2`, '.log'),
  ...events(`${GIVEN}/seeds`, '.txt'),
].filter((e) => e.event.zones.some((z) => z.minKb !== null))

/**
 * The parts of a verdict that must not change, with the margin scaled; near-zero margins may round
 * either way. The order term does not scale: the check takes 2^order − 1 pages off free whatever the
 * machine size, so the margin scales with that many pages added back.
 */
function sameVerdicts(
  before: readonly ZoneVerdict[],
  after: readonly ZoneVerdict[],
  factor: number,
  pageKb: number,
  pageFactor = 1,
): void {
  expect(after.map((z) => z.label)).toEqual(before.map((z) => z.label))
  before.forEach((b, i) => {
    const a = after[i] as ZoneVerdict
    const held = (2 ** b.order.order - 1) * pageKb
    const expected =
      b.term === 'not-allowed' || b.term === 'unknown' ? 0 : factor * (b.marginKb + held) - held * pageFactor
    // The kernel's integer steps (⌊min/2⌋, ⌊share/4⌋) move a margin by a few pages.
    const slack = 4 * pageKb * pageFactor
    expect(a.allowed, b.label).toBe(b.allowed)
    expect(a.stage, b.label).toBe(b.stage)
    // Where the unscaled order term alone moves the margin across zero, the verdict rightly changes.
    const sameSide = Math.sign(expected) === Math.sign(b.marginKb) && Math.abs(b.marginKb) > slack
    if (Math.abs(expected) > slack && sameSide && b.term !== 'order') {
      expect(a.pass, b.label).toBe(b.pass)
      expect(a.term, b.label).toBe(b.term)
    }
    if (b.term === 'order' || b.term === 'not-allowed') expect(a.term, b.label).toBe(b.term)
    expect(Math.abs(a.marginKb - expected), b.label).toBeLessThanOrEqual(slack)
    expect(a.order.largestUsableOrder, b.label).toBe(b.order.largestUsableOrder)
  })
}

describe('zone verdicts under transformations', () => {
  it('has reports with zones to transform', () => {
    expect(all.length).toBeGreaterThan(20)
  })

  it.each(all.map((e) => [e.name, e.event] as const))(
    'keeps the verdicts of %s when every size doubles',
    (_, event) => {
      const before = analyzeModel(event).zoneVerdicts ?? []
      const after = analyzeModel(scaleEvent(event, 2)).zoneVerdicts ?? []
      sameVerdicts(before, after, 2, event.pageSizeKb)
    },
  )

  it.each(all.filter((e) => e.event.pageSizeKb === 4).map((e) => [e.name, e.event] as const))(
    'keeps the verdicts of %s at sixteen times the size with 64 KB pages',
    (_, event) => {
      const before = analyzeModel(event).zoneVerdicts ?? []
      const after = analyzeModel(scaleEvent(event, 16, 16)).zoneVerdicts ?? []
      sameVerdicts(before, after, 16, 4, 16)
    },
  )

  const single = all.filter((e) => e.event.zones.length === 1)
  const renames: readonly [string, string][] = [
    ['Normal', 'armv7l'],
    ['DMA32', 'riscv64'],
    ['Normal', 'aarch64'],
  ]
  it.each(single.flatMap((e) => renames.map(([name, arch]) => [e.name, name, arch, e.event] as const)))(
    'keeps the verdict of %s when its only zone is %s (%s)',
    (_, name, arch, event) => {
      const before = analyzeModel(event).zoneVerdicts ?? []
      const renamed = renameZones(event, { [event.zones[0]?.zone ?? '']: name }, arch)
      const after = analyzeModel(renamed).zoneVerdicts ?? []
      expect(after.map((z) => z.zone)).toEqual([name])
      const strip = (z: ZoneVerdict) => ({
        pass: z.pass,
        term: z.term,
        marginKb: z.marginKb,
        allowed: z.allowed,
        stage: z.stage,
      })
      expect(after.map(strip)).toEqual(before.map(strip))
    },
  )

  const highmem = all.filter((e) => e.event.zones.some((z) => z.zone === 'HighMem'))
  it.each(highmem.flatMap((e) => ['armv7l', 'mips', 'i686'].map((arch) => [e.name, arch, e.event] as const)))(
    'keeps the HighMem verdicts of %s on %s',
    (_, arch, event) => {
      const before = analyzeModel(event).zoneVerdicts ?? []
      const after = analyzeModel(renameZones(event, {}, arch)).zoneVerdicts ?? []
      sameVerdicts(before, after, 1, event.pageSizeKb)
    },
  )
})
