import { describe, expect, it } from 'vitest'
import { accountingWaterfall, bucketKb } from '../../../shared/diagnose/accounting'
import { corpusPath, firstEvent, seedPath } from './real-events'

describe('accounting', () => {
  it('finds 831,100 kB of Normal in no counter when the 3.14 zone lines of seed 000 print every counter per zone', () => {
    const falls = accountingWaterfall(firstEvent(seedPath('000')))
    expect(falls.map((w) => [w.scope, w.zone])).toEqual([
      ['zone', 'DMA'],
      ['zone', 'Normal'],
      ['zone', 'HighMem'],
    ])
    const normal = falls[1]
    expect(normal?.managedKb).toBe(860136)
    expect(normal?.countedKb).toBe(29036) // free 3556 + LRU 4328 + slab 20204 + kernel_stack 744 + pagetables 204
    expect(normal?.unaccountedKb).toBe(831100)
    expect(falls[2]?.unaccountedKb).toBe(636) // HighMem is fully explained
  })

  it('never adds counters that overlap a bucket when the zone line prints mlocked, mapped, shmem and free_cma', () => {
    const normal = accountingWaterfall(firstEvent(seedPath('000')))[1]
    expect(normal?.excluded).toEqual(
      expect.arrayContaining(['mlocked', 'mapped', 'shmem', 'dirty', 'writeback', 'free_cma']),
    )
    expect(normal?.buckets.map((b) => b.name)).not.toContain('mlocked')
    expect(normal?.buckets.map((b) => b.name)).not.toContain('shmem')
  })

  it('counts free_pcp and finds 374,144 kB missing from DMA32 when seed 002 (4.9) has a balloon', () => {
    const dma32 = accountingWaterfall(firstEvent(seedPath('002'))).find((w) => w.zone === 'DMA32')
    expect(bucketKb(dma32!, ['free_pcp'])).toBe(356)
    expect(dma32?.unaccountedKb).toBe(374144)
  })

  it('falls back to one global waterfall with 64 kB pages when the 5.4 zone lines of seed 004 print no slab', () => {
    const falls = accountingWaterfall(firstEvent(seedPath('004')))
    expect(falls).toHaveLength(1)
    const global = falls[0]!
    expect(global.scope).toBe('global')
    expect(global.managedKb).toBe(1996672)
    expect(bucketKb(global, ['free'])).toBe(9580 * 64)
    expect(bucketKb(global, ['kernel_stack'])).toBe(5760) // only on the zone line in 5.4
    expect(global.unaccountedKb).toBe(20416)
  })

  it('takes kernel_stack and sec_pagetables from where 6.19 prints them when the global block lacks them', () => {
    const global = accountingWaterfall(firstEvent(corpusPath('032')))[0]!
    expect(global.scope).toBe('global')
    expect(bucketKb(global, ['kernel_stack'])).toBe(31616) // node line
    expect(bucketKb(global, ['sec_pagetables'])).toBe(733 * 4) // global block, pages
    expect(global.managedKb).toBe(15364 + 2931416 + 9346788)
  })

  it('uses pages RAM minus pages reserved when 2.6.30 zone lines print no managed', () => {
    const global = accountingWaterfall(firstEvent(corpusPath('010')))[0]!
    expect(global.managedFrom).toBe('ram-minus-reserved')
    expect(global.managedKb).toBe((507136 - 23325) * 4)
    expect(bucketKb(global, ['slab'])).toBe(13776 * 4) // the old combined slab counter
  })
})
