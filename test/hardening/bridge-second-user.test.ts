// The red-team case of issue 16, replayed: `oomlens serve` runs as root on a multi-user jump host, and
// another user of the machine (uid `nobody`, through util-linux `setpriv`) talks to it with every
// header a browser would send. It must get 401 on every route — above all `openCase` of a file `cat`
// refuses to it — and must not find the launch's secret on the server's command line. Where the test
// cannot switch users (not root, no setpriv) the same client runs as this user, without the token.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS } from '../../shared/api/methods'
import { TOKEN_ENV } from '../../electron/bridge/session'
import { GIVEN } from '../support/given'
import { OOMLENS_BIN } from '../support/run-oomlens'

const NOBODY = 65534
const canSwitchUser =
  process.getuid?.() === 0 &&
  spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']).status === 0

let dir = ''
let serve: ChildProcess | null = null
let printedUrl = ''
let port = 0

/**
 * The other user's client, as a script for `node -e`: every route, with the headers a page of the
 * bridge would send (Host, Content-Type, x-oomlens-api), and whatever cookie it was given; prints
 * `{ routes: [[method, path, status]], cmdline }` as JSON.
 */
const CLIENT = `
const http = require('node:http')
const fs = require('node:fs')
const [port, pid, secret, cookie, routes] = JSON.parse(process.argv[1])
const cmdline = fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8')
let catSecret = 'read'
try { fs.readFileSync(secret) } catch (e) { catSecret = e.code }
const call = ([method, path, body]) => new Promise((resolve) => {
  const headers = { host: '127.0.0.1:' + port, 'content-type': 'application/json', 'x-oomlens-api': '1' }
  if (cookie) headers.cookie = cookie
  const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
    let text = ''
    // An admitted event stream never ends: its status is the answer.
    if (String(res.headers['content-type']).startsWith('text/event-stream')) {
      resolve([method, path, res.statusCode, ''])
      return req.destroy()
    }
    res.on('data', (c) => (text += c))
    res.on('end', () => resolve([method, path, res.statusCode, text.slice(0, 200)]))
  })
  req.on('error', (e) => resolve([method, path, e.code, '']))
  req.end(body)
})
Promise.all(routes.map(call)).then((results) => console.log(JSON.stringify({ uid: process.getuid(), catSecret, cmdline, results })))
`

interface ClientRun {
  readonly uid: number
  readonly catSecret: string
  readonly cmdline: string
  readonly results: [string, string, number | string, string][]
}

function runClient(asNobody: boolean, cookie: string): ClientRun {
  const secret = join(dir, 'root-only', 'secret.txt')
  const routes: [string, string, string][] = [
    ['GET', '/', ''],
    ['GET', '/index.html', ''],
    ['GET', '/api/events', ''],
    ['GET', `/api/download/${'a'.repeat(32)}`, ''],
    ['GET', `/?token=${'A'.repeat(43)}`, ''],
    ['POST', '/api/openCase', JSON.stringify([[secret]])],
    ['POST', '/api/openCase', JSON.stringify([['/etc']])],
    ['POST', '/api/readLines', JSON.stringify([{ caseId: 'c1', path: secret, fromLine: 1, toLine: 10 }])],
    ...API_METHODS.map((m): [string, string, string] => ['POST', `/api/${m}`, '[]']),
  ]
  const args = JSON.stringify([port, serve?.pid, secret, cookie, routes])
  const command = asNobody
    ? ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, '-e', CLIENT, args]]
    : [process.execPath, ['-e', CLIENT, args]]
  const r = spawnSync(command[0] as string, command[1] as string[], { cwd: '/', encoding: 'utf8', timeout: 60_000 })
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as ClientRun
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-second-user-'))
  chmodSync(dir, 0o755) // the other user may enter, as on a real host; the secret's folder is root's alone
  mkdirSync(join(dir, 'root-only'), { mode: 0o700 })
  writeFileSync(join(dir, 'root-only', 'secret.txt'), 'root:only:secret\n', { mode: 0o600 })
  mkdirSync(join(dir, 'case'))
  copyFileSync(join(GIVEN, 'corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log'), join(dir, 'case', 'messages'))
  const env: NodeJS.ProcessEnv = { ...process.env, TSX_DISABLE_CACHE: '1' }
  delete env[TOKEN_ENV] // a token of this launch's own drawing
  serve = spawn(process.execPath, [OOMLENS_BIN, 'serve', join(dir, 'case'), '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  printedUrl = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`serve printed no URL: ${out}`)), 60_000)
    serve?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /OOMLens workbench: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(out)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
  })
  port = Number(new URL(printedUrl).port)
})

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    const exited = new Promise((r) => serve?.once('exit', r))
    serve.kill('SIGTERM')
    await exited
  }
  rmSync(dir, { recursive: true, force: true })
})

function expectAllRefused(run: ClientRun): void {
  for (const [method, path, status, body] of run.results) {
    expect(status, `${method} ${path}`).toBe(401)
    expect(body, `${method} ${path}`).not.toContain('root:only:secret')
  }
  expect(run.results.length).toBeGreaterThan(API_METHODS.length)
}

describe('oomlens serve, as seen by another user of the host', () => {
  it.runIf(canSwitchUser)('gets 401 on every route as uid nobody, and no token from the command line', () => {
    const run = runClient(true, '')
    expect(run.uid).toBe(NOBODY)
    expect(run.catSecret).toBe('EACCES') // what `cat` says to this user
    expect(run.cmdline).toContain('serve')
    expect(run.cmdline).not.toContain(new URL(printedUrl).searchParams.get('token'))
    expectAllRefused(run)
  })

  it('gets 401 on every route without the token, with every header a page would send', () => {
    expectAllRefused(runClient(false, ''))
    expectAllRefused(runClient(false, `oomlens-session-${port}=${'A'.repeat(43)}`))
  })

  it('admits the printed URL, and then opens the launch folder but not a root-only file', async () => {
    const login = await fetch(printedUrl)
    expect(login.status).toBe(200)
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const run = runClient(false, cookie)
    expect(run.results.find(([, p]) => p === '/api/getAppInfo')?.[2]).toBe(200)
    // The two with paths (the third, with no argument, is a bad-argument).
    const openCases = run.results.filter(([, p, , b]) => p === '/api/openCase' && !b.includes('bad-argument'))
    expect(openCases).toHaveLength(2)
    for (const [, , , body] of openCases) {
      expect(body).toContain('"forbidden"') // neither the root-only file nor /etc was handed out
      expect(body).not.toContain('root:only:secret')
    }
    const opened = await fetch(`http://127.0.0.1:${port}/api/openCase`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-oomlens-api': '1' },
      body: JSON.stringify([[join(dir, 'case')]]),
    })
    expect(await opened.json()).toMatchObject({ ok: true, value: { caseId: expect.stringMatching(/^c[0-9a-f]{32}$/) } })
    expect(readFileSync(join(dir, 'root-only', 'secret.txt'), 'utf8')).toBe('root:only:secret\n')
  })
})
