import { describe, expect, it } from 'vitest'
import type { AnalysedEvent } from '../../../shared/analysis/types'
import { eventHeadline } from '../../../shared/report/event-headline'
import { makeAnalysis } from './make-analysis'
import { t } from '../../../shared/i18n/t'

function linesOf(a: AnalysedEvent): readonly string[] {
  const block = eventHeadline(a, 'en')
  return block.type === 'callout' ? block.lines : []
}

describe('event-headline', () => {
  it('names the closest zone and why it refused when the replay fails everywhere', () => {
    const lines = linesOf(makeAnalysis().events[0]!)
    expect(lines[2]).toBe(
      'Replaying the watermark check, no allowed zone could serve it; closest: Node 0 DMA, below the watermark ' +
        '(free 3,388 kB against 3,420 kB needed, margin -32 kB).',
    )
  })

  it('does not blame a zone that passes when the log failed anyway', () => {
    const a = makeAnalysis().events[0]!
    const allocation = a.model.allocation!
    const zones = allocation.zones.map((z) =>
      z.zone === 'Normal' ? { ...z, pass: true, marginKb: 500, decidingTerm: 'ok' as const } : z,
    )
    const lines = linesOf({ ...a, model: { ...a.model, allocation: { ...allocation, zones } } })
    expect(lines[2]).toBe(
      'Replaying the watermark check, Node 0 Normal passes it (margin +500 kB): the watermarks alone do not explain why ' +
        'the allocation failed.',
    )
  })

  it('says no process was killed when the event is an allocation failure', () => {
    const a = makeAnalysis().events[0]!
    const event = { ...a.event, kind: 'alloc-failure' as const, killed: null, selected: null }
    expect(linesOf({ ...a, event })[1]).toBe(t('en', 'headline.noKill'))
  })
})
