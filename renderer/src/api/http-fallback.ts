import { createHttpApi as createBridgeApi } from '../../../shared/api/http-client'
import type { OomlensApi } from '../../../shared/api/oomlens-api'

/** The bridge's API on this page's own origin: `fetch` for calls, one EventSource for host events. */
export function createHttpApi(): OomlensApi {
  return createBridgeApi({
    fetch: (url, init) => fetch(url, { ...init, headers: { ...init.headers } }),
    openEventStream: (url, onMessage) => {
      const source = new EventSource(url)
      source.onmessage = (e: MessageEvent<string>) => onMessage(e.data)
      return () => source.close()
    },
  })
}
