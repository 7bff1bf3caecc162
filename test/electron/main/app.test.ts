import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const userData = mkdtempSync(join(tmpdir(), 'oomlens-app-'))
const caseDir = mkdtempSync(join(tmpdir(), 'oomlens-app-case-'))
writeFileSync(join(caseDir, 'messages'), 'x')
for (const name of ['recent.log', 'second.log', 'dropped.log', 'foreign-drop.log', 'not-handed-out.log'])
  writeFileSync(join(caseDir, name), 'x')
// A recent case from an earlier session: main handed its paths out then.
mkdirSync(userData, { recursive: true })
writeFileSync(
  join(userData, 'recent-cases.json'),
  JSON.stringify([{ paths: [join(caseDir, 'recent.log')], openedAt: '2026-01-01T00:00:00.000Z', eventCount: 0 }]),
)
afterAll(() => {
  rmSync(userData, { recursive: true, force: true })
  rmSync(caseDir, { recursive: true, force: true })
})

const h = vi.hoisted(() => {
  const appHandlers = new Map<string, (...a: unknown[]) => void>()
  const ipcHandlers = new Map<string, unknown>()
  const ipcListeners = new Map<string, (...a: unknown[]) => void>()
  const sent: [string, unknown][] = []
  const windows: { focus: number }[] = []
  let menus = 0
  return { appHandlers, ipcHandlers, ipcListeners, sent, windows, menuCount: () => menus, menuBuilt: () => menus++ }
})

vi.mock('electron', () => {
  class BrowserWindow {
    state = { focus: 0 }
    webContents = {
      id: 3,
      send: (channel: string, payload: unknown) => h.sent.push([channel, payload]),
      isLoading: () => false,
      once: () => undefined,
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
      setZoomFactor: () => undefined,
    }
    constructor() {
      h.windows.push(this.state)
    }
    on() {}
    once() {}
    isDestroyed = () => false
    isMinimized = () => false
    restore() {}
    focus() {
      this.state.focus++
    }
    loadFile = async () => undefined
  }
  return {
    app: {
      getAppPath: () => '/opt/oomlens',
      getPath: () => userData,
      getVersion: () => '9.9.9',
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      on: (event: string, fn: (...a: unknown[]) => void) => h.appHandlers.set(event, fn),
      whenReady: () => Promise.resolve(),
      quit: () => undefined,
      exit: () => undefined,
    },
    ipcMain: {
      handle: (channel: string, fn: unknown) => h.ipcHandlers.set(channel, fn),
      on: (channel: string, fn: (...a: unknown[]) => void) => h.ipcListeners.set(channel, fn),
      removeHandler: () => undefined,
    },
    BrowserWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => undefined,
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => h.menuBuilt() },
    dialog: {},
  }
})

beforeAll(async () => {
  const argv = process.argv
  process.argv = ['/opt/oomlens/oomlens', join(caseDir, 'messages')]
  await import('../../../electron/main/app')
  await new Promise((r) => setTimeout(r, 0)) // whenReady().then(start)
  process.argv = argv
})

describe('app', () => {
  it('opens one window, installs the menu and registers every API channel when ready', () => {
    expect(h.windows).toHaveLength(1)
    expect(h.menuCount()).toBeGreaterThan(0)
    expect(h.ipcHandlers.has('oomlens:openCase')).toBe(true)
    expect(
      ['second-instance', 'open-file', 'web-contents-created', 'window-all-closed'].every((e) => h.appHandlers.has(e)),
    ).toBe(true)
  })

  it('offers the command-line paths as launch paths', async () => {
    const getAppInfo = h.ipcHandlers.get('oomlens:getAppInfo') as (e: unknown) => Promise<unknown>
    const frame = { url: 'file:///opt/oomlens/out/renderer/index.html' }
    const result = await getAppInfo({ sender: { id: 3, mainFrame: frame }, senderFrame: frame })
    expect(result).toEqual({
      ok: true,
      // No samples folder beside this (mocked) app: the start screen offers none.
      value: {
        host: 'electron',
        version: '9.9.9',
        launchPaths: [join(caseDir, 'messages')],
        nativeDialogs: true,
        samples: [],
      },
    })
  })

  it('opens a second launch’s paths in the running window and focuses it', () => {
    h.sent.length = 0
    h.appHandlers.get('second-instance')?.({}, ['/opt/oomlens/oomlens', 'messages', '--flag', 'missing.log'], caseDir)
    expect(h.sent).toEqual([['oomlens:onOpenRequested', [join(caseDir, 'messages')]]])
    expect(h.windows[0]?.focus).toBe(1)
  })

  it('opens a file handed over by the OS file association', () => {
    h.sent.length = 0
    const prevent = vi.fn()
    h.appHandlers.get('open-file')?.({ preventDefault: prevent }, '/cases/bundle.tgz')
    expect(prevent).toHaveBeenCalled()
    expect(h.sent).toEqual([['oomlens:onOpenRequested', ['/cases/bundle.tgz']]])
  })
})

describe('app: the renderer opens only paths main handed out', () => {
  const frame = { url: 'file:///opt/oomlens/out/renderer/index.html' }
  const ours = { sender: { id: 3, mainFrame: frame }, senderFrame: frame }
  const foreignFrame = { url: 'https://evil.example/' }
  const foreign = { sender: { id: 3, mainFrame: foreignFrame }, senderFrame: foreignFrame }
  const openCase = (paths: string[]) =>
    (h.ipcHandlers.get('oomlens:openCase') as (e: unknown, p: unknown) => Promise<{ ok: boolean; error?: unknown }>)(
      ours,
      paths,
    )

  it('opens the launch paths and recent cases, and refuses any other path before reading it', async () => {
    expect(await openCase([join(caseDir, 'messages')])).toMatchObject({ ok: true })
    expect(await openCase([join(caseDir, 'recent.log')])).toMatchObject({ ok: true })
    for (const path of ['/etc/shadow', '/etc', join(caseDir, 'not-handed-out.log'), join(caseDir, 'messages', '..')])
      expect(await openCase([path]), path).toMatchObject({ ok: false, error: { code: 'forbidden', path } })
  })

  it('opens what a second launch or the OS handed over', async () => {
    h.appHandlers.get('second-instance')?.({}, ['/opt/oomlens/oomlens', 'second.log'], caseDir)
    expect(await openCase([join(caseDir, 'second.log')])).toMatchObject({ ok: true })
    h.appHandlers.get('open-file')?.({ preventDefault: () => undefined }, '/cases/gone.tgz')
    expect(await openCase(['/cases/gone.tgz'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('opens a path the preload reported as dropped by our window, not one a foreign frame reports', async () => {
    const dropped = h.ipcListeners.get('oomlens:droppedPath')
    expect(dropped).toBeDefined()
    dropped?.(foreign, join(caseDir, 'foreign-drop.log'))
    dropped?.(ours, 'relative.log')
    dropped?.(ours, join(caseDir, 'dropped.log'))
    expect(await openCase([join(caseDir, 'dropped.log')])).toMatchObject({ ok: true })
    expect(await openCase([join(caseDir, 'foreign-drop.log')])).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })
})
