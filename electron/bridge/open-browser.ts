// `oomlens serve --open`: hand our own loopback URL to a browser if this machine has one. Only ever
// called with the URL the bridge printed — never with anything read from a log.
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

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

/** Try to open `url`; resolves with whether a browser was started. */
export function openBrowser(url: string): boolean {
  const command = browserCommand(url)
  if (!command) return false
  const [file, ...args] = command as [string, ...string[]]
  const child = spawn(file, args, { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined) // a browser that fails to start is not our failure; the URL is printed
  child.unref()
  return true
}
