// The native menu. Items that need the current case or what-if state (Export report…, shortcuts,
// event navigation) are forwarded to the renderer as menu commands; the rest main does itself.
import { Menu } from 'electron'
import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { MenuCommand, RecentCase, Settings, Theme } from '../../shared/api/api-types'
import { neutralizeText } from '../../shared/base/neutralize'
import type { Lang } from '../../shared/i18n/lang'

export interface MenuActions {
  openFiles(): void
  openFolder(): void
  openRecent(paths: readonly string[]): void
  clearRecent(): void
  command(command: MenuCommand): void
  updateSettings(patch: Partial<Settings>): void
  about(): void
}

const THEMES: readonly [Theme, string][] = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
]
const LANGUAGES: readonly [Lang, string][] = [
  ['en', 'English'],
  ['zh-CN', '简体中文'],
  ['zh-TW', '繁體中文'],
]

/** A recent case's menu label: the first path's name (bidi and control characters shown, not obeyed), and how many more. */
export function recentLabel(entry: RecentCase): string {
  const first = neutralizeText(basename(entry.paths[0] ?? '?'))
  const more = entry.paths.length > 1 ? ` (+${entry.paths.length - 1})` : ''
  return `${first}${more} — ${entry.eventCount} event${entry.eventCount === 1 ? '' : 's'}`
}

/** The whole menu template, for the current recent cases and settings. */
export function menuTemplate(
  recent: readonly RecentCase[],
  settings: Settings,
  act: MenuActions,
): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((r) => ({
          label: recentLabel(r),
          toolTip: r.paths.map(neutralizeText).join('\n'),
          click: () => act.openRecent(r.paths),
        })),
        { type: 'separator' },
        { label: 'Clear recent cases', click: () => act.clearRecent() },
      ]
    : [{ label: 'No recent cases', enabled: false }]
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open files…', accelerator: 'CmdOrCtrl+O', click: () => act.openFiles() },
        { label: 'Open folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => act.openFolder() },
        { label: 'Recent cases', submenu: recentItems },
        { type: 'separator' },
        { label: 'Export report…', accelerator: 'CmdOrCtrl+E', click: () => act.command('export-report') },
        { type: 'separator' },
        { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => act.command('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Next event', accelerator: 'J', registerAccelerator: false, click: () => act.command('next-event') },
        {
          label: 'Previous event',
          accelerator: 'K',
          registerAccelerator: false,
          click: () => act.command('previous-event'),
        },
        { type: 'separator' },
        {
          label: 'Theme',
          submenu: THEMES.map(([theme, label]) => ({
            label,
            type: 'radio' as const,
            checked: settings.theme === theme,
            click: () => act.updateSettings({ theme }),
          })),
        },
        {
          label: 'Language',
          submenu: LANGUAGES.map(([lang, label]) => ({
            label,
            type: 'radio' as const,
            checked: settings.lang === lang,
            click: () => act.updateSettings({ lang }),
          })),
        },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: 'F1', click: () => act.command('show-shortcuts') },
        { label: 'About OOMLens', click: () => act.about() },
      ],
    },
  ]
}

/** Build and install the application menu. */
export function installMenu(recent: readonly RecentCase[], settings: Settings, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(recent, settings, actions)))
}
