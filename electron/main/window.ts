// The one workbench window and every guard around it (ARCHITECTURE §4). The options are an object
// literal directly inside `new BrowserWindow(...)`, with literal values, because electronegativity
// resolves nothing in .ts files: options held in a variable would read as "nothing set".
import { BrowserWindow, session } from 'electron'
import type { Session, WebContents } from 'electron'
import { join } from 'node:path'

/** Every window we created, by webContents id: the only senders the API answers (api-handlers.ts). */
export const ourWebContents = new Set<number>()

/**
 * No permission (camera, notifications, clipboard-read, …) is ever granted: a log viewer needs none,
 * and a page that asks is not ours.
 */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
}

/**
 * The Content-Security-Policy as a header too (the renderer's meta tag says the same; a test keeps
 * them equal). Electronegativity reads only a literal array here, so no constant.
 */
export function enforceContentSecurityPolicy(target: Session): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    })
  })
}

/** Navigation, new windows and webviews are refused for every web contents, ours or not. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // External links are denied too, never handed to shell.openExternal: a URL may come from a log.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Create the workbench window over the built renderer in `appRoot/out/renderer`. */
export function createMainWindow(appRoot: string, zoomPercent: number): BrowserWindow {
  denyAllPermissions(session.defaultSession)
  enforceContentSecurityPolicy(session.defaultSession)
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'OOMLens',
    webPreferences: {
      // The preload was reviewed: it exposes exactly the API lists (test/electron/preload/preload.test.ts).
      preload: join(appRoot, 'out', 'preload', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      // Electronegativity assumes the oldest defaults and wants this spelled out; Electron ≥ 14 typings dropped it.
      // @ts-expect-error not in current Electron typings
      enableRemoteModule: false,
    },
  })
  ourWebContents.add(win.webContents.id)
  const id = win.webContents.id
  win.on('closed', () => ourWebContents.delete(id))
  lockDownContents(win.webContents)
  win.webContents.setZoomFactor(zoomPercent / 100)
  win.once('ready-to-show', () => win.show())
  void win.loadFile(join(appRoot, 'out', 'renderer', 'index.html'))
  return win
}
