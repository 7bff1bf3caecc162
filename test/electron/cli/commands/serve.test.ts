import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { browserCommand } from '../../../../electron/bridge/open-browser'
import { runServe } from '../../../../electron/cli/commands/serve'

const dir = mkdtempSync(join(tmpdir(), 'oomlens-serve-'))
writeFileSync(join(dir, 'messages'), 'x')
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

function captureStderr(): string[] {
  const lines: string[] = []
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  })
  return lines
}

describe('serve', () => {
  it('exits 3 naming the path when an input does not exist', async () => {
    const err = captureStderr()
    expect(await runServe([join(dir, 'messages'), join(dir, 'gone.log')], {})).toBe(3)
    expect(err.join('')).toContain(`${join(dir, 'gone.log')}: no such file or directory`)
  })

  it('exits 2 when the port is out of range', async () => {
    const err = captureStderr()
    expect(await runServe([dir], { port: 70000 })).toBe(2)
    expect(err.join('')).toContain('--port must be 0..65535')
  })

  it('exits 2 with a hint when the port is taken', async () => {
    const blocker = createServer()
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()))
    const { port } = blocker.address() as AddressInfo
    const err = captureStderr()
    try {
      expect(await runServe([dir], { port })).toBe(2)
    } finally {
      blocker.close()
    }
    expect(err.join('')).toContain(`port ${port} is in use; pick another with --port`)
  })
})

describe('open-browser', () => {
  it('finds a browser on PATH, or says there is none', () => {
    const saved = { PATH: process.env.PATH, BROWSER: process.env.BROWSER }
    try {
      delete process.env.BROWSER
      process.env.PATH = join(dir, 'nothing-here')
      expect(browserCommand('http://127.0.0.1:1/', 'linux')).toBeNull()
      writeFileSync(join(dir, 'xdg-open'), '#!/bin/sh\n', { mode: 0o755 })
      process.env.PATH = dir
      expect(browserCommand('http://127.0.0.1:1/', 'linux')).toEqual([join(dir, 'xdg-open'), 'http://127.0.0.1:1/'])
      expect(browserCommand('http://127.0.0.1:1/', 'darwin')).toEqual(['open', 'http://127.0.0.1:1/'])
    } finally {
      process.env.PATH = saved.PATH
      if (saved.BROWSER !== undefined) process.env.BROWSER = saved.BROWSER
    }
  })
})
