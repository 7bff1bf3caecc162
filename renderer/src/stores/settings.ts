import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { Settings } from '../../../shared/api/api-types'
import { DEFAULT_SETTINGS } from '../../../shared/api/settings'
import { isLang, type Lang } from '../../../shared/i18n/lang'
import { getApi } from '../api/client'

export type Theme = 'light' | 'dark'

const STORAGE_KEY = 'oomlens.settings'

interface StoredSettings {
  readonly theme?: unknown
  readonly lang?: unknown
}

function readStored(): StoredSettings {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY)
    return raw ? (JSON.parse(raw) as StoredSettings) : {}
  } catch {
    // A corrupt or blocked storage must not stop the app from starting.
    return {}
  }
}

function preferredTheme(): Theme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

function preferredLang(): Lang {
  const nav = globalThis.navigator?.language ?? 'en'
  if (/^zh-(TW|HK|MO|Hant)/i.test(nav)) return 'zh-TW'
  if (/^zh/i.test(nav)) return 'zh-CN'
  return 'en'
}

/** Look and language: remembered per browser profile (the Electron shell's own settings file holds the rest). */
export const useSettingsStore = defineStore('settings', () => {
  const stored = readStored()
  const theme = ref<Theme>(stored.theme === 'dark' || stored.theme === 'light' ? stored.theme : preferredTheme())
  const lang = ref<Lang>(isLang(stored.lang) ? stored.lang : preferredLang())

  function setTheme(next: Theme): void {
    theme.value = next
  }
  function toggleTheme(): void {
    theme.value = theme.value === 'dark' ? 'light' : 'dark'
  }
  function setLang(next: Lang): void {
    lang.value = next
  }

  /** Take the host's settings (the Electron menu changes them there), `system` resolved here. */
  function adopt(host: Settings): void {
    theme.value = host.theme === 'system' ? preferredTheme() : host.theme
    if (isLang(host.lang)) lang.value = host.lang
  }

  /**
   * Follow the host's settings and tell it about changes made here. The host is the source of truth
   * where it keeps settings (Electron's user data folder); localStorage covers a plain browser.
   */
  async function connectHost(): Promise<() => void> {
    const api = getApi()
    const unsubscribe = api.onSettingsChanged(adopt)
    const stop = watch([theme, lang], ([t, l]) => void api.updateSettings({ theme: t, lang: l }))
    const current = await api.getSettings()
    // A browser bridge without stored settings answers with defaults: keep this profile's choice then.
    const untouched =
      current.ok && current.value.theme === DEFAULT_SETTINGS.theme && current.value.lang === DEFAULT_SETTINGS.lang
    if (current.ok && !untouched) adopt(current.value)
    return () => {
      unsubscribe()
      stop()
    }
  }

  watch([theme, lang], () => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ theme: theme.value, lang: lang.value }))
    } catch {
      // Storage full or disabled: the choice still holds for this session.
    }
  })

  return { theme, lang, setTheme, toggleTheme, setLang, adopt, connectHost }
})
