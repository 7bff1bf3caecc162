import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_RECENT_CASES } from '../../../shared/api/api-types'
import { DEFAULT_SETTINGS } from '../../../shared/api/settings'
import { createFileSettingsStore } from '../../../electron/main/settings-store'

let dir: string
let warnings: string[]
const warn = (m: string) => warnings.push(m)

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-settings-'))
  warnings = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('settings-store', () => {
  it('starts from the defaults when the user data folder is empty', () => {
    const store = createFileSettingsStore(dir, warn)
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS)
    expect(store.getRecentCases()).toEqual([])
    expect(warnings).toEqual([])
  })

  it('persists settings across restarts and leaves no temp file when a change is saved', () => {
    createFileSettingsStore(dir, warn).updateSettings({ theme: 'dark', lang: 'zh-TW' })
    expect(readdirSync(dir)).toEqual(['settings.json'])
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      lang: 'zh-TW',
    })
    expect(createFileSettingsStore(dir, warn).getSettings()).toEqual({ theme: 'dark', lang: 'zh-TW', zoomPercent: 100 })
  })

  it('sets a corrupt settings file aside with a warning and starts from defaults when it is not JSON', () => {
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark", ')
    const store = createFileSettingsStore(dir, warn)
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS)
    const aside = readdirSync(dir).filter((f) => f.startsWith('settings.json.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe('{"theme": "dark", ')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('is not valid JSON')
    store.updateSettings({ zoomPercent: 125 })
    expect(createFileSettingsStore(dir, warn).getSettings().zoomPercent).toBe(125)
  })

  it('sets aside a file of the wrong shape and keeps the good keys of a partly bad one', () => {
    writeFileSync(join(dir, 'recent-cases.json'), '{"not":"a list"}')
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'neon', lang: 'zh-CN', zoomPercent: 9999, extra: 1 }),
    )
    const store = createFileSettingsStore(dir, warn)
    expect(store.getSettings()).toEqual({ theme: 'system', lang: 'zh-CN', zoomPercent: 100 })
    expect(store.getRecentCases()).toEqual([])
    expect(readdirSync(dir).filter((f) => f.startsWith('recent-cases.json.corrupt-'))).toHaveLength(1)
    expect(warnings).toHaveLength(1)
  })

  it('keeps recent cases newest first, one entry per path list, at most the cap', () => {
    const store = createFileSettingsStore(dir, warn)
    for (let i = 0; i < MAX_RECENT_CASES + 3; i++)
      store.addRecentCase({
        paths: [`/logs/${i}.log`],
        openedAt: `2026-11-23T10:${String(i).padStart(2, '0')}:00Z`,
        eventCount: i,
      })
    store.addRecentCase({ paths: ['/logs/5.log'], openedAt: '2026-11-23T11:00:00Z', eventCount: 5 })
    const recent = createFileSettingsStore(dir, warn).getRecentCases()
    expect(recent).toHaveLength(MAX_RECENT_CASES)
    expect(recent.map((r) => r.paths[0])).toEqual([
      '/logs/5.log',
      ...[12, 11, 10, 9, 8, 7, 6, 4, 3].map((i) => `/logs/${i}.log`),
    ])
    expect(store.clearRecentCases()).toEqual([])
    expect(createFileSettingsStore(dir, warn).getRecentCases()).toEqual([])
  })

  it('keeps the old file and warns instead of throwing when a save cannot complete', () => {
    const store = createFileSettingsStore(dir, warn)
    store.updateSettings({ theme: 'light' })
    // A directory in the file's place: the rename fails the way a full or read-only disk would.
    rmSync(join(dir, 'settings.json'))
    mkdirSync(join(dir, 'settings.json', 'blocker'), { recursive: true })
    expect(() => store.updateSettings({ theme: 'dark' })).not.toThrow()
    expect(warnings.some((w) => w.includes('could not be saved'))).toBe(true)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})
