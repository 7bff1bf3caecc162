import { execFileSync } from 'node:child_process'
import { createReadStream, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ByteStream } from '../../../../electron/node/input/byte-stream'
import { decompressInWorker, workerDecodingAvailable } from '../../../../electron/node/input/decompress-in-worker'
import { decodeJs } from '../../../../electron/node/input/js-decoders'
import { OutputGuard } from '../../../../electron/node/input/output-guard'
import { readCase } from '../../../../electron/node/input/read-case'
import { CORPUS, PLANTED, hasTool, makeTempDir, removeDir, run, writeTree } from './build-fixtures'

const LIMITS = { maxRatio: 250, ratioGraceBytes: 64 * 1024 ** 2, maxBytes: 2 ** 40 }
const decode = (format: 'xz' | 'zstd' | 'bzip2', stream: ByteStream): ByteStream =>
  decompressInWorker(format, stream, null, new OutputGuard(LIMITS), LIMITS, 0)

let dir: string
const original = Buffer.concat(PLANTED.map((f) => readFileSync(join(CORPUS, f))))

async function collect(stream: ByteStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk)
  return Buffer.concat(chunks)
}

beforeAll(() => {
  dir = makeTempDir()
  writeFileSync(join(dir, 'log'), Buffer.concat(Array(20).fill(original)))
})
afterAll(() => removeDir(dir))

describe('decompress-in-worker', () => {
  for (const [tool, ext, format] of [
    ['xz', 'xz', 'xz'],
    ['zstd', 'zst', 'zstd'],
    ['bzip2', 'bz2', 'bzip2'],
  ] as const) {
    it.skipIf(!hasTool(tool))(`decodes ${ext} in a worker thread to the exact original bytes`, async () => {
      execFileSync(tool, ['-k', '-f', '-q', join(dir, 'log')])
      const stream = createReadStream(join(dir, `log.${ext}`), { highWaterMark: 4096 }) as AsyncIterable<Buffer>
      const decoded = await collect(decode(format, stream))
      expect(decoded.equals(readFileSync(join(dir, 'log')))).toBe(true)
      expect(workerDecodingAvailable()).toBe(true)
    })
  }

  it.skipIf(!hasTool('xz'))('decodes concatenated xz streams with padding (cat a.xz b.xz) to every byte', async () => {
    const parts = PLANTED.map((f) => readFileSync(join(CORPUS, f)))
    const joined = Buffer.concat(
      parts.flatMap((p) => [execFileSync('xz', ['-c', '-q'], { input: p }), Buffer.alloc(8)]),
    )
    for (const size of [64, 4096, joined.length]) {
      const source = (async function* (): ByteStream {
        for (let at = 0; at < joined.length; at += size) yield joined.subarray(at, at + size)
      })()
      expect((await collect(decode('xz', source))).equals(Buffer.concat(parts))).toBe(true)
    }
  })

  it.skipIf(!hasTool('xz'))(
    'reads an .xz inside a .tar.xz without the system xz (each xz stream in its own thread)',
    async () => {
      writeTree(dir, {
        'nest/t/first.log': Buffer.alloc(3_000_000, 'noise\n'),
        'nest/t/messages': readFileSync(join(CORPUS, PLANTED[1])),
      })
      run('xz', [join(dir, 'nest/t/messages')])
      run('tar', ['-cJf', join(dir, 'nest.tar.xz'), '-C', join(dir, 'nest'), 't/messages.xz', 't/first.log'])
      process.env.OOMLENS_NATIVE_DECODERS = '0'
      try {
        const parsed = await readCase([join(dir, 'nest.tar.xz')])
        expect(parsed.events.map((e) => e.path)).toEqual(Array(3).fill(`${join(dir, 'nest.tar.xz')}!/t/messages.xz`))
      } finally {
        delete process.env.OOMLENS_NATIVE_DECODERS
      }
    },
  )

  it.skipIf(!hasTool('xz'))(
    'refuses, never waits forever, when an xz stream opens inside another in one thread',
    async () => {
      const big = execFileSync('xz', ['-c'], { input: Buffer.alloc(8 * 1024 * 1024, 'a') })
      const outer = decodeJs(
        'xz',
        (async function* (): ByteStream {
          yield big
        })(),
        new OutputGuard(LIMITS),
      )[Symbol.asyncIterator]()
      await outer.next()
      const inner = collect(
        decodeJs(
          'xz',
          (async function* (): ByteStream {
            yield big
          })(),
          new OutputGuard(LIMITS),
        ),
      )
      await expect(inner).rejects.toThrow(/inside another/)
      await outer.return?.(undefined)
    },
  )

  it('rejects with the decoder error when the xz data is corrupt', async () => {
    execFileSync('xz', ['-k', '-f', join(dir, 'log')])
    const bytes = readFileSync(join(dir, 'log.xz'))
    bytes.fill(0x55, 200, 400)
    const source = (async function* (): ByteStream {
      yield bytes
    })()
    await expect(collect(decode('xz', source))).rejects.toThrow()
  })
})
