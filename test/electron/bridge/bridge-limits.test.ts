// The bridge against slow and greedy clients, with its limits scaled down so the test runs in seconds:
// a connection that sends nothing, headers or a body that trickle in, too many connections, a body
// over the limit (the 413 must reach the client), and — on the other side — an answer that takes
// longer than every limit (an import) and an event stream that stays quiet, neither of which is cut.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { get, request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type BridgeLimits, type RunningBridge } from '../../../electron/bridge/bridge-server'
import { emptyAnalysis } from '../../support/empty-analysis'

const LIMITS: BridgeLimits = { maxBodyBytes: 4096, headersMs: 400, requestMs: 800, idleMs: 500, maxConnections: 6 }
/** How long the stub import takes: longer than every limit above. */
const IMPORT_MS = 2500

let dir = ''
let bridge: RunningBridge
let cookie = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-bridge-limits-'))
  writeFileSync(join(dir, 'messages'), 'x\n')
  bridge = await startBridge({
    launchPaths: [join(dir, 'messages')],
    port: 0,
    rendererDir: join(dir, 'no-renderer'),
    version: '0.0.0-test',
    loadCase: async (paths) => {
      await new Promise((r) => setTimeout(r, IMPORT_MS))
      return { analysis: emptyAnalysis(paths[0] ?? '', 1), readLines: async () => [] }
    },
    writeReport: async () => Promise.reject(new Error('not used here')),
    limits: LIMITS,
  })
  const res = await fetch(bridge.url)
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  expect(cookie).toMatch(/^oomlens-session-\d+=/)
})

afterAll(async () => {
  await bridge.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A raw TCP connection; `closed` resolves with the milliseconds it stayed open, `text` with all it received. */
function open(): { socket: Socket; closed: Promise<number>; received: () => string } {
  const started = Date.now()
  const socket = connect(bridge.port, '127.0.0.1')
  let text = ''
  socket.on('data', (d: Buffer) => (text += d.toString('latin1')))
  socket.on('error', () => undefined)
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - started)))
  return { socket, closed, received: () => text }
}

const headers = () => `Host: 127.0.0.1:${bridge.port}\r\nCookie: ${cookie}\r\n`
const api = (method: string, length: number) =>
  `POST /api/${method} HTTP/1.1\r\n${headers()}Content-Type: application/json\r\nX-Oomlens-Api: 1\r\n` +
  `Content-Length: ${length}\r\n\r\n`

describe('bridge limits', () => {
  it('closes a connection that sends nothing', async () => {
    const c = open()
    const ms = await c.closed
    expect(ms).toBeGreaterThanOrEqual(LIMITS.idleMs / 2) // timed out, not refused at once
    expect(ms).toBeLessThan(LIMITS.idleMs + 1500)
  })

  it('answers 408 and closes when the headers trickle in', async () => {
    const c = open()
    c.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${bridge.port}\r\n`)
    const ms = await c.closed
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/)
    expect(ms).toBeLessThan(LIMITS.headersMs + 1500)
  })

  it('answers 408 and closes when the body trickles in', async () => {
    const c = open()
    c.socket.write(`${api('getAppInfo', 100)}[`)
    const ms = await c.closed
    expect(c.received()).toMatch(/^HTTP\/1\.1 408/)
    expect(ms).toBeLessThan(LIMITS.requestMs + 1500)
  })

  it('delivers a 413 for a body over the limit, announced or chunked', async () => {
    const big = `[${JSON.stringify('x'.repeat(LIMITS.maxBodyBytes * 4))}]`
    for (const chunked of [false, true]) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: bridge.port,
            path: '/api/openCase',
            method: 'POST',
            headers: {
              host: `127.0.0.1:${bridge.port}`,
              cookie,
              'content-type': 'application/json',
              'x-oomlens-api': '1',
              ...(chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(big.length) }),
            },
          },
          (res) => {
            let body = ''
            res.setEncoding('utf8')
            res.on('data', (c: string) => (body += c))
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
          },
        )
        req.on('error', reject)
        // In pieces, as a slow uploader would send them.
        for (let i = 0; i < big.length; i += 1024) req.write(big.slice(i, i + 1024))
        req.end()
      })
      expect(answer.status, chunked ? 'chunked' : 'with Content-Length').toBe(413)
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'bad-argument' } })
    }
  })

  it('refuses connections over the cap at once, and keeps the ones it has', async () => {
    // One more connection may be open already (fetch keeps its login connection alive for a while).
    const sockets = Array.from({ length: LIMITS.maxConnections + 2 }, open)
    try {
      await new Promise((r) => setTimeout(r, LIMITS.idleMs / 4))
      const closed = sockets.map((s) => s.socket.destroyed)
      const refused = closed.filter(Boolean).length
      expect(refused).toBeGreaterThanOrEqual(2)
      expect(refused).toBeLessThanOrEqual(3)
      expect(closed.slice(0, LIMITS.maxConnections - 1)).toEqual(Array(LIMITS.maxConnections - 1).fill(false))
    } finally {
      for (const s of sockets) s.socket.destroy()
      await Promise.all(sockets.map((s) => s.closed))
    }
  })

  it('keeps an answer that takes longer than every limit (an import) and a quiet event stream', async () => {
    const stream = await new Promise<{ closed: () => boolean; end: () => void }>((resolve) => {
      const req = get(`${bridge.origin}/api/events`, { headers: { cookie } }, (res) => {
        let closed = false
        res.on('close', () => (closed = true))
        res.resume()
        resolve({ closed: () => closed, end: () => req.destroy() })
      })
      req.on('error', () => undefined)
    })
    const started = Date.now()
    const c = open()
    const body = JSON.stringify([[join(dir, 'messages')]])
    c.socket.write(`${api('openCase', Buffer.byteLength(body))}${body}`)
    while (!c.received().includes('"ok":') && Date.now() - started < IMPORT_MS + 5000)
      await new Promise((r) => setTimeout(r, 50))
    expect(c.received()).toMatch(/^HTTP\/1\.1 200/)
    expect(c.received()).toContain('"ok":true')
    expect(Date.now() - started).toBeGreaterThanOrEqual(IMPORT_MS)
    expect(stream.closed()).toBe(false)
    stream.end()
    c.socket.destroy()
  })
})
