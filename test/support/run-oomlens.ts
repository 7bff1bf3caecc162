// The real `oomlens` command, spawned the way a user runs it (bin/oomlens.mjs under this Node).
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const OOMLENS_BIN = fileURLToPath(new URL('../../bin/oomlens.mjs', import.meta.url))

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run `oomlens <args>`; `env` is added to this process's environment; `input` is its standard input. */
export function runOomlens(
  args: readonly string[],
  options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv; readonly input?: string | Buffer } = {},
): CliRun {
  const r = spawnSync(process.execPath, [OOMLENS_BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
