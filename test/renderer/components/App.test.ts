import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import App from '../../../renderer/src/App.vue'
import { setApi } from '../../../renderer/src/api/client'
import { fakeApi, SAMPLES_DIR, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'
import { en } from '../../../renderer/src/i18n/en'

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
    expect(w.find('[data-testid="shortcuts"]').text()).toContain(en.shortcuts.next)
    w.unmount()
  })
})

describe('App: opening evidence from the start screen', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => setApi(null))

  const seed000 = () => readFileSync(resolve(SAMPLES_DIR, SEED_000), 'utf8')

  async function startWithoutCase() {
    const fake = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi(fake.api)
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    return { ...fake, w }
  }

  it('offers every bundled sample and opens one by name', async () => {
    const { w, calls } = await startWithoutCase()
    const items = w.findAll('[data-testid="sample-item"]')
    expect(items.map((i) => i.attributes('data-name'))).toEqual(
      readdirSync(SAMPLES_DIR)
        .filter((f) => f.endsWith('.log'))
        .sort(),
    )
    await w.find(`[data-testid="sample-item"][data-name="${SEED_000}"]`).trigger('click')
    await flushPromises()
    expect(calls['openSamples']).toBe(1)
    expect(w.findAll('[data-testid="event-row"]').map((r) => r.attributes('data-path'))).toEqual([
      resolve(SAMPLES_DIR, SEED_000),
    ])
    w.unmount()
  })

  it('opens pasted text as a case', async () => {
    const { w, received } = await startWithoutCase()
    expect(w.find('[data-testid="paste-open"]').attributes('disabled')).toBeDefined()
    await w.find('[data-testid="paste-text"]').setValue(seed000())
    await w.find('[data-testid="paste-open"]').trigger('click')
    await vi.waitFor(() => expect(w.findAll('[data-testid="event-row"]')).toHaveLength(1))
    expect(received.map((r) => r.name)).toEqual(['pasted-1.txt'])
    const rows = w.findAll('[data-testid="event-row"]')
    expect(rows.map((r) => r.attributes('data-path'))).toEqual(['pasted-1.txt'])
    w.unmount()
  })

  it("opens files through the browser's file chooser where the host has no native dialog", async () => {
    const { w, received, calls } = await startWithoutCase()
    await w.find('[data-testid="start-open-files"]').trigger('click')
    const input = document.querySelector<HTMLInputElement>('input[data-testid="file-chooser"]')
    expect(input?.type).toBe('file')
    const file = new File([seed000()], SEED_000, { lastModified: 1_600_000_000_000 })
    Object.defineProperty(input, 'files', { value: [file] })
    input?.dispatchEvent(new Event('change'))
    await flushPromises()
    await vi.waitFor(() => expect(w.findAll('[data-testid="event-row"]')).toHaveLength(1))
    expect(calls['pickCaseFiles']).toBeUndefined()
    expect(received).toEqual([{ name: SEED_000, text: seed000(), modifiedMs: 1_600_000_000_000 }])
    expect(document.querySelector('input[data-testid="file-chooser"]')).toBeNull()
    w.unmount()
  })

  it('opens dropped files by path where the host knows paths, else by content', async () => {
    const file = new File([seed000()], SEED_000)
    const drop = (w: VueWrapper) =>
      w
        .find('.app')
        .trigger('drop', { dataTransfer: { files: [file], items: [], types: ['Files'], getData: () => '' } })
    // A browser: no path for a File, so its bytes go.
    const browser = await startWithoutCase()
    await drop(browser.w)
    await vi.waitFor(() => expect(browser.w.findAll('[data-testid="event-row"]')).toHaveLength(1))
    expect(browser.received.map((r) => r.name)).toEqual([SEED_000])
    expect(browser.calls['openCase']).toBeUndefined()
    browser.w.unmount()
    // Electron: the preload resolves the File to its path, read from disk like the Open dialog's.
    const electron = fakeApi(await sampleAnalysis([SEED_000]), [])
    setApi({ ...electron.api, getPathForFile: () => `/evidence/${SEED_000}` })
    const w = mount(App, { ...mountOptions(), attachTo: document.body })
    await flushPromises()
    await drop(w)
    await flushPromises()
    expect(electron.calls['openCase']).toBe(1)
    expect(electron.received).toEqual([])
    w.unmount()
  })

  it('opens the paste dialog from the top bar, traps focus in it and closes it on Esc', async () => {
    const { w } = await startWithoutCase()
    const opener = w.find<HTMLButtonElement>('[data-testid="open-paste"]')
    opener.element.focus()
    await opener.trigger('click')
    await flushPromises()
    const dialog = document.querySelector<HTMLElement>('[data-testid="paste-dialog"]')
    expect(dialog?.getAttribute('role')).toBe('dialog')
    expect(document.activeElement?.getAttribute('data-testid')).toBe('paste-text')
    dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(document.querySelector('[data-testid="paste-dialog"]')).toBeNull()
    expect(document.activeElement).toBe(opener.element)
    w.unmount()
  })
})
