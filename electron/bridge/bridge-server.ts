// The loopback HTTP bridge behind `oomlens serve`: the built renderer plus the same OomlensApi as
// the desktop app — `POST /api/<method>` (JSON argument list in, ApiResult out), `GET /api/events`
// (server-sent events), `GET /api/download/<id>` (exported reports). Binds 127.0.0.1 only, and
// answers only a browser that came through this launch's URL (session.ts): everything else gets 401
// before any work.
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { apiErr } from '../../shared/api/api-result'
import type { ApiResult } from '../../shared/api/api-result'
import type { Settings } from '../../shared/api/api-types'
import { invokeValidated } from '../../shared/api/invoke-validated'
import { maxRequestBytes } from '../../shared/api/http-client'
import { isApiMethod } from '../../shared/api/methods'
import type { LoadCase, WriteReport } from '../node/app/api-backend'
import { createBridgeApi } from './bridge-api'
import { createEventHub } from './event-stream'
import { refuseReason } from './http-guards'
import { createMemorySettingsStore } from './memory-settings-store'
import { createSession, launchUrl, newToken, TOKEN_PARAM, tokenFromEnv } from './session'
import { PAGE_HEADERS, serveStatic } from './static-files'

/** How much and how slowly a client may send; defaults in {@link BRIDGE_LIMITS}. */
export interface BridgeLimits {
  /** Largest API request body; arguments are ids, ranges and path lists. */
  readonly maxBodyBytes: number
  /** Until the request headers are in. */
  readonly headersMs: number
  /** Until the whole request, body included, is in. */
  readonly requestMs: number
  /** A connection with no request in the works and no byte either way. */
  readonly idleMs: number
  /** Open connections at most. */
  readonly maxConnections: number
}

/**
 * Headers and a ≤ 1 MiB body take milliseconds on loopback, so slow senders are cut early; an answer
 * being worked on (an import can take minutes) and the event stream (a heartbeat every 20 s) are
 * never cut. A browser keeps about six connections per host plus one event stream per tab.
 */
export const BRIDGE_LIMITS: BridgeLimits = {
  maxBodyBytes: 1 << 20,
  headersMs: 10_000,
  requestMs: 30_000,
  idleMs: 30_000,
  maxConnections: 64,
}

export interface BridgeOptions {
  /** Absolute paths to offer the page at start-up (`getAppInfo().launchPaths`); the page may open these only. */
  readonly launchPaths: readonly string[]
  /** 0 = any free port. */
  readonly port: number
  /** The built renderer (out/renderer). */
  readonly rendererDir: string
  readonly settings?: Partial<Settings>
  /** The bundled sample logs offered on the start screen (`samples/`), if any. */
  readonly samplesDir?: string
  readonly version: string
  readonly loadCase: LoadCase
  readonly writeReport: WriteReport
  /** This launch's secret; default: OOMLENS_SERVE_TOKEN when set, else a fresh random one. */
  readonly token?: string
  readonly limits?: Partial<BridgeLimits>
}

export interface RunningBridge {
  /** The URL to print and open: the origin plus this launch's token. */
  readonly url: string
  /** `http://127.0.0.1:<port>`, without the token. */
  readonly origin: string
  readonly port: number
  /** Let the page open these paths too (see BridgeApi.grant). */
  grant(paths: readonly string[]): void
  close(): Promise<void>
}

const sendJson = (res: ServerResponse, status: number, body: ApiResult<unknown>) => {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

/**
 * The request body as text, or null as soon as it proves larger than `maxBytes`; the rest is read and
 * dropped, so a client still sending gets the 413 (the request time limit bounds how long).
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let bytes = Number(req.headers['content-length'] ?? 0) > maxBytes ? Infinity : 0
    if (bytes > maxBytes) resolve(null)
    req.on('data', (chunk: Buffer) => {
      if (bytes > maxBytes) return
      bytes += chunk.length
      if (bytes <= maxBytes) return void chunks.push(chunk)
      chunks.length = 0
      resolve(null)
    })
    req.on('end', () => resolve(bytes > maxBytes ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
  })
}

/** A tiny page that moves to the clean URL once the cookie is set (a same-origin move, so SameSite=Strict lets the cookie go along). */
const CONTINUE_PAGE =
  '<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/"><title>OOMLens</title>' +
  '<p><a href="/">Open the OOMLens workbench</a></p>\n'
const NO_SESSION =
  'This OOMLens workbench opens only through the address `oomlens serve` printed when it started ' +
  '(it carries a key of that launch); open that address again.'

/** Start the bridge; resolves once it listens. Rejects when the port is taken (EADDRINUSE). */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? tokenFromEnv() ?? newToken()
  const limits = { ...BRIDGE_LIMITS, ...options.limits }
  const events = createEventHub(PAGE_HEADERS)
  const api = createBridgeApi({
    loadCase: options.loadCase,
    writeReport: options.writeReport,
    store: createMemorySettingsStore(options.settings),
    emit: (event, payload) => events.broadcast({ event, payload }),
    appInfo: { host: 'bridge', version: options.version, launchPaths: options.launchPaths, nativeDialogs: false },
    ...(options.samplesDir ? { samplesDir: options.samplesDir } : {}),
  })
  let port = options.port
  let session = createSession(token, port) // made again with the real port once listening

  /** `GET /?token=…`: a valid token sets the session cookie and moves on to the clean URL. */
  const exchangeToken = (res: ServerResponse, candidate: string | null) => {
    if (!session.matches(candidate)) {
      res.writeHead(401, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
      return void res.end(`The key in this address is not the one of this launch. ${NO_SESSION}\n`)
    }
    res.writeHead(200, {
      ...PAGE_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': session.setCookie(),
    })
    res.end(CONTINUE_PAGE)
  }

  const refuseUnknown = (res: ServerResponse, isApi: boolean) => {
    if (isApi) return sendJson(res, 401, apiErr('forbidden', NO_SESSION))
    res.writeHead(401, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
    res.end(`${NO_SESSION}\n`)
  }

  const handleApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method === 'GET' && name === 'events') return events.attach(req, res)
    const download = req.method === 'GET' && /^download\/([0-9a-f]{32})$/.exec(name)
    if (download) {
      const found = api.download(download[1] ?? '')
      if (!found) return sendJson(res, 404, apiErr('not-found', 'no such download'))
      res.writeHead(200, {
        ...PAGE_HEADERS,
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename="${found.name}"`,
      })
      return void createReadStream(found.file).pipe(res)
    }
    if (req.method !== 'POST') return sendJson(res, 405, apiErr('bad-argument', 'API calls are POST requests'))
    if (!isApiMethod(name)) return sendJson(res, 404, apiErr('not-found', `no API method ${name.slice(0, 60)}`))
    // Only openCaseContent carries file contents; every other method's arguments fit the usual limit.
    const maxBytes = name === 'openCaseContent' ? maxRequestBytes(name) : limits.maxBodyBytes
    const body = await readBody(req, maxBytes)
    if (body === null) {
      res.setHeader('connection', 'close')
      return sendJson(res, 413, apiErr('bad-argument', `${name}: request body larger than ${maxBytes} bytes`))
    }
    let args: unknown
    try {
      args = JSON.parse(body)
    } catch {
      return sendJson(res, 400, apiErr('bad-argument', `${name}: the request body is not JSON`))
    }
    sendJson(res, 200, await invokeValidated(api.impl, name, args))
  }

  /** Sockets with an answer in the works: the idle timeout leaves them alone. */
  const busy = new WeakSet<Socket>()
  // Node checks the header and request limits every connectionsCheckingInterval (30 s by default, longer
  // than the limits themselves): check often enough that a limit means what it says.
  const checkEveryMs = Math.max(50, Math.min(limits.headersMs, limits.requestMs) / 5)
  const server = createServer({ connectionsCheckingInterval: checkEveryMs }, (req, res) => {
    const [path = '/', query = ''] = (req.url ?? '/').split('?')
    const isApi = path.startsWith('/api/')
    const refused = refuseReason(req, port, isApi)
    if (refused) return sendJson(res, 403, apiErr('forbidden', `refused: ${refused}`))
    const offered = new URLSearchParams(query).get(TOKEN_PARAM)
    if (!isApi && req.method === 'GET' && offered !== null) return exchangeToken(res, offered)
    if (!session.admits(req.headers.cookie)) return refuseUnknown(res, isApi)
    busy.add(req.socket)
    res.once('close', () => busy.delete(req.socket))
    const done = isApi
      ? handleApi(req, res, path.slice('/api/'.length))
      : req.method === 'GET' || req.method === 'HEAD'
        ? serveStatic(options.rendererDir, path, res)
        : Promise.resolve(sendJson(res, 405, apiErr('bad-argument', 'only GET for pages')))
    done.catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, apiErr('internal', `internal error: ${String(err)}`))
      else res.end()
    })
  })
  // Both limits cover receiving a request only: an answer may take as long as an import, and the event
  // stream's request is complete once its headers are in.
  server.headersTimeout = limits.headersMs
  server.requestTimeout = limits.requestMs
  server.maxConnections = limits.maxConnections
  // A connection that sends nothing at all is not covered by either limit (Node checks them only once
  // a request has begun).
  server.setTimeout(limits.idleMs, (socket: Socket) => {
    if (!busy.has(socket)) socket.destroy()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  session = createSession(token, port)
  const origin = `http://127.0.0.1:${port}`
  return {
    url: launchUrl(origin, token),
    origin,
    port,
    grant: api.grant,
    close: async () => {
      events.closeAll()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await api.dispose()
    },
  }
}
