/**
 * Settings defaults and the recent-cases list rules, shared by the desktop's file store and the
 * bridge's memory store so both behave alike.
 */
import type { RecentCase, Settings } from './api-types'
import { MAX_RECENT_CASES } from './api-types'
import { validateApiArgs } from './validate'

/** What a first run starts with. */
export const DEFAULT_SETTINGS: Settings = { theme: 'system', lang: 'en', zoomPercent: 100 }

/**
 * Settings from untrusted stored JSON: every valid known key is kept, anything else falls back to
 * the default (a newer version's extra key or one bad value must not cost the user all settings).
 * Returns null when `value` is not an object at all (a corrupt file).
 */
export function normalizeSettings(value: unknown): Settings | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS }
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const checked = validateApiArgs('updateSettings', [{ [key]: (value as Record<string, unknown>)[key] }])
    if (checked.ok) Object.assign(out, checked.value[0])
  }
  return out
}

/** Recent cases from untrusted stored JSON: well-formed entries only, at most {@link MAX_RECENT_CASES}. */
export function normalizeRecentCases(value: unknown): RecentCase[] | null {
  if (!Array.isArray(value)) return null
  return value
    .filter(
      (r): r is RecentCase =>
        typeof r === 'object' &&
        r !== null &&
        validateApiArgs('openCase', [r.paths]).ok &&
        typeof r.openedAt === 'string' &&
        Number.isSafeInteger(r.eventCount),
    )
    .map((r) => ({ paths: [...r.paths], openedAt: r.openedAt, eventCount: r.eventCount }))
    .slice(0, MAX_RECENT_CASES)
}

const samePaths = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => p === b[i])

/** `entry` first, an older entry for the same paths dropped, capped at {@link MAX_RECENT_CASES}. */
export function withRecentCase(list: readonly RecentCase[], entry: RecentCase): RecentCase[] {
  return [entry, ...list.filter((r) => !samePaths(r.paths, entry.paths))].slice(0, MAX_RECENT_CASES)
}
