import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
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
