import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { isLang, type Lang } from '../../../shared/i18n/lang'

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

  watch([theme, lang], () => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ theme: theme.value, lang: lang.value }))
    } catch {
      // Storage full or disabled: the choice still holds for this session.
    }
  })

  return { theme, lang, setTheme, toggleTheme, setLang }
})
