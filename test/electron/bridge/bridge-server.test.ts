import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
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
import { API_METHODS } from '../../../shared/api/methods'
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
/** The session cookie this test's "browser" got from the printed URL. */
let cookie = ''

let streamConnected: () => void = () => undefined

/** Trade the printed URL's token for the session cookie, as a browser does on its first page load. */
async function login(url: string): Promise<string> {
  const res = await fetch(url, { redirect: 'manual' })
  expect(res.status).toBe(200)
  const set = res.headers.get('set-cookie') ?? ''
  expect(set).toMatch(/; HttpOnly/)
  expect(set).toMatch(/; SameSite=Strict/)
  expect(await res.text()).toContain('<meta http-equiv="refresh" content="0;url=/">')
  return set.split(';')[0] ?? ''
}

/** `fetch` with the session cookie, for the HTTP client. */
const sessionFetch = ((url: string, init: RequestInit) =>
  fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } })) as unknown as FetchLike

/** Server-sent events in Node: GET the stream, hand each `data:` payload on. */
const nodeEventStream: EventStreamLike = (url, onMessage) => {
  const req = get(url, { headers: { cookie } }, (res) => {
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
  // A launch folder with a log, and a link that leads out of it.
  mkdirSync(join(dir, 'folder', 'sub'), { recursive: true })
  copyFileSync(join(CORPUS, LOG), join(dir, 'folder', 'sub', 'messages'))
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'folder', 'leads-out.log'))
  bridge = await startBridge({
    launchPaths: [join(dir, 'case', LOG), join(dir, 'folder')],
    port: 0,
    rendererDir: join(dir, 'renderer'),
    version: '0.0.0-test',
    loadCase,
    writeReport: async () => Promise.reject(new Error('not used here')),
  })
  cookie = await login(bridge.url)
})

afterAll(async () => {
  await bridge.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('bridge-server', () => {
  it('listens on 127.0.0.1 only, and prints a URL with a token of 256 random bits', () => {
    expect(bridge.origin).toBe(`http://127.0.0.1:${bridge.port}`)
    expect(bridge.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${bridge.port}/\\?token=[A-Za-z0-9_-]{43}$`))
  })

  it('opens a corpus log through POST /api/openCase with progress on the event stream', async () => {
    const api = createHttpApi({
      fetch: sessionFetch,
      openEventStream: nodeEventStream,
      baseUrl: bridge.origin,
    })
    const info = await api.getAppInfo()
    expect(info).toMatchObject({
      ok: true,
      value: { host: 'bridge', launchPaths: [join(dir, 'case', LOG), join(dir, 'folder')], nativeDialogs: false },
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
      fetch: sessionFetch,
      openEventStream: nodeEventStream,
      baseUrl: bridge.origin,
    })
    expect(await api.openCase(['relative.log'])).toMatchObject({ ok: false, error: { code: 'bad-argument' } })
    expect(await api.openCase([join(dir, 'folder', 'nope.log')])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await api.getEvent('c999', 'e1')).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await api.pickCaseFiles()).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('rejects a foreign Host header, a foreign Origin and a request without the API header', async () => {
    const port = bridge.port
    const json = { 'content-type': 'application/json', 'x-oomlens-api': '1', cookie }
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
    const crossSite = await raw('/api/events', { host: `localhost:${port}`, 'sec-fetch-site': 'cross-site', cookie })
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
    const host = { host: `127.0.0.1:${bridge.port}`, cookie }
    const page = await fetch(bridge.origin, { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<title>OOMLens</title>')
    expect((await raw('/assets/app.js', host)).body).toBe('export {}')
    expect((await raw('/../secret.txt', host)).status).toBe(404)
    expect((await raw('/%2e%2e/secret.txt', host)).status).toBe(404)
    expect((await raw('/assets/%2e%2e%2f..%2fsecret.txt', host)).status).toBe(404)
  })
})

describe('bridge-server: only this launch, only what was handed out', () => {
  const api = () => createHttpApi({ fetch: sessionFetch, openEventStream: nodeEventStream, baseUrl: bridge.origin })
  const port = () => bridge.port
  /** Headers that pass every other guard, so that the session is the only thing missing. */
  const wellFormed = (extra: Record<string, string> = {}) => ({
    host: `127.0.0.1:${port()}`,
    'content-type': 'application/json',
    'x-oomlens-api': '1',
    ...extra,
  })

  it('answers 401, before any work, on every route without the session cookie', async () => {
    const routes: [string, string][] = [
      ['GET', '/'],
      ['HEAD', '/'],
      ['GET', '/index.html'],
      ['GET', '/assets/app.js'],
      ['GET', '/some/route'],
      ['GET', '/api/events'],
      ['GET', `/api/download/${'0'.repeat(32)}`],
      ['POST', '/api/no-such-method'],
      ['POST', '/'],
      ...API_METHODS.map((m): [string, string] => ['POST', `/api/${m}`]),
    ]
    const forged: Record<string, string>[] = [
      {},
      { cookie: `oomlens-session-${port()}=${'A'.repeat(43)}` },
      { cookie: `${cookie.replace(`-${port()}=`, `-${port() + 1}=`)}` },
      { cookie: cookie.slice(0, -1) },
    ]
    for (const headers of forged)
      for (const [method, path] of routes) {
        const r = await raw(path, wellFormed(headers), method, method === 'POST' ? '[["/etc"]]' : '')
        expect(r.status, `${method} ${path} with ${JSON.stringify(headers)}`).toBe(401)
        if (path.startsWith('/api/') && method !== 'HEAD')
          expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      }
  })

  it('answers 401 to a URL with a wrong token, and sets no cookie', async () => {
    const wrong = await fetch(`${bridge.origin}/?token=${'x'.repeat(43)}`)
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    const empty = await fetch(`${bridge.origin}/?token=`)
    expect(empty.status).toBe(401)
  })

  it('admits a browser that came through the printed URL', async () => {
    const again = await login(bridge.url)
    expect(again).toBe(cookie)
    const r = await raw('/api/getAppInfo', wellFormed({ cookie: again }), 'POST', '[]')
    expect(r.status).toBe(200)
  })

  it('gives each opened case an unguessable id', async () => {
    const a = await api().openCase([join(dir, 'case', LOG)])
    const b = await api().openCase([join(dir, 'case', LOG)])
    if (!a.ok || !b.ok) throw new Error('the launch path did not open')
    expect(a.value.caseId).toMatch(/^c[0-9a-f]{32}$/)
    expect(b.value.caseId).toMatch(/^c[0-9a-f]{32}$/)
    expect(a.value.caseId).not.toBe(b.value.caseId)
  })

  it('opens the launch paths and what lies inside a launch folder, and nothing else', async () => {
    const opened = await api().openCase([join(dir, 'folder', 'sub', 'messages')])
    expect(opened).toMatchObject({ ok: true })
    for (const path of [
      '/etc',
      '/etc/passwd',
      join(dir, 'secret.txt'),
      join(dir, 'folder', '..', 'secret.txt'),
      join(dir, 'folder', 'sub', '..', '..', 'case'),
      join(dir, 'folder', 'leads-out.log'), // inside the folder by name, outside by where it leads
      join(dir, 'case'), // the launch file's folder is not a launch path
    ]) {
      const r = await api().openCase([join(dir, 'case', LOG), path])
      expect(r, path).toMatchObject({ ok: false, error: { code: 'forbidden', path } })
    }
  })

  it('opens a path the host granted later (what the user handed the page)', async () => {
    const later = join(dir, 'later.log')
    copyFileSync(join(CORPUS, LOG), later)
    expect(await api().openCase([later])).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    bridge.grant([later])
    expect(await api().openCase([later])).toMatchObject({ ok: true })
  })

  it('reads lines only of inputs of that case', async () => {
    const opened = await api().openCase([join(dir, 'case', LOG)])
    if (!opened.ok) throw new Error(opened.error.message)
    const { caseId } = opened.value
    const own = await api().readLines({ caseId, path: join(dir, 'case', LOG), fromLine: 1, toLine: 1 })
    expect(own).toMatchObject({ ok: true, value: [{ line: 1 }] })
    const unnormalised = `${join(dir, 'case')}/../case/${LOG}` // the same file, under a name that is not the input's
    for (const path of [join(dir, 'secret.txt'), join(dir, 'folder', 'sub', 'messages'), unnormalised]) {
      const r = await api().readLines({ caseId, path, fromLine: 1, toLine: 1 })
      expect(r, path).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })
})
