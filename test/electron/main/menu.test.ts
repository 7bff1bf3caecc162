import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { DEFAULT_SETTINGS } from '../../../shared/api/settings'

vi.mock('electron', () => ({ Menu: {} }))
const { menuTemplate, recentLabel } = await import('../../../electron/main/menu')

const actions = () => ({
  openFiles: vi.fn(),
  openFolder: vi.fn(),
  openRecent: vi.fn(),
  clearRecent: vi.fn(),
  command: vi.fn(),
  updateSettings: vi.fn(),
  about: vi.fn(),
})
const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[]
const byLabel = (list: MenuItemConstructorOptions[], label: string) => list.find((i) => i.label === label)
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as (() => void) | undefined)?.()

describe('menu', () => {
  const recent = [
    { paths: ['/cases/a/messages', '/cases/a/zoneinfo'], openedAt: '2026-11-23T10:00:00Z', eventCount: 3 },
  ]

  it('has the File, View and Help items the workbench promises', () => {
    const template = menuTemplate(recent, DEFAULT_SETTINGS, actions())
    const file = items(template.find((m) => m.label === '&File'))
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual([
      'Open files…',
      'Open folder…',
      'Recent cases',
      'Export report…',
      'Quit',
    ])
    const view = items(template.find((m) => m.label === '&View'))
    expect(items(byLabel(view, 'Theme')).map((i) => i.label)).toEqual(['Follow the system', 'Light', 'Dark'])
    expect(items(byLabel(view, 'Language')).map((i) => i.label)).toEqual(['English', '简体中文', '繁體中文'])
    expect(view.filter((i) => i.role).map((i) => i.role)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
    const help = items(template.find((m) => m.label === '&Help'))
    expect(help.map((i) => i.label)).toEqual(['Keyboard shortcuts', 'About OOMLens'])
  })

  it('routes clicks to the right action when items are chosen', () => {
    const act = actions()
    const template = menuTemplate(recent, { ...DEFAULT_SETTINGS, lang: 'zh-TW' }, act)
    const file = items(template.find((m) => m.label === '&File'))
    click(items(byLabel(file, 'Recent cases'))[0])
    expect(act.openRecent).toHaveBeenCalledWith(recent[0]?.paths)
    click(byLabel(file, 'Export report…'))
    expect(act.command).toHaveBeenCalledWith('export-report')
    const view = items(template.find((m) => m.label === '&View'))
    const languages = items(byLabel(view, 'Language'))
    expect(languages.map((i) => i.checked)).toEqual([false, false, true])
    click(languages[1])
    expect(act.updateSettings).toHaveBeenCalledWith({ lang: 'zh-CN' })
  })

  it('labels a recent case by its first file, the rest counted', () => {
    expect(recentLabel(recent[0] as (typeof recent)[number])).toBe('messages (+1) — 3 events')
  })
})

describe('menu: names from the evidence', () => {
  it('shows bidi and control characters in a recent case name instead of obeying them', () => {
    const entry = {
      paths: ['/cases/kern\u202egol.exe', '/cases/x\u001b]0;t\u0007'],
      openedAt: '2026-11-23T10:00:00Z',
      eventCount: 1,
    }
    expect(recentLabel(entry)).toBe('kern⟨U+202E⟩gol.exe (+1) — 1 event')
    const recentItem = items(
      byLabel(
        items(menuTemplate([entry], DEFAULT_SETTINGS, actions()).find((m) => m.label === '&File')),
        'Recent cases',
      ),
    )[0]
    expect(recentItem?.toolTip).toBe('/cases/kern⟨U+202E⟩gol.exe\n/cases/x⟨ESC⟩]0;t⟨BEL⟩')
  })
})
