import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import { memcgFacts } from '../../../shared/model/memcg-facts'
import { createEventParser } from '../../../shared/parse/create-event-parser'
import { GIVEN } from '../../support/given'
import { corpus2Event, corpusEvent, seedEvent } from './seed-events'

describe('memcg facts', () => {
  it('names memory+swap when the v1 memsw counter sits at its limit (110: memory 53824 of 102400 kB)', () => {
    expect(memcgFacts(corpus2Event('110'))).toMatchObject({
      version: 'v1',
      limitHit: 'memory+swap',
      limitFrom: 'usage-at-limit',
      canSwap: false,
      reclaimableKb: 16,
    })
  })

  it("splits 009's v1 usage by its KB stats: rss, cache, the kmem line, the swap stat", () => {
    expect(memcgFacts(corpusEvent('009'))?.composition).toMatchObject({
      anonKb: 516948,
      kernelKb: 7260,
      swappedKb: 2068268,
    })
  })

  it('names the memory limit for v1 with unlimited memsw (009) and memory.max for v2 (019)', () => {
    expect(memcgFacts(corpusEvent('009'))).toMatchObject({
      version: 'v1',
      limitHit: 'memory',
      anonKb: 516948,
      fileKb: 44,
    })
    expect(memcgFacts(corpusEvent('019'))).toMatchObject({
      version: 'v2',
      limitHit: 'memory',
      usageKb: 1024,
      limitKb: 1024,
    })
  })

  it('reads 101 as cgroup v2 from its `swap:` line: memory.max hit, the full swap.max is no memory+swap limit', () => {
    const event = corpus2Event('101')
    expect(event.memcg?.printedCounters).toEqual(['memory', 'swap'])
    expect(memcgFacts(event)).toMatchObject({
      version: 'v2',
      limitHit: 'memory',
      swapUsageKb: 8192,
      swapLimitKb: 8192,
      canSwap: false,
    })
    // memory.stat in bytes; the group's own swap from its `swap:` line.
    expect(memcgFacts(event)?.composition).toEqual({
      anonKb: 7688192 / 1024,
      pageCacheKb: 49152 / 1024,
      kernelKb: (32768 + 189840 + 0 + 110592) / 1024,
      swappedKb: 8192,
    })
    // The same report cut before its memory.stat block: the usage lines still say v2.
    const cut: MemEvent = { ...event, memcg: { ...event.memcg!, stat: {} } }
    expect(memcgFacts(cut)).toMatchObject({ version: 'v2', limitHit: 'memory', composition: null })
  })

  it('reads 110 as cgroup v1 from its `memory+swap:` and `kmem:` lines, with or without its stats', () => {
    const event = corpus2Event('110')
    expect(event.memcg?.printedCounters).toEqual(expect.arrayContaining(['memory', 'memory+swap']))
    const cut: MemEvent = { ...event, memcg: { ...event.memcg!, stat: {} } }
    expect(memcgFacts(cut)).toMatchObject({ version: 'v1', limitHit: 'memory+swap' })
  })

  it('says nothing for a global OOM', () => {
    expect(memcgFacts(seedEvent('000'))).toBeNull()
  })
})

describe('min_free_kbytes facts', () => {
  it("reads THP's value with a 2 MB pageblock on 022 and the pre-5.7 default bound", () => {
    expect(analyzeModel(corpusEvent('022')).minFree).toMatchObject({
      source: 'thp',
      inferredKb: 67584,
      thpPageblockKb: 2048,
      thpZones: 3,
      defaultKb: 16163,
      defaultUpperKb: 65536,
    })
  })

  it('uses 512 MB pageblocks with 64 KB pages, capped at 5 % of lowmem (seed 004)', () => {
    expect(analyzeModel(seedEvent('004')).minFree).toMatchObject({
      thpPageblockKb: 524288,
      thpCapped: true,
      source: 'user',
    })
  })

  it("finds pageblock order 10 (no hugetlb) in 111's THP value and the 5.7+ bound", () => {
    expect(analyzeModel(corpus2Event('111', 1)).minFree).toMatchObject({
      source: 'thp',
      inferredKb: 90112,
      thpPageblockKb: 4096,
      defaultUpperKb: 262144,
    })
  })
})

describe('what the fit reads', () => {
  it("solves 104's DMA32 size at boot from the zone shares (managed grew after the watermarks were set)", () => {
    const m = analyzeModel(corpus2Event('104'))
    expect(m.zones.map((z) => [z.minKb, z.lowKb, z.highKb])).toEqual([
      [2804, 4804, 6804],
      [8608, 14752, 20896],
    ])
    expect(m.zoneVerdicts?.every((z) => z.origin === 'replayed')).toBe(true)
  })

  it("finds 111's DMA32 boost of four 512-page pageblocks", () => {
    expect(analyzeModel(corpus2Event('111', 1)).zones.map((z) => z.boostKb)).toEqual([0, 8192])
  })

  it("reads an Android extra_free_kbytes in 113's low/high", () => {
    expect(analyzeModel(corpus2Event('113')).zones[0]).toMatchObject({ minKb: 7244, lowKb: 68892, highKb: 72180 })
  })

  it("recovers the sizes of 005's zone lines cut before managed from lowmem_reserve and the RAM totals", () => {
    const m = analyzeModel(corpusEvent('005'))
    expect(m.zones.map((z) => [z.minKb, z.lowKb, z.highKb])).toEqual([
      [788, 984, 1180],
      [38828, 48532, 58236],
      [512, 88240, 175968],
    ])
    expect(m.zoneVerdicts?.map((z) => z.flags.map((f) => f.code))).toEqual([
      ['missing-size'],
      ['missing-size'],
      ['missing-size'],
    ])
  })

  it("recomputes 022's DMA reserve from the boot sizes its rows record, 17069 pages below today's", () => {
    expect(analyzeModel(corpusEvent('022')).reserveChecks?.[0]).toMatchObject({
      zone: 'DMA',
      within: true,
      sizesFrom: 'boot-estimate',
      driftPages: 17069,
    })
  })
})

const seedPath000 = (): string => `${GIVEN}/seeds/${readdirSync(`${GIVEN}/seeds`).find((f) => f.startsWith('000'))}`

describe('outcome and victim notes', () => {
  it("says 033's passing Normal is within what the counters move between check and printout", () => {
    expect(analyzeModel(corpusEvent('033')).outcomeCheck).toMatchObject({ verdict: 'numbers-moved', marginKb: 968 })
  })

  it('predicts no victim from a table that lost the killed task (124) or has a snip marker', () => {
    const m = analyzeModel(corpus2Event('124'))
    expect(m.predictedVictim).toBeNull()
    expect(m.victimNote?.code).toBe('incomplete-table')
    const event = seedEvent('000')
    const last = Math.max(...event.tasks.map((t) => t.at))
    const lines = event.lines.map((l, i) =>
      i === last - 1 ? { ...l, message: '<...snip...>', text: '<...snip...>' } : l,
    )
    const snipped = analyzeModel({ ...event, lines })
    expect(snipped.predictedVictim).toBeNull()
    expect(snipped.victimNote?.code).toBe('snipped-table')
  })

  it("predicts none, and says why, when the parser's memory bound kept only the first task rows of seed 000", () => {
    const whole = seedEvent('000')
    const firstRow = Math.min(...whole.tasks.map((t) => t.at))
    const events: MemEvent[] = []
    const parser = createEventParser({
      onEvent: (e) => events.push(e),
      onIssue: () => undefined,
      maxReportLines: firstRow + 3,
    })
    readFileSync(seedPath000(), 'utf8')
      .split('\n')
      .forEach((text, i) => parser.push({ path: 'seed-000', line: i + 1, text }))
    parser.finish()
    const bounded = events.find((e) => e.tasks.length > 0)!
    expect(bounded.omitted?.taskRows).toBe(whole.tasks.length - 3)
    const m = analyzeModel(bounded)
    expect(m.predictedVictim).toBeNull()
    expect(m.victimNote).toMatchObject({ code: 'rows-omitted', rowsOmitted: whole.tasks.length - 3 })
    expect(analyzeModel(whole).predictedVictim).not.toBeNull()
  })

  it("predicts none from 111's first report, cut to its last task row and kill, and from a partial report without its table header", () => {
    const m = analyzeModel(corpus2Event('111'))
    expect(corpus2Event('111').partial).toBe(true)
    expect([m.predictedVictim, m.victimNote?.code]).toEqual([null, 'partial-table'])
    // Seed 000 as if its first lines were cut: with its table header still in it the table is whole.
    const event = seedEvent('000')
    expect(analyzeModel({ ...event, partial: true }).predictedVictim?.pid).toBe(
      analyzeModel(event).predictedVictim?.pid,
    )
    expect(analyzeModel({ ...event, partial: true, taskColumns: null }).victimNote?.code).toBe('partial-table')
  })

  it("reports a tie with the version's rule", () => {
    const event = seedEvent('000')
    const top = [...event.tasks].sort((a, b) => (b.rss ?? 0) - (a.rss ?? 0))[0]
    const twin = top ? { ...top, pid: 999999, at: top.at } : null
    const tied = analyzeModel({ ...event, tasks: twin ? [...event.tasks, twin] : event.tasks })
    expect(tied.victimNote).toMatchObject({ code: 'tie', tieRule: 'first-wins' })
    expect(tied.victimNote?.tiedPids).toContain(999999)
  })
})

describe('absurd values', () => {
  it('flags an underflowed managed and a min of 10^14 kB, and still gives the zone a verdict', () => {
    const event = seedEvent('000')
    const [first, ...rest] = event.zones
    if (!first) throw new Error('seed 000 has zones')
    const broken: MemEvent = {
      ...event,
      zones: [{ ...first, managedKb: 2 ** 50, minKb: 1e14, lowKb: 1e14 + 4, highKb: 1e14 + 8 }, ...rest],
    }
    const m = analyzeModel(broken)
    const dma = m.zoneVerdicts?.[0]
    expect(dma?.flags.map((f) => f.code)).toEqual([
      'absurd-managed',
      'absurd-watermark',
      'absurd-watermark',
      'absurd-watermark',
    ])
    expect(dma?.pass).toBe(false)
    expect(dma?.term).not.toBe('unknown')
    expect(m.anomalies?.map((a) => a.where)).toEqual(['DMA', 'DMA', 'DMA', 'DMA'])
    // The other zones are still recomputed from their own sizes.
    expect(m.zoneVerdicts?.slice(1).every((z) => z.origin === 'replayed')).toBe(true)
  })
})

describe('boot log', () => {
  it('recomputes the reserve exactly when the log says how much memory joined managed after boot', () => {
    // Seed 003 (DMA32 grew since boot): its DMA row records 1945 × 256 .. + 255 pages of DMA32.
    const event = seedEvent('003')
    const dma32 = event.zones.find((z) => z.zone === 'DMA32')
    const grownPages = (dma32?.managedKb ?? 0) / 4 - (1945 * 256 + 100)
    const line = {
      line: 0,
      text: `Freeing initrd memory: ${grownPages * 4}K`,
      message: `Freeing initrd memory: ${grownPages * 4}K`,
    }
    const m = analyzeModel({ ...event, lines: [...event.lines, line] })
    expect(m.reserveChecks?.find((r) => r.zone === 'DMA')).toMatchObject({
      within: true,
      sizesFrom: 'boot-log',
      driftPages: grownPages,
    })
    // Without the line the same row is read from the boot sizes it records.
    expect(analyzeModel(event).reserveChecks?.find((r) => r.zone === 'DMA')?.sizesFrom).toBe('boot-estimate')
  })
})
