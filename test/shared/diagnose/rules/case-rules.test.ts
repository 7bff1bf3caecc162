import { describe, expect, it } from 'vitest'
import { memoryLeakTrend } from '../../../../shared/diagnose/rules/memory-leak-trend'
import { periodicOom } from '../../../../shared/diagnose/rules/periodic-oom'
import type { MemEvent } from '../../../../shared/event/types'
import { corpusPath, eventsOf, seedPath } from '../real-events'

// Real reports, re-stamped: the interval logic is what is under test, the reports stay real.
const at = (event: MemEvent, iso: string): MemEvent => ({ ...event, time: iso })

describe('periodic-oom', () => {
  const [a, b, c] = eventsOf(corpusPath('011'))

  it('finds a period when three OOMs come an hour apart', () => {
    const events = [at(a!, '2024-01-01T00:00:00Z'), at(b!, '2024-01-01T01:00:00Z'), at(c!, '2024-01-01T02:01:00Z')]
    const [f] = periodicOom(events)
    expect(f?.params).toEqual({ count: 3, period: 3630, min: 3600, max: 3660 })
    expect(f?.evidence).toHaveLength(3)
  })

  it('stays silent when the intervals differ by more than a quarter', () => {
    const events = [at(a!, '2024-01-01T00:00:00Z'), at(b!, '2024-01-01T00:01:00Z'), at(c!, '2024-01-01T02:00:00Z')]
    expect(periodicOom(events)).toEqual([])
  })

  it('leaves out a report whose time cannot be read when one stamp is impossible', () => {
    const events = [at(a!, '2024-01-01T00:00:00Z'), at(b!, '2024-01-01T01:00:00Z'), at(c!, '2024-02-30T99:99:99')]
    expect(periodicOom(events)).toEqual([])
  })

  it('stays silent when the reports carry no time', () => {
    expect(eventsOf(corpusPath('011')).every((e) => e.time === null && e.uptime === null)).toBe(true)
    expect(periodicOom(eventsOf(corpusPath('011')))).toEqual([])
  })
})

describe('memory-leak-trend', () => {
  const base = eventsOf(seedPath('000'))[0]!
  const withSlab = (iso: string, pages: number): MemEvent => ({
    ...at(base, iso),
    counters: { ...base.counters, slab_unreclaimable: pages },
  })

  it('finds unreclaimable slab growing at every report when three reports grow by 10 % of memory', () => {
    const events = [
      withSlab('2024-01-01T00:00:00Z', 3757),
      withSlab('2024-01-01T06:00:00Z', 40000),
      withSlab('2024-01-01T12:00:00Z', 60000),
    ]
    const [f] = memoryLeakTrend(events, [])
    expect(f?.code).toBe('memory-leak-trend')
    expect(f?.detailKey).toBe('finding.memory-leak-trend.detail-slab')
    expect(f?.params).toMatchObject({ name: 'slab_unreclaimable', count: 3, from: 15028, to: 240000, hours: 12 })
  })

  it('stays silent when one step goes the other way', () => {
    const events = [
      withSlab('2024-01-01T00:00:00Z', 3757),
      withSlab('2024-01-01T06:00:00Z', 70000),
      withSlab('2024-01-01T12:00:00Z', 60000),
    ]
    expect(memoryLeakTrend(events, [])).toEqual([])
  })

  // Series of /proc/meminfo snapshots: memory-leak-trend.test.ts.
})
