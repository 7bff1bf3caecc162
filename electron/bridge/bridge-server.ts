// The loopback HTTP bridge behind `oomlens serve`: the built renderer plus the same OomlensApi as
// the desktop app — `POST /api/<method>` (JSON argument list in, ApiResult out), `GET /api/events`
// (server-sent events), `GET /api/download/<id>` (exported reports). Binds 127.0.0.1 only.
import { createReadStream } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
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
import { PAGE_HEADERS, serveStatic } from './static-files'

export interface BridgeOptions {
  /** Absolute paths to offer the page at start-up (`getAppInfo().launchPaths`). */
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
}

export interface RunningBridge {
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

const sendJson = (res: ServerResponse, status: number, body: ApiResult<unknown>) => {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let bytes = 0
    req.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (bytes > maxBytes) {
        resolve(null)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
  })
}

/** Start the bridge; resolves once it listens. Rejects when the port is taken (EADDRINUSE). */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
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
    const body = await readBody(req, maxRequestBytes(name))
    if (body === null) return sendJson(res, 413, apiErr('bad-argument', `${name}: request body too large`))
    let args: unknown
    try {
      args = JSON.parse(body)
    } catch {
      return sendJson(res, 400, apiErr('bad-argument', `${name}: the request body is not JSON`))
    }
    sendJson(res, 200, await invokeValidated(api.impl, name, args))
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const isApi = path.startsWith('/api/')
    const refused = refuseReason(req, port, isApi)
    if (refused) return sendJson(res, 403, apiErr('forbidden', `refused: ${refused}`))
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
  server.requestTimeout = 0 // the event stream stays open; API calls may take as long as an import
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: async () => {
      events.closeAll()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await api.dispose()
    },
  }
}
