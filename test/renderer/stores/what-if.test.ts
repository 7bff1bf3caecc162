import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { useWhatIfStore } from '../../../renderer/src/stores/what-if'
import { detailOf, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'

describe('what-if store', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000, SEED_004])
  })
  beforeEach(() => setActivePinia(createPinia()))

  it('replays the recorded failure when no knob has moved', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    expect(store.changed).toBe(false)
    expect(store.settings).toEqual({})
    expect(store.result?.verdict.outcome).toBe('fails')
    expect(store.result?.recorded).toBe(true)
  })

  it('lets the allocation succeed when min_free_kbytes drops to 0', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    store.setKnob('min_free_kbytes', 0)
    expect(store.settings).toEqual({ min_free_kbytes: 0 })
    expect(store.result?.verdict.outcome).toBe('succeeds')
    expect(store.result?.verdict.zone?.zone).toBe('Normal')
    expect(store.result?.verdict.victim).toBeNull()
  })

  it('lets the allocation succeed when the CMA area goes, from a recorded panic with nobody killed', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_004))
    expect(store.result?.verdict).toMatchObject({ outcome: 'panics', victim: null })
    store.setKnob('cma_kb', 0)
    expect(store.result?.verdict.outcome).toBe('succeeds')
  })

  it('treats a knob moved back to its recorded value as untouched, with the recorded verdict exactly', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    const before = store.result?.verdict
    const knob = store.knobs?.knobs.find((k) => k.id === 'min_free_kbytes')
    expect(knob).toBeDefined()
    store.setKnob('min_free_kbytes', (knob?.recorded ?? 0) + 999)
    expect(store.changed).toBe(true)
    store.setKnob('min_free_kbytes', knob?.recorded ?? 0)
    expect(store.changed).toBe(false)
    expect(store.result?.verdict).toEqual(before)
  })

  it("offers only knobs that exist on the event's kernel (no watermark_scale_factor on 3.14)", () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    expect(store.knobs?.knobs.map((k) => k.id)).not.toContain('watermark_scale_factor')
    expect(store.knobs?.hidden.find((h) => h.id === 'watermark_scale_factor')?.why).toBe('not-in-version')
  })

  it('clamps oom_score_adj overrides to the kernel range and forgets them on another event', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    const pid = detailOf(analysis, SEED_000).event.tasks[0]?.pid ?? 1
    store.setScoreAdj(pid, 5000)
    expect(store.settings.oom_score_adj).toEqual({ [pid]: 1000 })
    store.setEvent(detailOf(analysis, SEED_004))
    expect(store.settings).toEqual({})
  })

  it('moves the predicted victim when its oom_score_adj goes to -1000', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    const before = store.result?.victim?.pid
    expect(before).toBeDefined()
    store.setScoreAdj(before ?? 0, -1000)
    expect(store.result?.victim?.pid).not.toBe(before)
    expect(store.result?.victim?.ranked.some((r) => r.pid === before)).toBe(false)
  })

  it('pins a scenario on its own event only', () => {
    const store = useWhatIfStore()
    const first = detailOf(analysis, SEED_000)
    store.setEvent(first)
    store.setKnob('min_free_kbytes', 0)
    store.pin()
    expect(store.pinned).toMatchObject([
      { eventId: first.event.id, settings: { min_free_kbytes: 0 }, outcome: 'succeeds' },
    ])
    const other = detailOf(analysis, SEED_004)
    store.setEvent(other)
    expect(store.pinnedOf(other.event.id)).toEqual([])
    expect(store.reportScenarios()).toEqual([{ eventId: first.event.id, settings: { min_free_kbytes: 0 } }])
    store.unpin(store.pinned[0]!)
    expect(store.pinned).toEqual([])
  })
})
