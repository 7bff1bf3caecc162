// Any thrown value -> an ApiError with a stable code. The case service throws InputError (bad or
// unreadable input, naming the path); Node's fs errors carry errno codes; anything else is a bug.
import type { ApiError, ApiErrorCode } from '../../../shared/api/api-result'

const NOT_FOUND = new Set(['ENOENT', 'ENOTDIR'])
/** electron/node/input/input-error.ts codes → API codes ('cancelled' is handled apart). */
const INPUT_ERROR_CODES: Readonly<Record<string, ApiErrorCode>> = {
  'not-found': 'not-found',
  unreadable: 'unreadable',
  corrupt: 'unreadable',
  unsupported: 'unsupported-input',
  'empty-case': 'unsupported-input',
}
const UNREADABLE = new Set(['EACCES', 'EPERM', 'EISDIR', 'EIO', 'ELOOP', 'EMFILE', 'ENAMETOOLONG'])

/** `aborted`: the import's signal fired, so whatever was thrown means "cancelled". */
export function toApiError(err: unknown, aborted: boolean): ApiError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    name?: unknown
    code?: unknown
    message?: unknown
    path?: unknown
    line?: unknown
  }
  const message = typeof e.message === 'string' ? (e.message.split('\n')[0] ?? '') : String(err)
  const path = typeof e.path === 'string' ? { path: e.path } : {}
  const line = typeof e.line === 'number' ? { line: e.line } : {}
  if (aborted || e.name === 'AbortError') return { code: 'cancelled', message: 'the import was cancelled' }
  if (typeof e.code === 'string' && NOT_FOUND.has(e.code)) return { code: 'not-found', message, ...path }
  if (typeof e.code === 'string' && UNREADABLE.has(e.code)) return { code: 'unreadable', message, ...path }
  if (e.name === 'InputError') {
    if (e.code === 'cancelled') return { code: 'cancelled', message: 'the import was cancelled' }
    const code = INPUT_ERROR_CODES[String(e.code)] ?? 'unreadable'
    return { code, message, ...path, ...line }
  }
  return { code: 'internal', message: `internal error: ${message}` }
}
