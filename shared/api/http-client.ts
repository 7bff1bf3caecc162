/**
 * {@link OomlensApi} over the loopback HTTP bridge (`oomlens serve`): `POST /api/<method>` with the
 * argument list as JSON, and one server-sent event stream (`GET /api/events`) multiplexed to the
 * `on…` listeners. Pure: the host passes its `fetch` and `EventSource`-like functions in, so the
 * renderer (browser) and the tests (Node) use this same implementation.
 */
import { apiErr, isApiResult } from './api-result'
import type { ApiResult } from './api-result'
import { MAX_CONTENT_BYTES } from './api-types'
import { API_EVENTS, API_METHODS, isApiEvent } from './methods'
import type { ApiEvent, ApiMethod } from './methods'
import type { OomlensApi, Unsubscribe } from './oomlens-api'

/** The part of `fetch` the client uses. */
export type FetchLike = (
  url: string,
  init: { readonly method: 'POST'; readonly headers: Record<string, string>; readonly body: string },
) => Promise<{ readonly status: number; json(): Promise<unknown> }>

/** Opens the event stream; calls `onMessage` with each event's `data` text; returns a closer. */
export type EventStreamLike = (url: string, onMessage: (data: string) => void) => () => void

/**
 * Header every API request carries. A cross-origin page cannot send it without a CORS preflight,
 * which the bridge never approves.
 */
export const API_REQUEST_HEADER = 'x-oomlens-api'

/** Largest request body the bridge reads for most methods: ids, ranges and path lists. */
const MAX_BODY_BYTES = 1 << 20

/**
 * Largest request body the bridge reads for `method`. `openCaseContent` carries files as base64
 * (4 characters per 3 bytes) up to `MAX_CONTENT_BYTES`, plus names and JSON around them.
 */
export function maxRequestBytes(method: ApiMethod): number {
  return method === 'openCaseContent' ? Math.ceil(MAX_CONTENT_BYTES / 3) * 4 + 16 * MAX_BODY_BYTES : MAX_BODY_BYTES
}

/** The message format on `GET /api/events`. */
export interface BridgeEventMessage {
  readonly event: ApiEvent
  readonly payload: unknown
}

export interface HttpApiOptions {
  readonly fetch: FetchLike
  readonly openEventStream: EventStreamLike
  /** Origin of the bridge, e.g. `http://127.0.0.1:4173`; `''` for same-origin relative URLs. */
  readonly baseUrl?: string
}

type Listener = (payload: unknown) => void

/** An {@link OomlensApi} that talks to the bridge. */
export function createHttpApi(options: HttpApiOptions): OomlensApi {
  const base = options.baseUrl ?? ''
  const listeners = new Map<ApiEvent, Set<Listener>>(API_EVENTS.map((e) => [e, new Set<Listener>()]))
  let closeStream: (() => void) | null = null

  const dispatch = (data: string): void => {
    let message: unknown
    try {
      message = JSON.parse(data)
    } catch {
      return // not ours; the stream carries only JSON
    }
    const { event, payload } = (message ?? {}) as Partial<BridgeEventMessage>
    if (isApiEvent(event)) for (const l of listeners.get(event) ?? []) l(payload)
  }

  const subscribe = (event: ApiEvent, listener: Listener): Unsubscribe => {
    const set = listeners.get(event) as Set<Listener>
    const own: Listener = (p) => listener(p) // a distinct entry even when one function subscribes twice
    set.add(own)
    closeStream ??= options.openEventStream(`${base}/api/events`, dispatch)
    return () => {
      set.delete(own)
      if (closeStream && [...listeners.values()].every((s) => s.size === 0)) {
        closeStream()
        closeStream = null
      }
    }
  }

  const call = async (method: ApiMethod, args: readonly unknown[]): Promise<ApiResult<unknown>> => {
    try {
      const response = await options.fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [API_REQUEST_HEADER]: '1' },
        body: JSON.stringify(args),
      })
      const body = await response.json()
      if (isApiResult(body)) return body
      return apiErr('internal', `${method}: the bridge answered HTTP ${response.status} without a result`)
    } catch (err) {
      return apiErr('unavailable', `${method}: the bridge could not be reached (${String(err)})`)
    }
  }

  const api: Record<string, unknown> = {}
  for (const method of API_METHODS) api[method] = (...args: unknown[]) => call(method, args)
  for (const event of API_EVENTS) api[event] = (listener: Listener) => subscribe(event, listener)
  // A browser never reveals a dropped file's path; the renderer offers the path-less routes instead.
  api.getPathForFile = () => null
  return api as unknown as OomlensApi
}
