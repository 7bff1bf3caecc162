import { describe, expect, it } from 'vitest'
import { analyzeModel } from '../../../shared/model/index'
import { memoryBalance } from '../../../shared/model/memory-balance'
import { corpus2Event, corpusEvent, seedEvent } from './seed-events'

describe('memory balance', () => {
  it('keeps one ledger per zone where the zone lines carry slab (103, 3.10) and sums them for the machine', () => {
    const b = memoryBalance(corpus2Event('103'))
    expect(b.scope).toBe('zone')
    expect(b.ledgers.map((l) => l.zone)).toEqual(['DMA', 'DMA32', 'Normal'])
    expect(b.total?.managedKb).toBe(b.ledgers.reduce((s, l) => s + l.managedKb, 0))
    for (const l of b.ledgers) expect(l.unaccountedKb).toBe(l.managedKb - l.countedKb)
  })

  it('reads 2.6\'s combined slab: counter (010, 2.6.30) into one global ledger', () => {
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
      expect.objectContaining({ kind: 'cma-held', kb: 196020, accounting: 'bound' }),
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
})
