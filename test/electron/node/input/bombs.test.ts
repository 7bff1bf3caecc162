// Decompression bombs of every kind end quickly, in bounded memory, with a warning naming the file:
// 4 GB of zeros in .gz/.xz/.zst/.bz2 (built fast as 64 concatenated streams of 64 MB of zeros, which
// every one of these formats allows), a zip whose members all point into one deflate stream, and a
// journal whose MESSAGE decompresses to 450 MB, shared by a thousand entries. Each is read in a
// process of its own so its peak RSS and wall time are its own.
import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { constants, deflateRawSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { craftJournal, hasTool, makeTempDir, removeDir } from './build-fixtures'

const CHILD = fileURLToPath(new URL('./read-in-child.ts', import.meta.url))
const MAX_SECONDS = 30
const MAX_RSS_MB = 400

interface ChildResult {
  readonly ms: number
  readonly maxRssMb: number
  readonly events: number
  readonly warnings: { code: string; path: string; message: string }[]
}

function readInChild(path: string, env: NodeJS.ProcessEnv = {}): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, path], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: (MAX_SECONDS + 30) * 1000,
  })
  if (r.status !== 0) throw new Error(`reading ${path} failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as ChildResult
}

/** `tool args` over `input` (a shell pipeline of fixed words, no user data). */
function compress(tool: string, args: readonly string[], input: Buffer): Buffer {
  return execFileSync(tool, args, { input, maxBuffer: 64 * 1024 * 1024 })
}

const ZEROS_64MB = Buffer.alloc(64 * 1024 * 1024)

let dir: string

beforeAll(() => {
  dir = makeTempDir()
})
afterAll(() => removeDir(dir))

function expectStopped(result: ChildResult, path: string, code: string): void {
  expect(result.warnings.map((w) => [w.code, w.path])).toContainEqual([code, path])
  expect(result.ms / 1000).toBeLessThanOrEqual(MAX_SECONDS)
  expect(result.maxRssMb).toBeLessThanOrEqual(MAX_RSS_MB)
}

describe('decompression bombs', () => {
  for (const [tool, ext, args] of [
    ['gzip', 'gz', ['-9', '-c']],
    ['xz', 'xz', ['-0', '-c']],
    ['zstd', 'zst', ['-q', '-c']],
    ['bzip2', 'bz2', ['-1', '-c']],
  ] as const) {
    it.skipIf(!hasTool(tool))(`stops 4 GB of zeros in .${ext} at the ratio limit, in bounded time and memory`, () => {
      const bomb = join(dir, `zeros.log.${ext}`)
      writeFileSync(bomb, Buffer.concat(Array(64).fill(compress(tool, args, ZEROS_64MB))))
      const result = readInChild(bomb)
      expectStopped(result, bomb, 'ratio-limit')
      expect(result.warnings.find((w) => w.code === 'ratio-limit')!.message).toMatch(/expands more than 250 times/)
    })
  }

  for (const [tool, ext, args] of [
    ['zstd', 'zst', ['-q', '-c']],
    ['bzip2', 'bz2', ['-1', '-c']],
  ] as const) {
    it.skipIf(!hasTool(tool))(`stops a .${ext} bomb in the JavaScript decoder too (no system ${tool})`, () => {
      const bomb = join(dir, `fallback.log.${ext}`)
      writeFileSync(bomb, Buffer.concat(Array(64).fill(compress(tool, args, ZEROS_64MB))))
      expectStopped(readInChild(bomb, { OOMLENS_NATIVE_DECODERS: '0' }), bomb, 'ratio-limit')
    })
  }

  it.skipIf(!hasTool('xz'))('stops an .xz bomb in the WebAssembly decoder too (no system xz)', () => {
    const bomb = join(dir, 'fallback.log.xz')
    writeFileSync(bomb, Buffer.concat(Array(64).fill(compress('xz', ['-0', '-c'], ZEROS_64MB))))
    expectStopped(readInChild(bomb, { OOMLENS_NATIVE_DECODERS: '0' }), bomb, 'ratio-limit')
  })

  it('refuses zip members that overlap (8 entries over one 1 GB deflate stream) and bounds the one it reads', () => {
    const zip = join(dir, 'overlap.zip')
    writeFileSync(zip, overlappingZip(8, 1024))
    const result = readInChild(zip)
    expectStopped(result, `${zip}!/m0.log`, 'ratio-limit')
    expect(result.warnings.filter((w) => w.code === 'zip-overlap').map((w) => w.path)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((i) => `${zip}!/m${i}.log`),
    )
    // One owner of the zip's descriptor: no false "could not be read to the end (EBADF)".
    expect(result.warnings.filter((w) => w.code === 'read-error')).toEqual([])
  })

  it.skipIf(!hasTool('zstd'))(
    'reads a journal whose one MESSAGE decompresses to 450 MB, shared by 1,000 entries, once and capped',
    () => {
      const message = compress(
        'sh',
        ['-c', "{ printf MESSAGE=; head -c 471859200 /dev/zero | tr '\\0' A; } | zstd -q -c"],
        Buffer.alloc(0),
      )
      const journal = join(dir, 'bomb.journal')
      const data = [
        { payload: message, zstd: true },
        { payload: Buffer.from('_TRANSPORT=kernel'), zstd: false },
      ]
      const entries = Array.from({ length: 1000 }, (_, i) => ({
        realtimeUsec: 1767261600000000n + BigInt(i),
        data: [1, 0],
      }))
      writeFileSync(journal, craftJournal(data, entries))
      const result = readInChild(journal)
      expectStopped(result, journal, 'ratio-limit')
      expect(result.warnings.find((w) => w.code === 'line-truncated')!.message).toMatch(/longer than 4194304 bytes/)
    },
  )
})

/** A zip whose `members` central-directory entries all point at one local header and deflate stream of `mb` MB of zeros. */
function overlappingZip(members: number, mb: number): Buffer {
  // 64 MB of zeros deflated once, ended by a full flush (byte-aligned, no final block, no history
  // needed), repeated, then one empty final block (fixed Huffman, end-of-block only: bytes 03 00).
  const piece = deflateRawSync(ZEROS_64MB, { level: 9, finishFlush: constants.Z_FULL_FLUSH })
  const data = Buffer.concat([...Array<Buffer>(mb / 64).fill(piece), Buffer.from([0x03, 0x00])])
  const name = (i: number): Buffer => Buffer.from(`m${i}.log`)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8) // deflate
  local.writeUInt32LE(data.length, 18)
  local.writeUInt32LE(mb * 1024 * 1024, 22)
  local.writeUInt16LE(name(0).length, 26)
  const central = Array.from({ length: members }, (_, i) => {
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(8, 10)
    entry.writeUInt32LE(data.length, 20)
    entry.writeUInt32LE(mb * 1024 * 1024, 24)
    entry.writeUInt16LE(name(i).length, 28)
    entry.writeUInt32LE(0, 42) // every member's local header: offset 0
    return Buffer.concat([entry, name(i)])
  })
  const body = Buffer.concat([local, name(0), data])
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(members, 8)
  end.writeUInt16LE(members, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(body.length, 16)
  return Buffer.concat([body, directory, end])
}
