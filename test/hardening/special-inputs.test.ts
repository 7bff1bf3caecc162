// Paths that are not saved evidence: character devices, pipes, and live kernel interfaces (/proc,
// /sys). `/proc/kmsg` as input hung the import and took kernel messages from syslog; such paths are
// refused before they are opened, named, with a way out. This test never names /proc/kmsg itself: if
// the refusal broke, it would hang and eat this machine's kernel messages. /proc/meminfo and
// /proc/sys/vm stand in (same file system, harmless to read).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_IMPORT_LIMITS } from '../../electron/node/input/import-limits'
import { planInputs } from '../../electron/node/input/plan-inputs'
import { quietContext } from '../../electron/node/input/read-context'
import type { ParseIssue } from '../../shared/base/issue'
import { runOomlens } from '../support/run-oomlens'

const linux = process.platform === 'linux'
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-special-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const analyze = (path: string) => runOomlens(['analyze', path], { env: { TSX_DISABLE_CACHE: '1' } })
const plan = (path: string) => planInputs([path], quietContext(DEFAULT_IMPORT_LIMITS))

describe.runIf(linux)('special paths as inputs', () => {
  it('refuses /proc and /sys files and folders, named or through a symlink, before opening them', async () => {
    symlinkSync('/proc/meminfo', join(dir, 'meminfo-link'))
    for (const [path, fs] of [
      ['/proc/meminfo', 'procfs'],
      ['/proc/sys/vm', 'procfs'],
      [join(dir, 'meminfo-link'), 'procfs'],
      ['/sys/kernel/mm', 'sysfs'],
    ] as const)
      await expect(plan(path), path).rejects.toMatchObject({
        name: 'InputError',
        code: 'unsupported',
        path,
        message: expect.stringContaining(`${path} is a live kernel interface (${fs}), not a saved file`),
      })
  })

  it('refuses a character device and a pipe before opening them (opening a pipe would wait)', async () => {
    const fifo = join(dir, 'pipe.log')
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0)
    for (const [path, kind] of [
      ['/dev/zero', 'a character device'],
      ['/dev/null', 'a character device'],
      [fifo, 'a pipe'],
    ] as const)
      await expect(plan(path), path).rejects.toMatchObject({
        code: 'unsupported',
        message: `${path}: ${kind}, not a regular file or directory`,
      })
  })

  it('exits 3 with one line naming the path and a way out, on the command line', () => {
    for (const [path, wayOut] of [
      ['/proc/meminfo', 'cp /proc/meminfo meminfo.txt'],
      ['/dev/zero', 'not a regular file or directory'],
    ]) {
      const r = analyze(path)
      expect(r.code, `${path}: ${r.stderr}`).toBe(3)
      expect(r.stdout).toBe('')
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain(path)
      expect(r.stderr).toContain(wayOut)
    }
  })

  it.runIf(process.getuid?.() === 0)('skips a procfs mounted inside a folder it walks, with a note', async () => {
    const folder = join(dir, 'sosreport')
    mkdirSync(join(folder, 'proc'), { recursive: true })
    writeFileSync(join(folder, 'messages'), 'kernel: hello\n')
    if (spawnSync('mount', ['-t', 'proc', 'proc', join(folder, 'proc')]).status !== 0) return // no mounts here
    try {
      const issues: ParseIssue[] = []
      const ctx = quietContext(DEFAULT_IMPORT_LIMITS, {
        warn: (code, path, line, message, severity = 'error') => issues.push({ code, path, line, message, severity }),
      })
      const planned = await planInputs([folder], ctx)
      expect(planned.map((f) => f.name)).toEqual(['messages'])
      expect(issues).toMatchObject([{ code: 'live-kernel-fs-skipped', path: join(folder, 'proc') }])
    } finally {
      spawnSync('umount', [join(folder, 'proc')])
    }
  })
})
