import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { launchPaths } from '../../../electron/main/launch-paths'

const dir = mkdtempSync(join(tmpdir(), 'oomlens-argv-'))
writeFileSync(join(dir, 'messages'), 'x')
writeFileSync(join(dir, 'bundle.tgz'), 'x')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('launch-paths', () => {
  it('keeps existing paths after the binary when packaged, resolving relative ones against cwd', () => {
    const argv = ['/opt/OOMLens/oomlens', '--no-sandbox', 'messages', join(dir, 'bundle.tgz'), 'missing.log']
    expect(launchPaths(argv, dir, true)).toEqual([join(dir, 'messages'), join(dir, 'bundle.tgz')])
  })

  it('skips the app folder when run from source and drops duplicates and switches', () => {
    const argv = ['/usr/bin/electron', '.', 'messages', './messages', '--inspect=9229', '-x', '']
    expect(launchPaths(argv, dir, false)).toEqual([join(dir, 'messages')])
  })
})
