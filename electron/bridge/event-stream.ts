// Server-sent events for the `on…` half of the API: one stream per page, every event to every
// stream, as `data: {"event":"onImportProgress","payload":{…}}`.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { BridgeEventMessage } from '../../shared/api/http-client'

/** Keeps proxies and idle timeouts from closing a quiet stream. */
const HEARTBEAT_MS = 20_000

export interface EventHub {
  attach(req: IncomingMessage, res: ServerResponse): void
  broadcast(message: BridgeEventMessage): void
  closeAll(): void
}

export function createEventHub(headers: Readonly<Record<string, string>>): EventHub {
  const clients = new Set<ServerResponse>()
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': ping\n\n')
  }, HEARTBEAT_MS)
  heartbeat.unref()
  return {
    attach(req, res) {
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' })
      res.write('retry: 2000\n\n')
      clients.add(res)
      req.on('close', () => clients.delete(res))
    },
    broadcast(message) {
      const frame = `data: ${JSON.stringify(message)}\n\n`
      for (const res of clients) res.write(frame)
    },
    closeAll() {
      clearInterval(heartbeat)
      for (const res of clients) res.end()
      clients.clear()
    },
  }
}
