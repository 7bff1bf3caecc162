import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { Settings } from '../../../shared/api/api-types'
import type { OomlensApi } from '../../../shared/api/oomlens-api'
import { setApi } from '../../../renderer/src/api/client'
import { useSettingsStore } from '../../../renderer/src/stores/settings'

describe('settings store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('remembers theme and language across stores when they change', async () => {
    const first = useSettingsStore()
    first.setTheme('dark')
    first.setLang('zh-TW')
    await nextTick()
    setActivePinia(createPinia())
    const second = useSettingsStore()
    expect({ theme: second.theme, lang: second.lang }).toEqual({ theme: 'dark', lang: 'zh-TW' })
  })

  it('ignores a stored language it does not speak when starting', () => {
    localStorage.setItem('oomlens.settings', JSON.stringify({ theme: 'sepia', lang: 'fr' }))
    const store = useSettingsStore()
    expect(['light', 'dark']).toContain(store.theme)
    expect(['en', 'zh-CN', 'zh-TW']).toContain(store.lang)
  })

  it('starts from defaults when the stored settings are corrupt', () => {
    localStorage.setItem('oomlens.settings', '{not json')
    expect(() => useSettingsStore()).not.toThrow()
  })

  it('toggles between light and dark when asked', () => {
    const store = useSettingsStore()
    store.setTheme('light')
    store.toggleTheme()
    expect(store.theme).toBe('dark')
    store.toggleTheme()
    expect(store.theme).toBe('light')
  })
})

describe('settings store with a host', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => setApi(null))

  it('adopts the host settings and reports changes back when connected', async () => {
    const updates: unknown[] = []
    let push: (s: Settings) => void = () => undefined
    setApi({
      getSettings: async () => ({ ok: true, value: { theme: 'dark', lang: 'zh-CN', zoomPercent: 100 } }),
      updateSettings: async (patch: Partial<Settings>) => (
        updates.push(patch),
        { ok: true, value: { theme: 'dark', lang: 'en', zoomPercent: 100 } }
      ),
      onSettingsChanged: (l: (s: Settings) => void) => ((push = l), () => undefined),
    } as unknown as OomlensApi)
    const store = useSettingsStore()
    const disconnect = await store.connectHost()
    expect([store.theme, store.lang]).toEqual(['dark', 'zh-CN'])
    store.setLang('en')
    await nextTick()
    expect(updates.at(-1)).toEqual({ theme: 'dark', lang: 'en' })
    push({ theme: 'light', lang: 'zh-TW', zoomPercent: 100 })
    expect([store.theme, store.lang]).toEqual(['light', 'zh-TW'])
    disconnect()
  })

  it('keeps this profile choice when the host only has defaults', async () => {
    localStorage.setItem('oomlens.settings', JSON.stringify({ theme: 'dark', lang: 'zh-TW' }))
    setApi({
      getSettings: async () => ({ ok: true, value: { theme: 'system', lang: 'en', zoomPercent: 100 } }),
      updateSettings: async () => ({ ok: true, value: { theme: 'system', lang: 'en', zoomPercent: 100 } }),
      onSettingsChanged: () => () => undefined,
    } as unknown as OomlensApi)
    const store = useSettingsStore()
    await store.connectHost()
    expect([store.theme, store.lang]).toEqual(['dark', 'zh-TW'])
  })
})
