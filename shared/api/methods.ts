/**
 * The runtime lists the preload, the main handlers and the HTTP bridge loop over. A type test keeps
 * them equal to the function keys of {@link OomlensApi}.
 */
import type { OomlensApi } from './oomlens-api'

/** Every IPC channel and event name starts with this; the preload and main both check it. */
export const API_CHANNEL_PREFIX = 'oomlens:'

/** Request/response methods (`ipcRenderer.invoke` / `POST /api/<method>`). */
export const API_METHODS = [
  'getAppInfo',
  'openCase',
  'openCaseContent',
  'openSamples',
  'cancelImport',
  'pickCaseFiles',
  'pickCaseFolder',
  'getEvent',
  'getMachineState',
  'readLines',
  'exportReport',
  'getSettings',
  'updateSettings',
  'getRecentCases',
  'clearRecentCases',
] as const satisfies readonly (keyof OomlensApi)[]

/** Host-to-renderer events (`ipcRenderer.on` / server-sent events on `GET /api/events`). */
export const API_EVENTS = [
  'onImportProgress',
  'onOpenRequested',
  'onMenuCommand',
  'onSettingsChanged',
] as const satisfies readonly (keyof OomlensApi)[]

/** Methods the host answers locally, without a round trip (the preload; the HTTP client). */
export const API_LOCAL = ['getPathForFile'] as const satisfies readonly (keyof OomlensApi)[]

export type ApiMethod = (typeof API_METHODS)[number]
export type ApiEvent = (typeof API_EVENTS)[number]
export type ApiLocal = (typeof API_LOCAL)[number]

/** What an event's listener receives. */
export type ApiEventPayload<E extends ApiEvent> = Parameters<Parameters<OomlensApi[E]>[0]>[0]

/** The IPC channel of a method or event: `oomlens:openCase`. */
export function apiChannel(name: ApiMethod | ApiEvent): string {
  return API_CHANNEL_PREFIX + name
}

/**
 * Preload → main, one way: the path of a file the user dropped on the window, as Electron resolved it
 * from the real File (a page cannot make up a File with a path). Main then lets the renderer open it;
 * no other path the renderer names is opened (electron/node/granted-paths.ts).
 */
export const DROPPED_PATH_CHANNEL = `${API_CHANNEL_PREFIX}droppedPath`

/** True for a method name from {@link API_METHODS} (untrusted input: a URL segment, a channel). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name)
}

/** True for an event name from {@link API_EVENTS}. */
export function isApiEvent(name: unknown): name is ApiEvent {
  return typeof name === 'string' && (API_EVENTS as readonly string[]).includes(name)
}
