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

  it('says the allocation fails as recorded before any slider moves', () => {
    const w = mountFor(SEED_000)
    const verdict = w.find('[data-testid="whatif-verdict"]')
    expect(verdict.attributes('data-succeeds')).toBe('false')
    expect(verdict.classes()).toContain('fail')
  })

  it('flips the verdict when the min_free_kbytes slider moves to 0', async () => {
    const w = mountFor(SEED_000)
    const slider = w.find<HTMLInputElement>('[data-testid="whatif-min-free-kbytes"]')
    await slider.setValue('0')
    const verdict = w.find('[data-testid="whatif-verdict"]')
    expect(verdict.attributes('data-succeeds')).toBe('true')
    expect(Number(verdict.attributes('data-margin-kb'))).toBeGreaterThanOrEqual(0)
  })

  it('flips the verdict when the CMA slider moves to 0', async () => {
    const w = mountFor(SEED_004)
    await w.find('[data-testid="whatif-cma"]').setValue('0')
    expect(w.find('[data-testid="whatif-verdict"]').attributes('data-succeeds')).toBe('true')
  })

  it('starts the sliders at the recorded values', () => {
    const w = mountFor(SEED_000)
    const store = useWhatIfStore()
    const minFree = w.find<HTMLInputElement>('[data-testid="whatif-min-free-kbytes"]').element.value
    expect(Number(minFree)).toBe(store.baseline?.min_free_kbytes ?? 0)
    const wsf = w.find<HTMLInputElement>('[data-testid="whatif-watermark-scale-factor"]').element.value
    expect(Number(wsf)).toBe(store.baseline?.watermark_scale_factor)
  })
})
