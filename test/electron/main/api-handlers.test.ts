import { describe, expect, it, vi } from 'vitest'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { apiOk } from '../../../shared/api/api-result'
import type { ApiImplementation } from '../../../shared/api/invoke-validated'
import { API_METHODS } from '../../../shared/api/methods'

vi.mock('electron', () => ({}))
const { createSenderCheck, registerApiHandlers } = await import('../../../electron/main/api-handlers')

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Handler>()
  const ipc = {
    handle: (channel: string, fn: Handler) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  }
  return { handlers, ipc: ipc as unknown as IpcMain }
}

const RENDERER = 'file:///opt/OOMLens/resources/app.asar/out/renderer/'

function sender(id: number, url: string, sub = false) {
  const mainFrame = { url }
  return { sender: { id, mainFrame }, senderFrame: sub ? { url } : mainFrame } as unknown as IpcMainInvokeEvent
}

function impl(): ApiImplementation & { calls: unknown[][] } {
  const calls: unknown[][] = []
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, ...args])
      return apiOk(null)
    }
  const api = Object.fromEntries(API_METHODS.map((m) => [m, record(m)])) as unknown as ApiImplementation
  return Object.assign(api, { calls })
}

describe('api-handlers', () => {
  const ours = new Set([7])
  const check = createSenderCheck(ours, RENDERER)

  it('registers one prefixed channel per API method', () => {
    const { handlers, ipc } = fakeIpcMain()
    const remove = registerApiHandlers(ipc, impl(), check)
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map((m) => `oomlens:${m}`).sort())
    remove()
    expect(handlers.size).toBe(0)
  })

  it('answers our window with the implementation result when sender and arguments are good', async () => {
    const { handlers, ipc } = fakeIpcMain()
    const api = impl()
    registerApiHandlers(ipc, api, check)
    const result = await handlers.get('oomlens:getEvent')?.(sender(7, `${RENDERER}index.html#/case`), 'c1', 'e2')
    expect(result).toEqual({ ok: true, value: null })
    expect(api.calls).toEqual([['getEvent', 'c1', 'e2']])
  })

  it('rejects a foreign sender with forbidden and never calls the implementation', async () => {
    const { handlers, ipc } = fakeIpcMain()
    const api = impl()
    registerApiHandlers(ipc, api, check)
    const foreign = [
      sender(8, `${RENDERER}index.html`), // a window we did not create
      sender(7, 'https://evil.example/'), // our window navigated away
      sender(7, 'file:///tmp/out/renderer/index.html'), // a file outside our renderer folder
      sender(7, `${RENDERER}index.html`, true), // an iframe inside our window
    ]
    for (const event of foreign) {
      const result = (await handlers.get('oomlens:openCase')?.(event, ['/var/log/messages'])) as {
        ok: boolean
        error: { code: string }
      }
      expect(result.ok).toBe(false)
      expect(result.error.code).toBe('forbidden')
    }
    expect(api.calls).toEqual([])
  })

  it('rejects malformed arguments with bad-argument and never calls the implementation', async () => {
    const { handlers, ipc } = fakeIpcMain()
    const api = impl()
    registerApiHandlers(ipc, api, check)
    const ok = sender(7, `${RENDERER}index.html`)
    const cases: [string, unknown[]][] = [
      ['openCase', ['relative/messages']],
      ['openCase', [['relative/messages']]],
      ['getEvent', [{ toString: 'c1' }, 'e1']],
      ['readLines', [{ caseId: 'c1', path: '/x', fromLine: -1, toLine: 2 }]],
      ['exportReport', ['c1', { format: 'sh', lang: 'en', whatIf: null }]],
      ['updateSettings', [{ theme: 'dark', shell: '/bin/sh' }]],
      ['cancelImport', ['now']],
    ]
    for (const [method, args] of cases) {
      const result = (await handlers.get(`oomlens:${method}`)?.(ok, ...args)) as {
        ok: boolean
        error: { code: string }
      }
      expect(result.error.code, method).toBe('bad-argument')
    }
    expect(api.calls).toEqual([])
  })

  it('turns a throwing implementation into an internal result instead of a rejection', async () => {
    const { handlers, ipc } = fakeIpcMain()
    const api = { ...impl(), getSettings: async () => Promise.reject(new Error('disk on fire')) }
    registerApiHandlers(ipc, api, check)
    const result = await handlers.get('oomlens:getSettings')?.(sender(7, `${RENDERER}index.html`))
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'getSettings: internal error: disk on fire' },
    })
  })
})
