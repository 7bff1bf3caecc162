import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpApi } from '../../../shared/api/http-client'
import type { EventStreamLike, FetchLike } from '../../../shared/api/http-client'
import type { ImportProgress } from '../../../shared/api/api-types'
import { startBridge } from '../../../electron/bridge/bridge-server'
import type { RunningBridge } from '../../../electron/bridge/bridge-server'
import { CONTENT_SECURITY_POLICY } from '../../../electron/bridge/content-security-policy'
import { loadCase } from '../../../electron/node/case-service'
import { summarizeCase } from '../../../shared/api/summarize-case'
import { GIVEN } from '../../support/given'

const CORPUS = `${GIVEN}/corpus/public`
const LOG = '005-i686-pae-4.10-debian-updatedb-syslog.log'
const manifest = (JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]).find(
  (m) => m.file === LOG,
) as ManifestEntry

interface ManifestEntry {
  file: string
  events: number
  trigger: { comm: string; pid: number }
  killed: { pid: number; comm: string }
}

let dir: string
let bridge: RunningBridge

let streamConnected: () => void = () => undefined

/** Server-sent events in Node: GET the stream, hand each `data:` payload on. */
const nodeEventStream: EventStreamLike = (url, onMessage) => {
  const req = get(url, (res) => {
    streamConnected() // the server registers a stream before it sends the headers
    let buffer = ''
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const data = frame.split('\n').filter((l) => l.startsWith('data: '))
        if (data.length) onMessage(data.map((l) => l.slice(6)).join('\n'))
      }
    })
  })
  req.on('error', () => undefined)
  return () => req.destroy()
}

/** A raw request with headers a browser or fetch would not let us forge. */
function raw(
  path: string,
  headers: Record<string, string>,
  method = 'GET',
  body = '',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: bridge.port, path, method, headers }, (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (text += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-bridge-'))
  mkdirSync(join(dir, 'case'))
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
  copyFileSync(join(CORPUS, LOG), join(dir, 'case', LOG))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>OOMLens</title>')
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'export {}')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer folder')
  bridge = await startBridge({
    launchPaths: [join(dir, 'case', LOG)],
    port: 0,
    rendererDir: join(dir, 'renderer'),
    version: '0.0.0-test',
    loadCase,
    writeReport: async () => Promise.reject(new Error('not used here')),
  })
})

afterAll(async () => {
  await bridge.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('bridge-server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`)
  })

  it('opens a corpus log through POST /api/openCase with progress on the event stream', async () => {
    const api = createHttpApi({
      fetch: fetch as unknown as FetchLike,
      openEventStream: nodeEventStream,
      baseUrl: bridge.url.slice(0, -1),
    })
    const info = await api.getAppInfo()
    expect(info).toMatchObject({
      ok: true,
      value: { host: 'bridge', launchPaths: [join(dir, 'case', LOG)], nativeDialogs: false },
    })
    const progress: ImportProgress[] = []
    const connected = new Promise<void>((resolve) => (streamConnected = resolve))
    const stop = api.onImportProgress((p) => progress.push(p))
    await connected
    const opened = await api.openCase([join(dir, 'case', LOG)])
    if (!opened.ok) throw new Error(opened.error.message)
    const summary = opened.value
    expect(summary.events).toHaveLength(manifest.events)
    // The bridge sends exactly what the case service computes for the same file, summarised.
    const direct = await loadCase([join(dir, 'case', LOG)])
    expect(summary).toEqual(JSON.parse(JSON.stringify(summarizeCase(summary.caseId, summary.paths, direct.analysis))))
    expect(summary.events[0]).toMatchObject({
      kind: 'oom',
      trigger: { comm: manifest.trigger.comm, pid: manifest.trigger.pid },
      victim: { pid: manifest.killed.pid, comm: manifest.killed.comm },
    })
    expect(progress.some((p) => p.phase === 'done')).toBe(true)
    stop()

    const event = summary.events[0]
    if (!event) throw new Error('no event')
    const detail = await api.getEvent(summary.caseId, event.id)
    if (!detail.ok) throw new Error(detail.error.message)
    const analysed = direct.analysis.events[0]
    expect(detail.value).toEqual(
      JSON.parse(JSON.stringify({ event: analysed?.event, model: analysed?.model, findings: analysed?.findings })),
    )

    const lines = await api.readLines({
      caseId: summary.caseId,
      path: event.path,
      fromLine: event.line,
      toLine: event.line + 2,
    })
    const fileLines = readFileSync(join(dir, 'case', LOG), 'utf8').split('\n')
    expect(lines).toEqual({
      ok: true,
      value: [0, 1, 2].map((i) => ({ path: event.path, line: event.line + i, text: fileLines[event.line - 1 + i] })),
    })
  })

  it('answers with an ApiResult error, not an HTTP failure, when arguments or ids are bad', async () => {
    const api = createHttpApi({
      fetch: fetch as unknown as FetchLike,
      openEventStream: nodeEventStream,
      baseUrl: bridge.url.slice(0, -1),
    })
    expect(await api.openCase(['relative.log'])).toMatchObject({ ok: false, error: { code: 'bad-argument' } })
    expect(await api.openCase([join(dir, 'nope.log')])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await api.getEvent('c999', 'e1')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await api.pickCaseFiles()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    const secret = await api.readLines({ caseId: 'c1', path: join(dir, 'secret.txt'), fromLine: 1, toLine: 1 })
    expect(secret).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('rejects a foreign Host header, a foreign Origin and a request without the API header', async () => {
    const port = bridge.port
    const json = { 'content-type': 'application/json', 'x-oomlens-api': '1' }
    const foreignHost = await raw('/api/getAppInfo', { ...json, host: `evil.example:${port}` }, 'POST', '[]')
    expect(foreignHost.status).toBe(403)
    expect(JSON.parse(foreignHost.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await raw('/', { host: `attacker.test:${port}` })).status).toBe(403)
    const foreignOrigin = await raw(
      '/api/getAppInfo',
      { ...json, host: `127.0.0.1:${port}`, origin: 'https://evil.example' },
      'POST',
      '[]',
    )
    expect(foreignOrigin.status).toBe(403)
    const noHeader = await raw(
      '/api/getAppInfo',
      { host: `127.0.0.1:${port}`, 'content-type': 'application/json' },
      'POST',
      '[]',
    )
    expect(noHeader.status).toBe(403)
    const crossSite = await raw('/api/events', { host: `localhost:${port}`, 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    const ok = await raw(
      '/api/getAppInfo',
      { ...json, host: `localhost:${port}`, origin: `http://localhost:${port}` },
      'POST',
      '[]',
    )
    expect(ok.status).toBe(200)
  })

  it('serves the renderer with the CSP and nothing outside its folder', async () => {
    const host = { host: `127.0.0.1:${bridge.port}` }
    const page = await fetch(bridge.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>OOMLens</title>')
    expect((await raw('/assets/app.js', host)).body).toBe('export {}')
    expect((await raw('/../secret.txt', host)).status).toBe(404)
    expect((await raw('/%2e%2e/secret.txt', host)).status).toBe(404)
    expect((await raw('/assets/%2e%2e%2f..%2fsecret.txt', host)).status).toBe(404)
  })
})
