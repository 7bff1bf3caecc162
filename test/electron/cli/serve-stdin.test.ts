// `oomlens serve -`: the real command with a corpus log on its standard input serves a case whose
// input is a file named `-` (a private spooled copy the page can open and read back), removed on exit.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { API_REQUEST_HEADER } from '../../../shared/api/http-client'
import { CORPUS } from '../node/input/build-fixtures'
import { sessionCookie } from '../../support/bridge-session'
import { OOMLENS_BIN } from '../../support/run-oomlens'

const LOG = '005-i686-pae-4.10-debian-updatedb-syslog.log'
let child: ChildProcess | null = null

afterAll(() => {
  child?.kill('SIGTERM')
})

async function call<T>(origin: string, cookie: string, method: string, args: unknown[]): Promise<T> {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [API_REQUEST_HEADER]: '1', cookie },
    body: JSON.stringify(args),
  })
  return (await res.json()) as T
}

describe('oomlens serve -', () => {
  it('serves standard input as an input named -, and removes its copy on exit', async () => {
    const server = spawn(process.execPath, [OOMLENS_BIN, 'serve', '-', '--port', '0'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    child = server
    server.stdin.end(readFileSync(join(CORPUS, LOG)))
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8')
        const found = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out)
        if (found) resolve(found[1]!)
      })
      server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)))
    })
    const cookie = await sessionCookie(url)
    const origin = new URL(url).origin
    const info = await call<{ ok: boolean; value: { launchPaths: string[] } }>(origin, cookie, 'getAppInfo', [])
    const [spooled] = info.value.launchPaths
    expect(basename(spooled!)).toBe('-')
    expect(readFileSync(spooled!)).toEqual(readFileSync(join(CORPUS, LOG)))
    const opened = await call<{ ok: boolean; value: { inputs: { path: string }[]; events: { kind: string }[] } }>(
      origin,
      cookie,
      'openCase',
      [[spooled]],
    )
    expect(opened.ok).toBe(true)
    expect(opened.value.inputs.map((i) => basename(i.path))).toEqual(['-'])
    expect(opened.value.events.map((e) => e.kind)).toEqual(['oom'])
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    child = null
    expect(existsSync(dirname(spooled!))).toBe(false)
  })
})
