// `oomlens serve` with no path: evidence arrives as content over the same guarded POST /api, with a
// body limit of its own for that one method (every other method keeps the small one).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBridge, type RunningBridge } from '../../../electron/bridge/bridge-server'
import { loadCase } from '../../../electron/node/case-service'
import { API_REQUEST_HEADER, createHttpApi } from '../../../shared/api/http-client'
import { fetchWithCookie, sessionCookie } from '../../support/bridge-session'
import { GIVEN } from '../../support/given'

const LOG = `${GIVEN}/corpus/public/020-mips-x1000-5.8-containerd-stmmac.log`

let dir: string
let bridge: RunningBridge
let cookie = ''

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-content-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>OOMLens</title>')
  bridge = await startBridge({
    launchPaths: [],
    port: 0,
    rendererDir: dir,
    version: 't',
    loadCase,
    writeReport: async () => Promise.reject(new Error('not used here')),
  })
  cookie = await sessionCookie(bridge.url)
})
afterAll(async () => {
  await bridge.close()
  rmSync(dir, { recursive: true, force: true })
})

const api = () =>
  createHttpApi({
    fetch: fetchWithCookie(cookie),
    openEventStream: () => () => undefined,
    baseUrl: bridge.origin,
  })

describe('bridge: opening content', () => {
  it('opens a log larger than the ordinary body limit sent as content', async () => {
    // Real report lines after 2 MiB of unrelated log text: past the 1 MiB limit the other methods keep.
    const filler = Buffer.from('Jan  1 00:00:00 host systemd[1]: Started Session 1 of user root.\n'.repeat(33_000))
    const bytes = Buffer.concat([filler, readFileSync(LOG)])
    expect(bytes.length).toBeGreaterThan(2 * 1024 ** 2)
    const opened = await api().openCaseContent([
      { name: 'big.log', base64: bytes.toString('base64'), modifiedMs: null },
    ])
    if (!opened.ok) throw new Error(opened.error.message)
    const byPath = await loadCase([LOG])
    const lines = filler.toString('utf8').split('\n').length - 1
    expect(opened.value.events.map((e) => e.line)).toEqual(byPath.analysis.events.map((a) => a.event.line + lines))
  })

  it('still refuses a large body for any other method', async () => {
    // The bridge answers 413 and drops the connection; a client still sending may see only the reset.
    const status = await fetch(`${bridge.origin}/api/openCase`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [API_REQUEST_HEADER]: '1', cookie },
      body: JSON.stringify([['/' + 'x'.repeat(2 * 1024 ** 2)]]),
    }).then(
      (r) => r.status,
      (e: unknown) => String((e as { cause?: { code?: string } }).cause?.code),
    )
    expect(['413', 'ECONNRESET', 'EPIPE']).toContain(String(status))
  })
})
