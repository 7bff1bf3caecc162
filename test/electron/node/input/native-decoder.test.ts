import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ByteStream } from '../../../../electron/node/input/byte-stream'
import { nativeDecoder, runNativeDecoder } from '../../../../electron/node/input/native-decoder'
import { CORPUS, PLANTED, hasTool } from './build-fixtures'

const ORIGINAL = Buffer.concat(PLANTED.map((f) => readFileSync(join(CORPUS, f))))

async function* chunks(bytes: Buffer, size = 4096): ByteStream {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size)
}

async function collect(stream: ByteStream): Promise<Buffer> {
  const out: Buffer[] = []
  for await (const chunk of stream) out.push(chunk)
  return Buffer.concat(out)
}

/** The command names of this process's children (Linux /proc). */
function children(): string[] {
  const tasks = `/proc/${process.pid}/task`
  const pids = readdirSync(tasks).flatMap((t) =>
    readFileSync(`${tasks}/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean),
  )
  return pids.map((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
    } catch {
      return ''
    }
  })
}

describe('native-decoder', () => {
  for (const [tool, format] of [
    ['xz', 'xz'],
    ['zstd', 'zstd'],
    ['bzip2', 'bzip2'],
  ] as const) {
    it.skipIf(!hasTool(tool))(
      `decodes ${format} through the system ${tool} to the exact bytes, counting its input`,
      async () => {
        const encoded = execFileSync(tool, ['-c', '-q'], { input: ORIGINAL })
        const command = nativeDecoder(format)!
        expect(command.file).toMatch(new RegExp(`^/.*/${tool}$`))
        let consumed = 0
        const decoded = await collect(runNativeDecoder(command, chunks(encoded), (n) => (consumed += n)))
        expect(decoded.equals(ORIGINAL)).toBe(true)
        expect(consumed).toBe(encoded.length)
      },
    )
  }

  it.skipIf(!hasTool('xz'))('ends with the decoder own message on corrupt data, after what it decoded', async () => {
    const encoded = execFileSync('xz', ['-c'], { input: Buffer.concat(Array(50).fill(ORIGINAL)) })
    encoded.fill(0x55, encoded.length - 200, encoded.length - 100)
    const out: Buffer[] = []
    await expect(
      (async () => {
        for await (const chunk of runNativeDecoder(nativeDecoder('xz')!, chunks(encoded), () => undefined))
          out.push(chunk)
      })(),
    ).rejects.toThrow(/^xz: .*(corrupt|Unexpected)/i)
  })

  it.skipIf(!hasTool('zstd'))('kills the decoder as soon as the reader stops', async () => {
    const encoded = execFileSync('zstd', ['-c', '-q'], { input: Buffer.alloc(256 * 1024 * 1024) })
    let running: string[] = []
    for await (const chunk of runNativeDecoder(nativeDecoder('zstd')!, chunks(encoded), () => undefined)) {
      void chunk
      running = children()
      break
    }
    expect(running).toContain('zstd')
    // Killed at once; reaped as soon as the event loop turns (a loaded machine may take a moment).
    for (let waited = 0; waited < 5000 && children().includes('zstd'); waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50))
    expect(children()).not.toContain('zstd')
  })

  it('finds no decoder when OOMLENS_NATIVE_DECODERS=0 (the fallback is measured and tested that way)', () => {
    const saved = process.env.OOMLENS_NATIVE_DECODERS
    process.env.OOMLENS_NATIVE_DECODERS = '0'
    try {
      expect(nativeDecoder('xz')).toBeNull()
    } finally {
      if (saved === undefined) delete process.env.OOMLENS_NATIVE_DECODERS
      else process.env.OOMLENS_NATIVE_DECODERS = saved
    }
  })
})
