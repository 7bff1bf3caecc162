// Electron main entry (bundled to out/main/index.js): one window, single instance, the menu, the
// API over IPC, settings in userData, and paths from the command line, file associations, a second
// launch or the menu — all handed to the renderer, which opens them through openCase.
import { app, ipcMain } from 'electron'
import type { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ApiEvent, ApiEventPayload } from '../../shared/api/methods'
import { apiChannel, DROPPED_PATH_CHANNEL } from '../../shared/api/methods'
import type { Settings } from '../../shared/api/api-types'
import { isAbsolutePath } from '../../shared/api/validate'
import { writeReportWithElectron } from './print-report'
import { loadCase } from '../node/case-service'
import { createSenderCheck, registerApiHandlers } from './api-handlers'
import { pickFiles, pickFolder, showAbout } from './dialogs'
import { launchPaths } from './launch-paths'
import { createMainApi, type MainApi } from './main-api'
import { installMenu } from './menu'
import type { MenuActions } from './menu'
import { createFileSettingsStore } from './settings-store'
import { createMainWindow, lockDownContents, ourWebContents } from './window'

const appRoot = app.getAppPath()
let win: BrowserWindow | null = null
let mainApi: MainApi | null = null
// macOS delivers file-association opens as events, possibly before the window exists.
const pendingOpens: string[] = []

function emit<E extends ApiEvent>(event: E, payload: ApiEventPayload<E>): void {
  if (win && !win.isDestroyed()) win.webContents.send(apiChannel(event), payload)
}

/** Paths main hands the renderer to open (granted first: the renderer may open only such paths). */
function requestOpen(paths: readonly string[]): void {
  if (paths.length === 0) return
  if (!win || !mainApi) {
    for (const path of paths) pendingOpens.push(path)
    return
  }
  mainApi.grant(paths)
  if (win.isMinimized()) win.restore()
  win.focus()
  // A renderer still loading has no listener yet: tell it once it has.
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', () => emit('onOpenRequested', paths))
  else emit('onOpenRequested', paths)
}

function start(): void {
  const store = createFileSettingsStore(app.getPath('userData'), (m) => console.warn(`oomlens: ${m}`))
  const startPaths = [...launchPaths(process.argv, process.cwd(), app.isPackaged), ...pendingOpens.splice(0)]

  const refreshMenu = () => installMenu(store.getRecentCases(), store.getSettings(), actions)
  const applySettings = (settings: Settings) => {
    win?.webContents.setZoomFactor(settings.zoomPercent / 100)
    refreshMenu()
  }
  const created = createMainApi({
    loadCase,
    writeReport: writeReportWithElectron,
    store: {
      ...store,
      addRecentCase: (entry) => {
        const list = store.addRecentCase(entry)
        refreshMenu()
        return list
      },
      clearRecentCases: () => {
        const list = store.clearRecentCases()
        refreshMenu()
        return list
      },
    },
    emit: (event, payload) => {
      if (event === 'onSettingsChanged') applySettings(payload as Settings)
      emit(event, payload)
    },
    appInfo: { host: 'electron', version: app.getVersion(), launchPaths: startPaths, nativeDialogs: true },
    samplesDir: join(appRoot, 'samples'),
    window: () => win,
  })
  mainApi = created
  const api = created.impl
  const actions: MenuActions = {
    openFiles: () => void pickFiles(win).then((paths) => paths && requestOpen(paths)),
    openFolder: () => void pickFolder(win).then((paths) => paths && requestOpen(paths)),
    openRecent: (paths) => requestOpen(paths),
    clearRecent: () => void api.clearRecentCases(),
    command: (command) => emit('onMenuCommand', command),
    updateSettings: (patch) => void api.updateSettings(patch),
    about: () => void showAbout(win),
  }

  const rendererUrl = pathToFileURL(join(appRoot, 'out', 'renderer')).href + '/'
  const isOurs = createSenderCheck(ourWebContents, rendererUrl)
  registerApiHandlers(ipcMain, api, isOurs)
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, path: unknown) => {
    if (isOurs(event) && isAbsolutePath(path)) created.grant([path])
  })
  refreshMenu()
  win = createMainWindow(appRoot, store.getSettings().zoomPercent)
  win.on('closed', () => (win = null))
}

if (!app.requestSingleInstanceLock()) {
  // A second launch: the first instance gets our argv through 'second-instance' and opens the paths.
  app.quit()
} else {
  app.on('second-instance', (_event, argv, cwd) => requestOpen(launchPaths(argv, cwd, app.isPackaged)))
  app.on('open-file', (event, path) => {
    event.preventDefault()
    requestOpen([path])
  })
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents))
  app.on('window-all-closed', () => app.quit())
  app.whenReady().then(start, (err: unknown) => {
    console.error(`oomlens: could not start: ${String(err)}`)
    app.exit(1)
  })
}
