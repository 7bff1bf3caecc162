// The bridge keeps settings and recent cases in memory: `oomlens serve` runs on jump hosts and in
// tests, where writing a profile folder nobody asked for would be a surprise.
import type { RecentCase, Settings } from '../../shared/api/api-types'
import { DEFAULT_SETTINGS, withRecentCase } from '../../shared/api/settings'
import type { SettingsStore } from '../node/app/api-backend'

export function createMemorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial }
  let recent: readonly RecentCase[] = []
  return {
    getSettings: () => settings,
    updateSettings: (patch) => (settings = { ...settings, ...patch }),
    getRecentCases: () => recent,
    addRecentCase: (entry) => (recent = withRecentCase(recent, entry)),
    clearRecentCases: () => (recent = []),
  }
}
