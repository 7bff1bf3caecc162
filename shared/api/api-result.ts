/**
 * Results, not exceptions, across the app boundary (ARCHITECTURE §3): Electron's `ipcMain.handle`
 * transports only an error's message, and HTTP has no exceptions at all, so every API method
 * resolves with an {@link ApiResult} carrying a stable error code.
 */

/** Stable kebab-case codes; never renamed. Stores branch on them, tests assert them. */
export type ApiErrorCode =
  /** An argument failed validation (wrong type, out of range, unknown id). */
  | 'bad-argument'
  /** The call came from a sender we did not create, or from a foreign origin. */
  | 'forbidden'
  /** A case, event or input path that does not exist (any more). */
  | 'not-found'
  /** Input that exists but could not be read (permissions, truncated archive, limits). */
  | 'unreadable'
  /** Input that was read but is not something OOMLens understands. */
  | 'unsupported-input'
  /** The user cancelled (import cancelled, dialog dismissed where that is an error). */
  | 'cancelled'
  /** This host cannot do that (a native dialog in the browser bridge). */
  | 'unavailable'
  /** A bug: an invariant broke. The message says where. */
  | 'internal'

/** What went wrong, as data. `path`/`line` name the input when the problem is in one. */
export interface ApiError {
  readonly code: ApiErrorCode
  /** One sentence: what was expected and what was found. */
  readonly message: string
  readonly path?: string
  readonly line?: number
}

/** Every API method resolves with this; it never rejects. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError }

/** A successful result. */
export function apiOk<T>(value: T): ApiResult<T> {
  return { ok: true, value }
}

/** A failed result with a code and a one-sentence message. */
export function apiErr<T = never>(code: ApiErrorCode, message: string, path?: string): ApiResult<T> {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } }
}

const CODES: readonly ApiErrorCode[] = [
  'bad-argument',
  'forbidden',
  'not-found',
  'unreadable',
  'unsupported-input',
  'cancelled',
  'unavailable',
  'internal',
]

/** True when `value` has the shape of an {@link ApiResult} (used by the HTTP client on untrusted JSON). */
export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { ok?: unknown; value?: unknown; error?: unknown }
  if (v.ok === true) return 'value' in v
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false
  const e = v.error as { code?: unknown; message?: unknown }
  return typeof e.message === 'string' && (CODES as readonly unknown[]).includes(e.code)
}
