// A folder's files are read in the planned order whatever the way: small files at once (local disk)
// or several at a time ahead of their turn (remote file systems), large ones streamed. Every line,
// input and warning comes out in the same order either way, and as reading them one by one gives.
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_IMPORT_LIMITS } from '../../../../electron/node/input/import-limits'
import { planInputs, type PlannedFile } from '../../../../electron/node/input/plan-inputs'
import { quietContext, type ReadContext } from '../../../../electron/node/input/read-context'
import { readPlannedFile, readPlannedFiles } from '../../../../electron/node/input/read-planned-file'
import { PLANTED, corpusText, makeTempDir, removeDir } from './build-fixtures'

let dir = ''
let folder = ''

beforeAll(() => {
  dir = makeTempDir()
  folder = join(dir, 'spool')
  mkdirSync(folder)
  // 300 small files, the corpus reports among them, one large file (streamed) and an empty one.
  for (let i = 0; i < 300; i++)
    writeFileSync(join(folder, `f${String(i).padStart(3, '0')}.log`), `Feb  2 04:10:0${i % 10} host sshd[${i}]: ok\n`)
  PLANTED.forEach((f, i) => writeFileSync(join(folder, `f${String(100 * i + 50).padStart(3, '0')}.log`), corpusText(f)))
  writeFileSync(
    join(folder, 'big.log'),
    `${'Feb  2 04:10:01 host cron[1]: tick\n'.repeat(20_000)}${corpusText(PLANTED[0])}`,
  )
  writeFileSync(join(folder, 'empty.log'), '')
})
afterAll(() => removeDir(dir))

/** Everything a reading hands on, in order. */
function recording(): { ctx: ReadContext; seen: string[] } {
  const seen: string[] = []
  const ctx: ReadContext = {
    ...quietContext(DEFAULT_IMPORT_LIMITS, {
      warn: (code, path, line, message) => seen.push(`warn ${code} ${path}:${line} ${message}`),
    }),
    pushLine: (line) => seen.push(`line ${line.path}:${line.line} ${line.text}`),
    endOfInput: (path) => seen.push(`end ${path}`),
    addInput: (input) => seen.push(`input ${input.path} ${input.kind} ${input.bytes}`),
    noteYear: (path, year) => seen.push(`year ${path} ${year}`),
  }
  return { ctx, seen }
}

/** The folder planned, then files made unreadable between planning and reading (a race). */
async function planWithRaces(): Promise<PlannedFile[]> {
  const planned = await planInputs([folder], quietContext(DEFAULT_IMPORT_LIMITS))
  rmSync(join(folder, 'f010.log'))
  rmSync(join(folder, 'f020.log'))
  if (process.platform === 'linux') expect(spawnSync('mkfifo', [join(folder, 'f020.log')]).status).toBe(0)
  return planned
}

describe('reading a folder of files', () => {
  it('hands on the same lines, inputs and warnings in the same order, at once, read ahead, or one by one', async () => {
    const planned = await planWithRaces()
    expect(planned.every((f) => f.localDisk)).toBe(true) // the temp dir is on a local disk here
    const local = recording()
    await readPlannedFiles(planned, local.ctx)
    const remote = recording()
    await readPlannedFiles(
      planned.map((f) => ({ ...f, localDisk: false })),
      remote.ctx,
    )
    const oneByOne = recording()
    for (const f of planned) await readPlannedFile(f, oneByOne.ctx)

    expect(remote.seen).toEqual(local.seen)
    expect(oneByOne.seen).toEqual(local.seen)
    const inputs = local.seen.filter((s) => s.startsWith('input '))
    expect(inputs).toHaveLength(planned.length - 2)
    expect(inputs.map((s) => s.split(' ')[1])).toEqual(
      planned.map((f) => f.path).filter((p) => !p.endsWith('f010.log') && !p.endsWith('f020.log')),
    )
    expect(local.seen.filter((s) => s.startsWith('warn unreadable-file'))).toEqual([
      `warn unreadable-file ${join(folder, 'f010.log')}:null ${join(folder, 'f010.log')}: no such file or directory; it was skipped.`,
      ...(process.platform === 'linux'
        ? [
            `warn unreadable-file ${join(folder, 'f020.log')}:null ${join(folder, 'f020.log')}: a pipe, not a regular file; it was skipped.`,
          ]
        : []),
    ])
    // The reports' windows reached the parser: every planted file and the big one hand on lines.
    for (const f of ['f050.log', 'f150.log', 'f250.log', 'big.log'])
      expect(
        local.seen.some((s) => s.startsWith(`line ${join(folder, f)}:`)),
        f,
      ).toBe(true)
  })
})
