import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import App from '../../../renderer/src/App.vue'
import { setApi } from '../../../renderer/src/api/client'
import { fakeApi, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

describe('App', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis([SEED_000, SEED_004])
  })
  beforeEach(() => localStorage.clear()) // the settings store remembers languages between tests otherwise
  afterEach(() => setApi(null))

  it('opens the launch case and lists its events when it starts', async () => {
    setApi(fakeApi(analysis).api)
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    expect(w.findAll('[data-testid="event-row"]')).toHaveLength(analysis.events.length)
    w.unmount()
  })

  it('retitles the case view when the language switches', async () => {
    setApi(fakeApi(analysis).api)
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    expect(w.find('.case-view h1').text()).toBe('Case')
    await w.find('[data-testid="lang-switch"]').setValue('zh-TW')
    expect(w.find('.case-view h1').text()).toBe('案例')
    expect(document.documentElement.lang).toBe('zh-TW')
    w.unmount()
  })

  it('shows the host error when the launch case cannot be opened', async () => {
    const { api } = fakeApi(analysis)
    setApi({ ...api, openCase: async () => ({ ok: false, error: { code: 'unreadable', message: 'Cannot read /x.' } }) })
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-testid="error-banner"]').text()).toContain('Cannot read /x.')
    w.unmount()
  })

  it('opens the event view with j then Enter', async () => {
    setApi(fakeApi(analysis).api)
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j' }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }))
    await flushPromises()
    expect(w.find('[data-testid="event-title"]').text()).toContain(analysis.events[0]?.event.id ?? '?')
    expect(w.find('[data-testid="zone-chart"]').exists()).toBe(true)
    w.unmount()
  })
})

describe('App without a launch case', () => {
  beforeEach(() => localStorage.clear()) // the settings store remembers languages between tests otherwise
  afterEach(() => setApi(null))

  it('offers the recent cases and lists the keys on ?', async () => {
    const analysis = await sampleAnalysis([SEED_000])
    const { api } = fakeApi(analysis, [])
    const recent = [{ paths: ['/var/log/messages'], openedAt: '2026-11-20T10:00:00Z', eventCount: 3 }]
    setApi({ ...api, getRecentCases: async () => ({ ok: true, value: recent }) })
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-testid="recent-cases"]').text()).toContain('/var/log/messages')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }))
    await flushPromises()
    expect(w.find('[data-testid="shortcuts"]').text()).toContain('Next event')
    w.unmount()
  })
})
