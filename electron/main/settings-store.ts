// Settings and recent cases in the user data folder: settings.json and recent-cases.json, each read
// once at start and written atomically on every change (json-file.ts).
import { join } from 'node:path'
import type { RecentCase, Settings } from '../../shared/api/api-types'
import { DEFAULT_SETTINGS, normalizeRecentCases, normalizeSettings, withRecentCase } from '../../shared/api/settings'
import type { SettingsStore } from '../node/app/api-backend'
import { jsonFile } from './json-file'

export function createFileSettingsStore(userDataDir: string, warn: (message: string) => void): SettingsStore {
  const settingsFile = jsonFile<Settings>(join(userDataDir, 'settings.json'), DEFAULT_SETTINGS, normalizeSettings, warn)
  const recentFile = jsonFile<RecentCase[]>(join(userDataDir, 'recent-cases.json'), [], normalizeRecentCases, warn)
  let settings = settingsFile.read()
  let recent: readonly RecentCase[] = recentFile.read()
  const saveRecent = (next: readonly RecentCase[]) => {
    recent = next
    recentFile.write([...next])
    return recent
  }
  return {
    getSettings: () => settings,
    updateSettings: (patch) => {
      settings = { ...settings, ...patch }
      settingsFile.write(settings)
      return settings
    },
    getRecentCases: () => recent,
    addRecentCase: (entry) => saveRecent(withRecentCase(recent, entry)),
    clearRecentCases: () => saveRecent([]),
  }
}
