// Who may talk to the bridge: only pages this server served, in a browser on this machine. The
// socket is bound to 127.0.0.1; these checks add DNS-rebinding protection (Host), cross-site
// protection (Origin, Sec-Fetch-Site) and a header a foreign page cannot send without a CORS
// preflight, which the bridge never approves.
import type { IncomingMessage } from 'node:http'
import { API_REQUEST_HEADER } from '../../shared/api/http-client'

/** The origins this server answers to on `port`. */
export function loopbackOrigins(port: number): readonly string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

/** Why a request is refused, or null when it may proceed. `api`: a call or event stream, not a static file. */
export function refuseReason(req: IncomingMessage, port: number, api: boolean): string | null {
  const origins = loopbackOrigins(port)
  const address = req.socket.remoteAddress ?? ''
  if (!['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(address)) return 'not a loopback client'
  const host = req.headers.host ?? ''
  if (!origins.includes(`http://${host}`)) return `foreign Host header ${JSON.stringify(host.slice(0, 80))}`
  const origin = req.headers.origin
  if (origin !== undefined && !origins.includes(origin)) return `foreign Origin ${JSON.stringify(origin.slice(0, 80))}`
  const site = req.headers['sec-fetch-site']
  if (api && site !== undefined && site !== 'same-origin') return `cross-site request (${String(site)})`
  if (api && req.method === 'POST') {
    if (req.headers[API_REQUEST_HEADER] !== '1') return `missing ${API_REQUEST_HEADER} header`
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return 'not a JSON request'
  }
  return null
}
