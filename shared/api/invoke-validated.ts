/**
 * The one call path both transports share after their own sender/origin check: validate the
 * untrusted argument list, call the implementation, and turn anything thrown into an `internal`
 * result — so a handler can never reject across the boundary.
 */
import { apiErr } from './api-result'
import type { ApiResult } from './api-result'
import type { ApiMethod } from './methods'
import type { OomlensApi } from './oomlens-api'
import { validateApiArgs } from './validate'

/** The request/response half of the API, as a host implements it. */
export type ApiImplementation = Pick<OomlensApi, ApiMethod>

/** Validate `args` for `method`, then call `impl`; resolves with an ApiResult, never rejects. */
export async function invokeValidated(
  impl: ApiImplementation,
  method: ApiMethod,
  args: unknown,
): Promise<ApiResult<unknown>> {
  const checked = validateApiArgs(method, args)
  if (!checked.ok) return checked
  try {
    const fn = impl[method] as (...a: readonly unknown[]) => Promise<ApiResult<unknown>>
    return await fn(...checked.value)
  } catch (err) {
    const message = typeof err === 'object' && err !== null && 'message' in err ? String(err.message) : String(err)
    return apiErr('internal', `${method}: internal error: ${message.split('\n')[0]}`)
  }
}
