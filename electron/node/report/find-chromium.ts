import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** No Chromium could be found; the message says where we looked and how to point at one. */
export class ChromiumNotFoundError extends Error {
  readonly code = 'chromium-not-found'
  constructor(readonly tried: readonly string[]) {
    super(
      `no Chromium found to print the PDF (tried ${tried.join(', ')}); install one (Debian: apt-get install chromium) ` +
        'or pass --chromium PATH, or set OOMLENS_CHROMIUM, or write .html and print it from a browser',
    )
    this.name = 'ChromiumNotFoundError'
  }
}

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The Chromium to print with: `explicit` (`--chromium PATH`) if given — and then only that, so a typo
 * is an error rather than a silent fallback — else `OOMLENS_CHROMIUM`, `CHROMIUM_PATH`, the usual
 * system paths and the same names on PATH.
 */
export function findChromium(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) {
    if (executable(explicit)) return explicit
    throw new ChromiumNotFoundError([explicit])
  }
  const fromPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((n) => join(dir, n)))
  const candidates = [env['OOMLENS_CHROMIUM'], env['CHROMIUM_PATH'], ...SYSTEM_PATHS, ...fromPath].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  )
  const found = candidates.find(executable)
  if (found) return found
  throw new ChromiumNotFoundError([...new Set(candidates)])
}
