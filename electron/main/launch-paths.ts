// Paths to open from a command line: ours at start, or a second launch's (forwarded by the single
// instance lock). Chromium and Electron switches, the app path itself and anything that does not
// exist are dropped; relative paths resolve against the launching shell's directory.
import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'

/**
 * `argv` as Electron gives it: `[electron, app-dir, ...paths]` when run from source (`electron .`),
 * `[oomlens, ...paths]` when packaged.
 */
export function launchPaths(argv: readonly string[], cwd: string, packaged: boolean): string[] {
  const args = argv.slice(packaged ? 1 : 2)
  const paths: string[] = []
  for (const arg of args) {
    if (arg === '' || arg.startsWith('-') || arg.includes('\0')) continue
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg)
    if (existsSync(path) && !paths.includes(path)) paths.push(path)
  }
  return paths
}
