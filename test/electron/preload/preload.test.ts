import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_EVENTS, API_LOCAL, API_METHODS } from '../../../shared/api/methods'

const exposed = new Map<string, Record<string, unknown>>()
const listeners = new Map<string, Set<(...a: unknown[]) => void>>()
const invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } }))
const send = vi.fn()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
  ipcRenderer: {
    invoke,
    send,
    on: (channel: string, fn: (...a: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(fn)
    },
    removeListener: (channel: string, fn: (...a: unknown[]) => void) => listeners.get(channel)?.delete(fn),
  },
  webUtils: {
    getPathForFile: (file: unknown) => {
      if (typeof file !== 'object' || file === null || !('name' in file)) throw new TypeError('not a File')
      // A File the page made itself (`new File([], 'x')`) has no path.
      return 'dropped' in file ? `/home/user/${String(file.name)}` : ''
    },
  },
}))

beforeEach(async () => {
  exposed.clear()
  listeners.clear()
  invoke.mockClear()
  send.mockClear()
  vi.resetModules()
  await import('../../../electron/preload/preload')
})

describe('preload', () => {
  it('exposes exactly the API lists on window.oomlens and nothing else when loaded', () => {
    expect([...exposed.keys()]).toEqual(['oomlens'])
    const api = exposed.get('oomlens') ?? {}
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, ...API_EVENTS, ...API_LOCAL].sort())
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
    expect(api).not.toHaveProperty('invoke')
    expect(api).not.toHaveProperty('send')
  })

  it('invokes the prefixed channel with the arguments when a method is called', async () => {
    const api = exposed.get('oomlens') as Record<string, (...a: unknown[]) => Promise<unknown>>
    const result = await api.getEvent?.('c1', 'e3')
    expect(invoke).toHaveBeenCalledWith('oomlens:getEvent', 'c1', 'e3')
    expect(result).toEqual({ ok: true, value: { channel: 'oomlens:getEvent', args: ['c1', 'e3'] } })
  })

  it('strips the Electron event and returns an unsubscribe when a listener subscribes', () => {
    const api = exposed.get('oomlens') as Record<string, (l: unknown) => () => void>
    const seen: unknown[][] = []
    const unsubscribe = api.onImportProgress?.((...args: unknown[]) => seen.push(args)) as () => void
    const handlers = listeners.get('oomlens:onImportProgress') ?? new Set()
    expect(handlers.size).toBe(1)
    const progress = { phase: 'reading', path: '/x.log' }
    for (const h of handlers) h({ sender: 'ipc-event-object' }, progress)
    expect(seen).toEqual([[progress]])
    unsubscribe()
    expect(listeners.get('oomlens:onImportProgress')?.size).toBe(0)
  })

  it('refuses a listener that is not a function when subscribing', () => {
    const api = exposed.get('oomlens') as Record<string, (l: unknown) => () => void>
    expect(() => api.onMenuCommand?.('alert(1)')).toThrow(TypeError)
  })

  it('returns a dropped file path and tells main, or null for something that is not a dropped file', () => {
    const api = exposed.get('oomlens') as Record<string, (f: unknown) => string | null>
    expect(api.getPathForFile?.({ name: 'messages', dropped: true })).toBe('/home/user/messages')
    expect(send.mock.calls).toEqual([['oomlens:droppedPath', '/home/user/messages']])
    expect(api.getPathForFile?.('not a file')).toBeNull()
    expect(api.getPathForFile?.({ name: '/etc/shadow' })).toBeNull()
    expect(send).toHaveBeenCalledTimes(1)
  })
})
