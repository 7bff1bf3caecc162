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
    expect(store.result?.allocation.succeeds).toBe(false)
  })

  it('lets the allocation succeed when min_free_kbytes drops to 0', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    store.setKnob('min_free_kbytes', 0)
    expect(store.settings).toEqual({ min_free_kbytes: 0 })
    expect(store.result?.allocation.succeeds).toBe(true)
    expect(store.result?.allocation.zone).toMatch(/Normal/)
  })

  it('lets the allocation succeed when the CMA area goes', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_004))
    expect(store.result?.allocation.succeeds).toBe(false)
    store.setKnob('cma_kb', 0)
    expect(store.result?.allocation.succeeds).toBe(true)
  })

  it('treats a knob moved back to its recorded value as untouched', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    const recorded = store.baseline?.watermark_scale_factor ?? 0
    store.setKnob('watermark_scale_factor', recorded + 50)
    expect(store.changed).toBe(true)
    store.setKnob('watermark_scale_factor', recorded)
    expect(store.changed).toBe(false)
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

  it('pins the current scenario with its verdict when asked', () => {
    const store = useWhatIfStore()
    store.setEvent(detailOf(analysis, SEED_000))
    store.setKnob('min_free_kbytes', 0)
    store.pin()
    expect(store.pinned).toMatchObject([{ settings: { min_free_kbytes: 0 }, succeeds: true }])
    store.unpin(0)
    expect(store.pinned).toEqual([])
  })
})
