// The ONLY module that knows window.oomlens exists (ARCHITECTURE §3). In Electron the preload puts
// the API there; in a browser (`oomlens serve`) the same API runs over HTTP to the loopback bridge.
import type { OomlensApi } from '../../../shared/api/oomlens-api'
import { createHttpApi } from './http-fallback'

let api: OomlensApi | null = null

/** The app API: the preload's when present, else the HTTP bridge's on this page's origin. */
export function getApi(): OomlensApi {
  api ??= window.oomlens ?? createHttpApi()
  return api
}

/** Tests and stories put a fake here; null goes back to the real one. */
export function setApi(next: OomlensApi | null): void {
  api = next
}
