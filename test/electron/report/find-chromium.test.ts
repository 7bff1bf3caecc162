import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, findChromium } from '../../../electron/node/report/find-chromium'

function fakeBrowser(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-chromium-'))
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n', { mode: 0o755 })
  return path
}

describe('find-chromium', () => {
  it('uses the explicit path when it is executable', () => {
    const path = fakeBrowser('my-chrome')
    expect(findChromium(path, {})).toBe(path)
  })

  it('fails naming the explicit path rather than falling back when that path does not exist', () => {
    expect(() => findChromium('/nonexistent/chromium', { OOMLENS_CHROMIUM: fakeBrowser('c') })).toThrow(
      /tried \/nonexistent\/chromium\)/,
    )
  })

  it('prefers OOMLENS_CHROMIUM over CHROMIUM_PATH when both are set', () => {
    const ours = fakeBrowser('ours')
    expect(findChromium(null, { OOMLENS_CHROMIUM: ours, CHROMIUM_PATH: fakeBrowser('theirs') })).toBe(ours)
  })

  it('finds chromium on PATH when no variable is set', () => {
    const path = fakeBrowser('chromium')
    const found = findChromium(null, { PATH: join(path, '..') })
    expect(found === path || found.startsWith('/usr/bin/')).toBe(true)
  })

  it('says where it looked and how to fix it when nothing is found', () => {
    let error: unknown
    try {
      findChromium('/nowhere/chrome', {})
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ChromiumNotFoundError)
    expect((error as Error).message).toMatch(/--chromium PATH.*OOMLENS_CHROMIUM/)
  })
})
