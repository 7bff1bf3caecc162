import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../../shared/diagnose/index'
import type { MemEvent } from '../../../../shared/event/types'
import { analyzeModel } from '../../../../shared/model/index'
import { analyse, corpusPath } from '../real-events'
import { phraseParams } from '../../../support/finding-phrases'

/** 111's second report with one cache of its Unreclaimable slab table grown by `kb` (and the counter with it). */
function withLeakingCache(kb: number): MemEvent {
  const [, second] = analyse(corpusPath('111'))
  const event = second!.event
  const table = event.unreclaimableSlab ?? []
  const leaking = table[0]!
  return {
    ...event,
    counters: {
      ...event.counters,
      slab_unreclaimable: (event.counters['slab_unreclaimable'] ?? 0) + kb / event.pageSizeKb,
    },
    unreclaimableSlab: [{ ...leaking, usedKb: leaking.usedKb + kb, totalKb: leaking.totalKb + kb }, ...table.slice(1)],
  }
}

describe('slab-bloat', () => {
  it('stays silent when 111 holds 122 MB of unreclaimable slab on a 2 GB guest (6 %)', () => {
    for (const a of analyse(corpusPath('111'))) expect(a.findings.map((f) => f.code)).not.toContain('slab-bloat')
  })

  it('names the cache of the Unreclaimable slab table that holds it when one cache grows to 900 MB', () => {
    const event = withLeakingCache(900 * 1024)
    const f = diagnoseEvent(event, analyzeModel(event), 'en').find((x) => x.code === 'slab-bloat')
    expect(phraseParams(f!, 'phrase.slab-cache')).toMatchObject({ name: '9p-fcall-cache', kb: 32 + 900 * 1024 })
    expect(f?.facts?.find((x) => x.name === '9p-fcall-cache size')?.value).toBe(32 + 900 * 1024)
    expect(f?.recommendationKeys[0]?.params).toMatchObject({ name: '9p-fcall-cache' })
  })
})
