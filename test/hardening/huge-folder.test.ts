// A folder of 150,000 small files (a sosreport of a big host, a log spool) is planned and read: no
// stack overflow (a spread of the folder's files overflowed at about 130,000), every file read, and
// the one OOM report among them found. The files are hard links of one small log on tmpfs where there
// is one, so building the folder takes seconds; each is opened and read on its own all the same.
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_IMPORT_LIMITS } from '../../electron/node/input/import-limits'
import { planInputs } from '../../electron/node/input/plan-inputs'
import { quietContext } from '../../electron/node/input/read-context'
import { readCase } from '../../electron/node/input/read-case'
import { GIVEN } from '../support/given'

const FILES = 150_000
const REPORT_FILE = 'f075000.log'
const LOG = '011-x86-4.18-3.10-vmware-memcg-leaker.log'
const REPORT_EVENTS = (
  JSON.parse(readFileSync(join(GIVEN, 'corpus/public/MANIFEST.json'), 'utf8')) as { file: string; events: number }[]
).find((m) => m.file === LOG)?.events

let base = ''
let dir = ''
const name = (i: number) => `f${String(i).padStart(6, '0')}.log`

beforeAll(() => {
  base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'oomlens-huge-'))
  dir = join(base, 'spool')
  mkdirSync(dir)
  const small = join(base, 'small.log')
  writeFileSync(small, 'Feb  2 04:10:01 host kernel: usb 1-1: new high-speed USB device number 2\n')
  for (let i = 0; i < FILES; i++) if (name(i) !== REPORT_FILE) linkSync(small, join(dir, name(i)))
  writeFileSync(join(dir, REPORT_FILE), readFileSync(join(GIVEN, 'corpus/public', LOG)))
}, 120_000)

afterAll(() => rmSync(base, { recursive: true, force: true }))

describe('a folder of 150,000 files', () => {
  it('is planned in name order without overflowing the stack', async () => {
    const planned = await planInputs([dir], quietContext(DEFAULT_IMPORT_LIMITS))
    expect(planned).toHaveLength(FILES)
    expect(planned[0]?.name).toBe(name(0))
    expect(planned[FILES - 1]?.name).toBe(name(FILES - 1))
    expect(planned.every((f, i) => f.name === name(i) && f.sizeBytes > 0)).toBe(true)
  }, 300_000)

  it('is read file by file, and the report in the middle of it is found', async () => {
    const parsed = await readCase([dir])
    expect(parsed.inputs).toHaveLength(FILES + 1) // every file and the folder itself
    expect(REPORT_EVENTS).toBeGreaterThan(0)
    expect(parsed.events).toHaveLength(REPORT_EVENTS ?? -1)
    expect(new Set(parsed.events.map((e) => e.path))).toEqual(new Set([join(dir, REPORT_FILE)]))
  }, 600_000)
})
