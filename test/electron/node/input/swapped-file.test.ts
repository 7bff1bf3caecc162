// A file planned as a regular file and replaced before it is read (a pipe, a device, a link) is
// refused on the open descriptor: opening a pipe for reading would otherwise wait for a writer for
// ever. Real FIFOs and links, made in the test.
import { spawnSync } from 'node:child_process'
import { closeSync, constants, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/node/input/import-limits'
import { planInputs, type PlannedFile } from '../../../../electron/node/input/plan-inputs'
import { quietContext, type ReadContext } from '../../../../electron/node/input/read-context'
import { readPlannedFile } from '../../../../electron/node/input/read-planned-file'
import { makeTempDir, removeDir } from './build-fixtures'

const linux = process.platform === 'linux'
let dir = ''
const fifos: string[] = []

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => {
  // Were a reader still waiting on one of the pipes, a read-write open (which never waits) frees it.
  for (const fifo of fifos) {
    try {
      closeSync(openSync(fifo, constants.O_RDWR | constants.O_NONBLOCK))
    } catch {
      // already gone
    }
  }
  removeDir(dir)
})

function warnings(): { ctx: ReadContext; seen: string[] } {
  const seen: string[] = []
  const ctx = quietContext(DEFAULT_IMPORT_LIMITS, {
    warn: (code, _path, _line, message) => seen.push(`${code}: ${message}`),
  })
  return { ctx, seen }
}

/** Plans `name` in a folder (or named, top level), then replaces it with what `swap` makes. */
async function planThenSwap(name: string, topLevel: boolean, swap: (path: string) => void): Promise<PlannedFile> {
  const folder = join(dir, `${name}.d`)
  const path = join(folder, name)
  spawnSync('mkdir', ['-p', folder])
  writeFileSync(path, 'Mar  5 14:02:11 host kernel: hello\n')
  const [planned] = await planInputs([topLevel ? path : folder], quietContext(DEFAULT_IMPORT_LIMITS))
  rmSync(path)
  swap(path)
  return planned!
}

function mkfifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0)
  fifos.push(path)
}

describe.runIf(linux)('a planned file swapped before it is read', () => {
  it('skips a file of a folder that became a pipe, with a warning, without waiting for a writer', async () => {
    const planned = await planThenSwap('messages', false, mkfifo)
    const { ctx, seen } = warnings()
    await readPlannedFile(planned, ctx)
    expect(seen).toEqual([`unreadable-file: ${planned.path}: a pipe, not a regular file; it was skipped.`])
  }, 10_000)

  it('refuses a named file that became a pipe, naming it', async () => {
    const planned = await planThenSwap('kern.log', true, mkfifo)
    await expect(readPlannedFile(planned, warnings().ctx)).rejects.toMatchObject({
      name: 'InputError',
      code: 'unsupported',
      path: planned.path,
      message: `${planned.path}: a pipe, not a regular file`,
    })
  }, 10_000)

  it('does not follow a file of a folder that became a link to a device', async () => {
    const planned = await planThenSwap('syslog', false, (path) => symlinkSync('/dev/zero', path))
    const { ctx, seen } = warnings()
    await readPlannedFile(planned, ctx)
    expect(seen).toEqual([`unreadable-file: ${planned.path}: a symbolic link, not followed; it was skipped.`])
  }, 10_000)

  it('refuses a named file that became a directory', async () => {
    const planned = await planThenSwap('dmesg', true, (path) => spawnSync('mkdir', [path]))
    await expect(readPlannedFile(planned, warnings().ctx)).rejects.toMatchObject({
      code: 'unsupported',
      message: `${planned.path}: a directory, not a regular file`,
    })
  }, 10_000)
})
