// The sandboxed preload (bundled to one CommonJS file, out/preload/preload.cjs). It builds
// window.oomlens from the API lists and nothing else: one invoke per method, one subscription per
// event with the Electron event stripped and an unsubscribe returned, and the dropped-file path
// lookup, which also tells main the path (main opens only paths it handed out or heard of this way).
// No ipcRenderer, no Node, no other global reaches the page.
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { API_CHANNEL_PREFIX, API_EVENTS, API_METHODS, apiChannel, DROPPED_PATH_CHANNEL } from '../../shared/api/methods'

function checkedChannel(name: string): string {
  const channel = apiChannel(name as (typeof API_METHODS)[number])
  if (!channel.startsWith(API_CHANNEL_PREFIX)) throw new Error(`not an OOMLens channel: ${channel}`)
  return channel
}

const api: Record<string, unknown> = {}

for (const method of API_METHODS) {
  const channel = checkedChannel(method)
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
}

for (const event of API_EVENTS) {
  const channel = checkedChannel(event)
  api[event] = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError(`${event}: the listener must be a function`)
    const handler = (_event: IpcRendererEvent, payload: unknown) => (listener as (p: unknown) => void)(payload)
    ipcRenderer.on(channel, handler)
    return () => void ipcRenderer.removeListener(channel, handler)
  }
}

api.getPathForFile = (file: unknown): string | null => {
  let path: string
  try {
    // Electron ≥ 32 removed File.path; this is the supported way to learn a dropped file's path. A File
    // the page made itself has none ('').
    path = webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0])
  } catch {
    return null // not a File
  }
  if (!path) return null
  // Before the renderer can ask to open it: IPC messages from this frame reach main in order.
  ipcRenderer.send(DROPPED_PATH_CHANNEL, path)
  return path
}

contextBridge.exposeInMainWorld('oomlens', api)
