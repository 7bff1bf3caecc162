// `oomlens serve --open`: hand our own loopback URL to a browser if this machine has one. Only ever
// called with the URL the bridge printed — never with anything read from a log. That URL carries the
// launch's secret, and a browser's command line is readable by every user of the host
// (/proc/<pid>/cmdline), so the browser is given a page in a private temp folder (0700, the file
// 0600) that moves on to the URL, never the URL itself.
import { spawn } from 'node:child_process'
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const LINUX_BROWSERS = ['xdg-open', 'sensible-browser', 'x-www-browser', 'chromium', 'google-chrome', 'firefox']

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, command)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here; keep looking
    }
  }
  return null
}

/** The command line that would open `url`, or null when no browser was found. */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): string[] | null {
  if (platform === 'darwin') return ['open', url]
  if (platform === 'win32') return ['cmd', '/c', 'start', '""', url]
  const fromEnv = process.env.BROWSER?.split(':')
    .map(onPath)
    .find((p) => p !== null)
  const found = fromEnv ?? LINUX_BROWSERS.map(onPath).find((p) => p !== null)
  return found ? [found, url] : null
}

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * A page only this user can read that moves the browser on to `url`; removed when this process
 * exits. Returns its file URL.
 */
export function privateLaunchPage(url: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-open-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'open-oomlens.html')
  const href = escapeAttribute(url)
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${href}">` +
      `<title>OOMLens</title><p><a href="${href}">Open the OOMLens workbench</a></p>\n`,
    { mode: 0o600 },
  )
  return pathToFileURL(file).href
}

/** Try to open `url` (through a private launch page); says whether a browser was started. */
export function openBrowser(url: string): boolean {
  if (!browserCommand(url)) return false // no browser here: leave no page behind either
  const [file, ...args] = browserCommand(privateLaunchPage(url)) as [string, ...string[]]
  const child = spawn(file, args, { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined) // a browser that fails to start is not our failure; the URL is printed
  child.unref()
  return true
}
