import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../shared/parse'
import { GIVEN } from '../support/given'

const SEEDS = `${GIVEN}/seeds`
const seed = (prefix: string): { file: string; text: string } => {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix)) ?? ''
  return { file, text: readFileSync(join(SEEDS, file), 'utf8') }
}
const parse = (prefix: string) => {
  const { file, text } = seed(prefix)
  return { ...parseText(file, text), text }
}

// Expected values read from the seed texts themselves (each is quoted in the seed's report).
describe('seed reports embedded in prose', () => {
  it('reads seed 000 (3.14 i386, python, pgd_alloc) as one OOM whose child was killed', () => {
    const { events, issues } = parse('000_')
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e).toMatchObject({
      kind: 'oom',
      host: 'ldr',
      kernelVersion: '3.14.24-wt-ldr-TC',
      arch: 'i386',
      pageSizeKb: 4,
    })
    expect(e.trigger).toMatchObject({ comm: 'python', pid: 593, gfpMask: '0x2084d0', order: 0, oomScoreAdj: 0 })
    expect(e.callTrace.map((f) => f.fn)).toContain('pgd_alloc')
    expect(e.selected).toMatchObject({ pid: 1386, comm: 'python', score: 2 })
    expect(e.killed).toMatchObject({ pid: 593, comm: 'python', totalVmKb: 18720, anonRssKb: 2184, fileRssKb: 656 })
    expect(e.zones.map((z) => [z.zone, z.freeKb, z.minKb])).toEqual([
      ['DMA', 3388, 64],
      ['Normal', 3556, 3672],
      ['HighMem', 1155752, 512],
    ])
    expect(e.zones[1]?.lowmemReserve).toEqual([0, 0, 9257, 9257])
    expect(e.zones[0]?.buddy?.types).toEqual(['UE', 'UEM', 'UM', 'UM', 'UMR', 'MR', 'ER', 'R', 'R', null, null])
    expect(e.perCpuPagesets?.map((p) => [p.zone, p.cpu, p.high, p.batch, p.count])).toEqual([
      ['DMA', 0, 0, 1, 0],
      ['DMA', 1, 0, 1, 0],
      ['Normal', 0, 186, 31, 179],
      ['Normal', 1, 186, 31, 130],
      ['HighMem', 0, 186, 31, 6],
      ['HighMem', 1, 186, 31, 51],
    ])
    expect(e.tasks).toHaveLength(31)
    expect(e.tasks[0]).toMatchObject({
      pid: 301,
      nrPtes: 3,
      nrPmds: null,
      pgtablesBytes: null,
      name: 'upstart-udev-br',
    })
    expect(e.swap).toEqual({ totalKb: 0, freeKb: 0 })
    // The two zone lines quoted again in the question's prose are reported, not merged.
    expect(issues.filter((i) => i.code === 'orphan-report-line').map((i) => i.line)).toEqual([98, 100])
    expect(issues.some((i) => i.code === 'year-unknown')).toBe(true)
  })

  it('reads seed 001 (4.9 csky) as an order-10 GFP_ATOMIC allocation failure despite the annotations', () => {
    const { events } = parse('001_')
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e).toMatchObject({ kind: 'alloc-failure', arch: 'csky', kernelVersion: '4.9.56', line: 782 })
    expect(e.trigger).toMatchObject({
      comm: 'xxxx',
      pid: 179,
      gfpMask: '0x2084020',
      gfpPrintedNames: ['GFP_ATOMIC', '__GFP_COMP'],
      order: 10,
    })
    expect(e.zones).toHaveLength(1)
    expect(e.zones[0]).toMatchObject({ zone: 'Normal', freeKb: 248344, freeCmaKb: 240936 })
    expect(e.zones[0]?.buddy?.counts).toEqual([4, 3, 3, 2, 2, 2, 2, 1, 3, 3, 58])
    expect(e.counters).toMatchObject({ free: 62086, free_cma: 60234 })
    expect(e.ram).toMatchObject({ totalPages: 262143, reservedPages: 78501, cmaReservedPages: 90112 })
    expect(e.pagecachePages).toBe(90573)
  })

  it("splits seed 002's collapsed one-line paste back into its report", () => {
    const { events, text } = parse('002_')
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e).toMatchObject({ kind: 'oom', host: '<host>', line: 4, uptime: 53542.948247, arch: 'x86_64' })
    expect(e.trigger).toMatchObject({ comm: 'tor', pid: 1439, gfpMask: '0x24201ca', order: 0, nodemask: '0' })
    expect(e.killed).toMatchObject({ pid: 1439, comm: 'tor', anonRssKb: 374956 })
    expect(e.reaper).toMatchObject({ pid: 1439 })
    expect(e.tasks).toHaveLength(14)
    expect(e.zones.map((z) => [z.zone, z.freeKb, z.minKb])).toEqual([
      ['DMA', 4124, 716],
      ['DMA32', 44288, 44336],
    ])
    // Every segment keeps physical line 4 and is verbatim text of that line.
    const line4 = text.split('\n')[3] ?? ''
    expect(e.lines.every((l) => l.line === 4 && line4.includes(l.text))).toBe(true)
    expect(e.lines.length).toBeGreaterThan(60)
  })

  it('reads seed 003 (4.10) up to the kill choice, which names no separate victim', () => {
    const { events } = parse('003_')
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e.trigger).toMatchObject({ comm: 'Test06Unlimited', pid: 253, gfpMask: '0x14280ca', order: 0 })
    expect(e.selected).toMatchObject({ pid: 253, score: 888 })
    expect(e.killed).toBeNull()
    expect(e.tasks.map((t) => [t.pid, t.rss, t.nrPtes, t.nrPmds])).toEqual([
      [112, 596, 17, 3],
      [241, 425, 8, 3],
      [253, 312881, 155953, 307],
    ])
  })

  it('reads seed 004 as a 64 KB-page arm64 panic_on_oom report', () => {
    const { events, issues } = parse('004_')
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e).toMatchObject({
      kind: 'oom',
      arch: 'arm64',
      pageSizeKb: 64,
      pageSizeFrom: 'buddy',
      kernelVersion: '5.4.74',
    })
    expect(e.trigger).toMatchObject({ comm: 'oncealloc2', pid: 1440, gfpMask: '0x100cca', order: 0 })
    expect(e.panic?.message).toBe('Out of memory: compulsory panic_on_oom is enabled')
    expect(e.zones).toHaveLength(1)
    expect(e.zones[0]).toMatchObject({
      zone: 'DMA32',
      freeKb: 613120,
      minKb: 91584,
      freeCmaKb: 523776,
      managedKb: 1996672,
    })
    expect(e.zones[0]?.buddy?.counts).toEqual([12, 10, 5, 5, 5, 4, 3, 1, 3, 2, 1, 1, 1, 0])
    expect(e.zones[0]?.buddy?.order0Kb).toBe(64)
    expect(e.tasks).toHaveLength(11)
    expect(e.hugepages.map((h) => h.sizeKb)).toEqual([16777216, 524288, 2048])
    // The zone line quoted before the report (line 18) is an orphan, not a second event.
    expect(issues.find((i) => i.code === 'orphan-report-line')?.line).toBe(18)
  })
})
