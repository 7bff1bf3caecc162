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
    const [f] = periodicOom(events, [], 'en')
    expect(f?.detail).toMatch(/^3 OOM events about every 3,630 s \(intervals 3,600–3,660 s\)/)
    expect(f?.evidence).toHaveLength(3)
  })

  it('stays silent when the intervals differ by more than a quarter', () => {
    const events = [at(a!, '2024-01-01T00:00:00Z'), at(b!, '2024-01-01T00:01:00Z'), at(c!, '2024-01-01T02:00:00Z')]
    expect(periodicOom(events, [], 'en')).toEqual([])
  })

  it('leaves out a report whose time cannot be read when one stamp is impossible', () => {
    const events = [at(a!, '2024-01-01T00:00:00Z'), at(b!, '2024-01-01T01:00:00Z'), at(c!, '2024-02-30T99:99:99')]
    expect(periodicOom(events, [], 'en')).toEqual([])
  })

  it('stays silent when the reports carry no time', () => {
    expect(eventsOf(corpusPath('011')).every((e) => e.time === null && e.uptime === null)).toBe(true)
    expect(periodicOom(eventsOf(corpusPath('011')), [], 'en')).toEqual([])
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
    const [f] = memoryLeakTrend(events, [], 'en')
    expect(f?.code).toBe('memory-leak-trend')
    expect(f?.detail).toMatch(/^slab_unreclaimable grew at every one of 3 measurements, from 15,028 kB/)
    expect(f?.detail).toContain('in 12.0 h')
  })

  it('stays silent when one step goes the other way', () => {
    const events = [
      withSlab('2024-01-01T00:00:00Z', 3757),
      withSlab('2024-01-01T06:00:00Z', 70000),
      withSlab('2024-01-01T12:00:00Z', 60000),
    ]
    expect(memoryLeakTrend(events, [], 'en')).toEqual([])
  })

  // Series of /proc/meminfo snapshots: memory-leak-trend.test.ts.
})
