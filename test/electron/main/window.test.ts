import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../electron/bridge/content-security-policy'

const created: { options: Record<string, unknown>; contents: FakeContents }[] = []
const sessionCalls: Record<string, unknown> = {}

class FakeContents {
  id = 41
  handlers = new Map<string, (...a: unknown[]) => void>()
  windowOpenHandler: ((d: unknown) => unknown) | null = null
  zoom = 1
  on(event: string, fn: (...a: unknown[]) => void) {
    this.handlers.set(event, fn)
    return this
  }
  setWindowOpenHandler(fn: (d: unknown) => unknown) {
    this.windowOpenHandler = fn
  }
  setZoomFactor(z: number) {
    this.zoom = z
  }
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = new FakeContents()
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents })
    }
    on() {}
    once() {}
    loadFile = vi.fn(async () => undefined)
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: unknown) => (sessionCalls.request = fn),
      setPermissionCheckHandler: (fn: unknown) => (sessionCalls.check = fn),
      webRequest: { onHeadersReceived: (fn: unknown) => (sessionCalls.headers = fn) },
    },
  },
}))

const { createMainWindow, ourWebContents } = await import('../../../electron/main/window')

describe('window', () => {
  const win = createMainWindow('/opt/oomlens', 125)
  const { options, contents } = created[0] ?? { options: {}, contents: new FakeContents() }

  it('creates an isolated, sandboxed window with the reviewed preload and no Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/opt/oomlens/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      enableRemoteModule: false,
    })
    expect(ourWebContents.has(41)).toBe(true)
    expect(contents.zoom).toBe(1.25)
    expect(win).toBeDefined()
  })

  it('prevents navigation and denies new windows when the page tries either', () => {
    const prevent = vi.fn()
    contents.handlers.get('will-navigate')?.({ preventDefault: prevent }, 'https://evil.example/')
    contents.handlers.get('will-attach-webview')?.({ preventDefault: prevent })
    expect(prevent).toHaveBeenCalledTimes(2)
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
  })

  it('denies every permission request and check', () => {
    const granted: boolean[] = []
    ;(sessionCalls.request as (...a: unknown[]) => void)(null, 'media', (ok: boolean) => granted.push(ok))
    ;(sessionCalls.request as (...a: unknown[]) => void)(null, 'notifications', (ok: boolean) => granted.push(ok))
    expect(granted).toEqual([false, false])
    expect((sessionCalls.check as () => boolean)()).toBe(false)
  })

  it('sets the same CSP header as the bridge and the renderer meta tag', () => {
    let headers: Record<string, string[]> = {}
    ;(sessionCalls.headers as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void)(
      { responseHeaders: { 'X-Other': ['1'] } },
      (r) => (headers = r.responseHeaders),
    )
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] })
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
      readFileSync('renderer/index.html', 'utf8'),
    )?.[1]
    // A meta tag cannot carry frame-ancestors; everything else must agree.
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY)
  })
})
