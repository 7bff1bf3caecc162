import { describe, expect, it } from 'vitest'
import { analyzeModel } from '../../../shared/model/index'
import { memoryBalance } from '../../../shared/model/memory-balance'
import type { MemEvent } from '../../../shared/event/types'
import { corpus2Event, corpusEvent, seedEvent } from './seed-events'
import { scaleEvent } from './transform-event'

describe('memory balance', () => {
  it('keeps one ledger per zone where the zone lines carry slab (103, 3.10) and sums them for the machine', () => {
    const b = memoryBalance(corpus2Event('103'))
    expect(b.scope).toBe('zone')
    expect(b.ledgers.map((l) => l.zone)).toEqual(['DMA', 'DMA32', 'Normal'])
    expect(b.total?.managedKb).toBe(b.ledgers.reduce((s, l) => s + l.managedKb, 0))
    for (const l of b.ledgers) expect(l.unaccountedKb).toBe(l.managedKb - l.countedKb)
  })

  it("reads 2.6's combined slab: counter (010, 2.6.30) into one global ledger", () => {
    const b = memoryBalance(corpusEvent('010'))
    expect(b.scope).toBe('global')
    expect(b.slab).toMatchObject({ from: 'combined', combinedKb: 55104, reclaimableKb: null })
    expect(b.total?.buckets.find((x) => x.name === 'slab')?.kb).toBe(55104)
  })

  it('names the caches of the Unreclaimable slab info: table, largest first (111, 5.8)', () => {
    const b = memoryBalance(corpus2Event('111', 1))
    expect(b.slab.from).toBe('counters')
    expect(b.slab.topCaches[0]).toMatchObject({ name: 'RAWv6', totalKb: 78 })
    expect(b.slab.tableTotalKb).toBe(210)
    // bpf maps (vmalloc) sit in no counter: most of the 2 GB machine is unaccounted.
    expect(b.total?.unaccountedKb).toBe(1743980)
  })

  it('names holders of memory outside the counters: a balloon (seed 002), CMA in use (113), zswap (112)', () => {
    expect(memoryBalance(seedEvent('002')).holders).toEqual([
      { kind: 'balloon', name: 'virtio_balloon', kb: null, accounting: 'uncounted', at: [11] },
    ])
    expect(memoryBalance(corpus2Event('113')).holders).toEqual([
      expect.objectContaining({ kind: 'cma-held', kb: 196020, accounting: 'counted' }),
    ])
    expect(memoryBalance(corpus2Event('112')).holders.map((h) => h.kind)).toContain('zswap')
  })

  it('counts every counter machine-wide with the lines it came from, and is part of the model', () => {
    const event = corpusEvent('022')
    const b = analyzeModel(event).memoryBalance
    expect(b?.counters?.['shmem']?.kb).toBe((event.counters['shmem'] ?? 0) * 4)
    expect(b?.counters?.['kernel_stack']?.at.length).toBeGreaterThan(0)
    expect(b?.freeFrom).toBe('global')
    expect(b?.managed?.kb).toBe(b?.total?.managedKb)
  })

  it('keeps a lowmem ledger for a 32-bit HighMem machine whose zone lines carry no slab (116, i386 2.6.24)', () => {
    const b = memoryBalance(corpus2Event('116'))
    // The machine-wide ledger (RAM − reserved) sees only 80 MB in no counter: HighMem hides lowmem.
    expect(b.total?.unaccountedKb).toBe(80392)
    const l = b.lowmem
    expect(l).toMatchObject({
      scope: 'lowmem',
      zones: ['DMA', 'Normal'],
      managedFrom: 'freesize',
      managedKb: 16256 + 894080,
    })
    const kb = (name: string): number | undefined => l?.buckets.find((x) => x.name === name)?.kb
    expect(kb('free')).toBe(3536 + 3732)
    expect(kb('inactive')).toBe(152) // the lowmem zones' LRU, not the machine's 2.3 GB
    expect(kb('slab')).toBe(11726 * 4) // all slab is lowmem
    expect(kb('pagetables')).toBe(1265 * 4)
    // HighMem's mem_map lives in lowmem: 819200 spanned HighMem pages × 32 bytes.
    expect(kb('memmap_highmem')).toBe(6400 * 4)
    expect(l?.unaccountedKb).toBe(825352)
  })

  it("sizes HighMem's mem_map by the page size when 116 is read with 16 kB pages (same page count, 4 × the memory)", () => {
    const l = memoryBalance(scaleEvent(corpus2Event('116'), 4, 4)).lowmem
    // 819200 pages of 16 kB: the map is 819200 × 32 bytes = 1600 pages of 16 kB, the same 25,600 kB.
    expect(l?.buckets.find((x) => x.name === 'memmap_highmem')?.kb).toBe(25600)
    expect(l?.unaccountedKb).toBe(4 * (825352 + 25600) - 25600)
  })

  it('keeps no lowmem ledger where per-zone ledgers exist (seed 000, 3.14) or there is no HighMem (010)', () => {
    expect(memoryBalance(seedEvent('000')).lowmem).toBeNull()
    expect(memoryBalance(corpusEvent('010')).lowmem).toBeNull()
  })

  it("sizes lowmem from the model's fit when 005's zone lines are cut before their size, and marks the ledger partial", () => {
    const event = corpusEvent('005')
    expect(event.zones.every((z) => z.managedKb === null && z.presentKb === null)).toBe(true)
    const l = analyzeModel(event).memoryBalance?.lowmem
    expect(l).toMatchObject({ managedFrom: 'fitted', partial: true, zones: ['DMA', 'Normal'] })
    expect(l?.managedKb).toBe(analyzeModel(event).minFree?.lowmemKb)
    expect(l?.buckets.find((b) => b.name === 'slab_reclaimable')?.kb).toBe(127609 * 4)
    // Without the model's sizes a cut line gives no ledger.
    expect(memoryBalance(event).lowmem).toBeNull()
  })

  it('gives the combined LRU of a kernel that does not split anon and file (108, 2.6.24), and the split one of 010', () => {
    const old = memoryBalance(corpus2Event('108'))
    expect(old.anonKb).toBeNull()
    expect(old.lru).toMatchObject({ split: false, combinedKb: 1959060, unevictableKb: null })
    const event = corpus2Event('108')
    expect(old.lru?.combinedKb).toBe(
      ((event.counters['Active'] ?? event.counters['active'] ?? 0) + (event.counters['inactive'] ?? 0)) * 4,
    )
    // The same machine ×2: the same reading, twice the amount.
    expect(memoryBalance(scaleEvent(event, 2)).lru?.combinedKb).toBe(2 * 1959060)
    const split = memoryBalance(corpusEvent('010'))
    expect(split.lru).toMatchObject({ split: true, unevictableKb: 45288 })
    expect(split.lru?.combinedKb).toBe((split.anonKb ?? 0) + (split.shmemKb ?? 0) + (split.fileKb ?? 0))
  })

  it("keeps the smaller shmem when 115's 4.9 summary (shmem:156254 pages) contradicts its node line (shmem:0kB)", () => {
    const event = corpus2Event('115')
    const b = memoryBalance(event)
    expect(b.shmemConflict).toMatchObject({ summaryKb: 156254 * 4, nodesKb: 0 })
    expect(b.shmemKb).toBe(0)
    // anon is the whole anon LRU then, not 610 MB less.
    const lru = ['active_anon', 'inactive_anon', 'isolated_anon'].reduce((s, k) => s + (event.counters[k] ?? 0) * 4, 0)
    expect(b.anonKb).toBe(lru)
    // The same report whose node line agrees with its summary: no conflict, the summary's figure.
    const agreeing: MemEvent = {
      ...event,
      nodes: event.nodes.map((n) => ({ ...n, fields: { ...n.fields, shmem: 156254 * 4 } })),
    }
    expect(memoryBalance(agreeing)).toMatchObject({ shmemConflict: null, shmemKb: 156254 * 4 })
  })

  it("attributes 113's CMA area in use (reserved − free CMA) to the CMA holder, as a bound, before calling memory unexplained", () => {
    const event = corpus2Event('113')
    const total = memoryBalance(event).total
    // 49152 reserved pages − 147 free CMA pages, all of it within what no counter explains.
    expect(total?.buckets.find((b) => b.name === 'cma_in_use')).toMatchObject({ kb: (49152 - 147) * 4, bound: true })
    expect(total?.unaccountedKb).toBe(685024 - 196020)
    // Without the reservation line nothing can be attributed: the whole rest stays unaccounted.
    const noCma: MemEvent = { ...event, ram: { ...event.ram, cmaReservedPages: null } }
    expect(memoryBalance(noCma).total?.unaccountedKb).toBe(685024)
    // The same phone with twice the memory: twice the attribution.
    expect(memoryBalance(scaleEvent(event, 2)).total?.buckets.find((b) => b.name === 'cma_in_use')?.kb).toBe(2 * 196020)
  })

  it("names the pages 116's drivers marked reserved after boot: show_mem's page walk counts 401,046 beyond holes and mem_map", () => {
    const event = corpus2Event('116')
    // 1048576 pages of RAM, 1040384 of them in the zones' present: 8192 outside (HighMem's and the zones' mem_map).
    expect(memoryBalance(event).holders).toContainEqual(
      expect.objectContaining({ kind: 'reserved', kb: (409238 - 8192) * 4, accounting: 'bound' }),
    )
    // A machine whose reserved pages are only those outside present: nothing marked later.
    const clean: MemEvent = { ...event, ram: { ...event.ram, reservedPages: 8192 } }
    expect(memoryBalance(clean).holders.map((h) => h.kind)).not.toContain('reserved')
  })
})

describe('memory balance of cut Mem-Info counters', () => {
  it('calls the machine ledger partial when the counter lines lost their free: (its remainder an upper bound), whole otherwise', () => {
    const event = corpusEvent('010') // 2.6.30: one global ledger
    const whole = memoryBalance(event).total
    expect(whole?.scope).toBe('global')
    expect(whole?.partial).not.toBe(true)
    const { free: _free, ...counters } = event.counters
    const cut = memoryBalance({ ...event, counters }).total
    expect(cut?.partial).toBe(true)
    expect(cut?.unaccountedKb).toBeGreaterThan(whole?.unaccountedKb ?? 0)
  })
})
