import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import WhatIfPanel from '../../../renderer/src/components/WhatIfPanel.vue'
import { useWhatIfStore } from '../../../renderer/src/stores/what-if'
import { detailOf, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

describe('WhatIfPanel', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000, SEED_004])
  })

  function mountFor(file: string) {
    const options = mountOptions()
    useWhatIfStore().setEvent(detailOf(analysis, file))
    return mount(WhatIfPanel, options)
  }

  it('says the allocation fails as recorded, with the reason, before any slider moves', () => {
    const w = mountFor(SEED_000)
    const verdict = w.find('[data-testid="whatif-verdict"]')
    expect(verdict.attributes('data-outcome')).toBe('fails')
    expect(verdict.attributes('data-reason')).toBe('watermark')
    expect(verdict.classes()).toContain('fail')
  })

  it('flips the verdict when the min_free_kbytes slider moves to 0', async () => {
    const w = mountFor(SEED_000)
    await w.find<HTMLInputElement>('[data-testid="whatif-min-free-kbytes"]').setValue('0')
    const verdict = w.find('[data-testid="whatif-verdict"]')
    expect(verdict.attributes('data-outcome')).toBe('succeeds')
    expect(Number(verdict.attributes('data-margin-kb'))).toBeGreaterThan(0)
    expect(w.find('[data-testid="whatif-victim"]').exists()).toBe(false)
  })

  it('names no victim after a panic_on_oom panic, and flips when the CMA slider moves to 0', async () => {
    const w = mountFor(SEED_004)
    expect(w.find('[data-testid="whatif-verdict"]').attributes('data-outcome')).toBe('panics')
    expect(w.find('[data-testid="whatif-victim"]').exists()).toBe(false)
    await w.find('[data-testid="whatif-cma"]').setValue('0')
    expect(w.find('[data-testid="whatif-verdict"]').attributes('data-outcome')).toBe('succeeds')
  })

  it('starts the sliders and their number fields at the recorded values, and the field sets the value exactly', async () => {
    const w = mountFor(SEED_000)
    const store = useWhatIfStore()
    const knob = store.knobs?.knobs.find((k) => k.id === 'min_free_kbytes')
    const slider = w.find<HTMLInputElement>('[data-testid="whatif-min-free-kbytes"]')
    expect(Number(slider.element.value)).toBe(knob?.recorded)
    const field = w.find<HTMLInputElement>('[data-testid="whatif-min-free-kbytes-value"]')
    await field.setValue('1234')
    await field.trigger('change')
    expect(store.knobValue('min_free_kbytes')).toBe(1234)
  })

  it('steps with the arrow keys and stops on a snap point instead of jumping over it', async () => {
    const w = mountFor(SEED_000)
    const store = useWhatIfStore()
    const knob = store.knobs?.knobs.find((k) => k.id === 'min_free_kbytes')
    const flip = knob?.snaps.find((s) => s.kind === 'flip')
    expect(knob && flip).toBeTruthy()
    if (!knob || !flip) return
    // From just above the flip point, a step down crosses it: it lands on it.
    store.setKnob('min_free_kbytes', flip.value + 1)
    await w.vm.$nextTick()
    await w.find('[data-testid="whatif-min-free-kbytes"]').trigger('keydown', { key: 'PageDown' })
    expect(store.knobValue('min_free_kbytes')).toBe(flip.value)
  })
})
