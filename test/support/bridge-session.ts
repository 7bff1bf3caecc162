// A test's "browser" for `oomlens serve`: trade the printed URL's launch token for the session cookie,
// as the page does on its first load, then send that cookie with every API call.
import type { FetchLike } from '../../shared/api/http-client'

/** The session cookie (`name=value`) the bridge sets for the printed URL. */
export async function sessionCookie(printedUrl: string): Promise<string> {
  const res = await fetch(printedUrl, { redirect: 'manual' })
  if (res.status !== 200) throw new Error(`login to ${printedUrl} answered ${res.status}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  if (!/^oomlens-session-\d+=/.test(cookie)) throw new Error(`login set no session cookie: ${cookie}`)
  return cookie
}

/** `fetch` that sends the session cookie, for the HTTP client. */
export function fetchWithCookie(cookie: string): FetchLike {
  return ((url: string, init: RequestInit) =>
    fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } })) as unknown as FetchLike
}
