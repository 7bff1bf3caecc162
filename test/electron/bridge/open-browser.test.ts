// `oomlens serve --open` must not put the launch's token on a command line (every user of the host can
// read /proc/<pid>/cmdline): the browser gets a file URL of a page only this user can read.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../../../electron/bridge/open-browser'
import { launchUrl, newToken } from '../../../electron/bridge/session'

const dir = mkdtempSync(join(tmpdir(), 'oomlens-open-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Run `use` with PATH set to `path` alone and no BROWSER. */
function withPath<T>(path: string, use: () => T): T {
  const saved = { PATH: process.env.PATH, BROWSER: process.env.BROWSER }
  try {
    delete process.env.BROWSER
    process.env.PATH = path
    return use()
  } finally {
    process.env.PATH = saved.PATH
    if (saved.BROWSER !== undefined) process.env.BROWSER = saved.BROWSER
  }
}

describe('open-browser', () => {
  it('hands the browser a private page that leads to the URL, never the URL with its token', async () => {
    const argvFile = join(dir, 'argv')
    // A stand-in browser that writes down the command line it was given.
    writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\nprintf '%s\\n' "$@" > ${argvFile}\n`, { mode: 0o755 })
    const token = newToken()
    const url = launchUrl('http://127.0.0.1:4999', token)
    expect(withPath(dir, () => openBrowser(url))).toBe(true)
    for (let i = 0; i < 100 && !existsSync(argvFile); i++) await new Promise((r) => setTimeout(r, 50))
    const argv = readFileSync(argvFile, 'utf8').trim().split('\n')
    expect(argv).toHaveLength(1)
    expect(argv.join(' ')).not.toContain(token)
    expect(argv[0]).toMatch(/^file:\/\//)
    const page = fileURLToPath(argv[0] ?? '')
    expect(statSync(page).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(page)).mode & 0o777).toBe(0o700)
    expect(readFileSync(page, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`)
  })

  it('says so when there is no browser', () => {
    expect(withPath(join(dir, 'nothing-here'), () => openBrowser(launchUrl('http://127.0.0.1:4999', newToken())))).toBe(
      false,
    )
  })
})
