// The bridge's per-launch secret. Headers alone guard against browsers, not against another user of a
// multi-user jump host, who can send any header with curl: so `oomlens serve` makes a random token,
// prints (and opens) `http://127.0.0.1:<port>/?token=<token>`, and the first page load trades it for
// an HttpOnly, SameSite=Strict cookie and moves on to the clean URL. Every other request must carry
// the cookie. The token is never written to argv (other users can read /proc/<pid>/cmdline) nor
// logged; a later launch has a new one.
//
// What a cookie cannot do: browsers send 127.0.0.1 cookies to every port of 127.0.0.1, so the cookie
// name carries the port (two launches do not overwrite each other's), and a page on another loopback
// port that this browser visits could read the Cookie header of its own requests. SameSite=Strict
// keeps it out of requests that other sites start.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** The query parameter of the printed URL. */
export const TOKEN_PARAM = 'token'

/** Fixes the token instead of drawing one (tests and scripts that start the server and a browser). */
export const TOKEN_ENV = 'OOMLENS_SERVE_TOKEN'

/** base64url, at least 32 characters (192 bits): what `newToken` draws, and the least a fixed one may have. */
const TOKEN_RE = /^[A-Za-z0-9_-]{32,256}$/

/** A fresh token: 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The token fixed through {@link TOKEN_ENV}, or null; throws when one is set but too weak to guard anything. */
export function tokenFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env[TOKEN_ENV]
  if (value === undefined || value === '') return null
  if (!TOKEN_RE.test(value)) throw new Error(`${TOKEN_ENV} must be 32 to 256 characters of A-Z a-z 0-9 _ -`)
  return value
}

/** The URL `oomlens serve` prints and opens for `origin` (`http://127.0.0.1:<port>`). */
export function launchUrl(origin: string, token: string): string {
  return `${origin}/?${TOKEN_PARAM}=${token}`
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest()

export interface Session {
  /** True when `candidate` is this launch's token (constant time). */
  matches(candidate: string | null | undefined): boolean
  /** True when the request's Cookie header carries this launch's session cookie. */
  admits(cookieHeader: string | undefined): boolean
  /** The Set-Cookie value that admits this browser from now on. */
  setCookie(): string
}

/** The session of one launch on `port`, keyed by `token`. */
export function createSession(token: string, port: number): Session {
  const expected = digest(token)
  const name = `oomlens-session-${port}`
  const matches = (candidate: string | null | undefined): boolean =>
    typeof candidate === 'string' && timingSafeEqual(digest(candidate), expected)
  return {
    matches,
    admits(cookieHeader) {
      for (const part of (cookieHeader ?? '').split(';')) {
        const eq = part.indexOf('=')
        if (eq > 0 && part.slice(0, eq).trim() === name && matches(part.slice(eq + 1).trim())) return true
      }
      return false
    },
    // No Max-Age: the cookie ends with the browser session, and the token with this launch anyway.
    setCookie: () => `${name}=${token}; Path=/; HttpOnly; SameSite=Strict`,
  }
}
