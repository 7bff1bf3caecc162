import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EventSummaryHeader from '../../../renderer/src/components/EventSummaryHeader.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

const MEMCG_LOG = '009-x86-5.2-rc7-memcg-v1-leaker.log'

describe('EventSummaryHeader', () => {
  it('shows kernel, arch, page size and the decoded gfp mask of the report', async () => {
    const { event, model } = detailOf(await sampleAnalysis([SEED_000]), SEED_000)
    const w = mount(EventSummaryHeader, { ...mountOptions(), props: { event, model } })
    const text = w.text()
    expect(text).toContain(event.kernelVersion ?? '?')
    expect(text).toContain(`${event.pageSizeKb} kB`)
    expect(w.find('[data-testid="gfp"]').text()).toContain(event.trigger.gfpMask ?? '?')
    for (const flag of model.gfp?.flags ?? []) expect(w.find('[data-testid="gfp"]').text()).toContain(flag)
    expect(w.find('[data-testid="memcg"]').exists()).toBe(false)
  })

  it('shows the memcg limit that was hit for a memcg OOM', async () => {
    const { event, model } = detailOf(await sampleAnalysis([MEMCG_LOG]), MEMCG_LOG)
    const w = mount(EventSummaryHeader, { ...mountOptions(), props: { event, model } })
    const limitKb = event.memcg?.limitKb ?? NaN
    expect(w.find('[data-testid="memcg"]').text()).toContain(`${limitKb.toLocaleString('en-US')} kB`)
    expect(w.find('[data-testid="memcg"]').text()).toContain(event.memcg?.path ?? '?')
  })
})
