// `oomlens report -o` never writes into the evidence, whatever the output path is called: through a
// symlinked folder that leads into an input folder, a symlink to an input, or another (hard-link) name
// of a file the case read. The real CLI, on files made here.
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GIVEN } from '../support/given'
import { runOomlens } from '../support/run-oomlens'

const LOG = readFileSync(join(GIVEN, 'corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log'))
let dir = ''

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-report-evidence-'))
  mkdirSync(join(dir, 'evidence', 'var'), { recursive: true })
  writeFileSync(join(dir, 'evidence', 'var', 'messages'), LOG)
  mkdirSync(join(dir, 'out'))
  symlinkSync(join(dir, 'evidence'), join(dir, 'out', 'looks-elsewhere'))
  symlinkSync(join(dir, 'evidence', 'var', 'messages'), join(dir, 'out', 'link.md'))
  linkSync(join(dir, 'evidence', 'var', 'messages'), join(dir, 'out', 'hard.md'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('oomlens report -o into the evidence', () => {
  it('exits 2 and leaves the evidence as it was, whatever name the output goes by', () => {
    for (const output of [
      join(dir, 'out', 'looks-elsewhere', 'var', 'report.md'),
      join(dir, 'out', 'link.md'),
      join(dir, 'out', 'hard.md'),
    ]) {
      const r = runOomlens(['report', join(dir, 'evidence'), '-o', output], { env: { TSX_DISABLE_CACHE: '1' } })
      expect(r.code, `${output}: ${r.stderr}`).toBe(2)
      expect(r.stderr).toContain('refusing to write into the evidence')
    }
    expect(readFileSync(join(dir, 'evidence', 'var', 'messages'))).toEqual(LOG)
    expect(readdirSync(join(dir, 'evidence', 'var'))).toEqual(['messages'])
  })

  it('writes the report next to the evidence, outside it', () => {
    const output = join(dir, 'out', 'report.md')
    const r = runOomlens(['report', join(dir, 'evidence'), '-o', output], { env: { TSX_DISABLE_CACHE: '1' } })
    expect(r.code, r.stderr).toBe(0)
    expect(existsSync(output)).toBe(true)
  })
})
