import { Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { Decompress as ZstdDecompress } from 'fzstd'
import unbzip2 from 'unbzip2-stream'
import { asBuffer, type ByteStream } from './byte-stream'
import type { CompressionFormat } from './sniff-format'

const GUNZIP_CHUNK_BYTES = 256 * 1024

interface XzModule {
  readonly XzReadableStream: new (source: ReadableStream<Uint8Array>) => ReadableStream<Uint8Array>
}

let xzModule: Promise<XzModule> | null = null

/**
 * xz-decompress is CommonJS: a named ESM import gives "not a constructor" (TOOLCHAIN.md), and which of
 * the namespace or its `default` carries the class depends on the loader (Node, tsx, vitest).
 */
function loadXz(): Promise<XzModule> {
  xzModule ??= import('xz-decompress').then((m) => {
    const ns = m as unknown as Partial<XzModule> & { default?: Partial<XzModule> }
    const found = ns.default?.XzReadableStream ?? ns.XzReadableStream
    if (!found) throw new Error('xz-decompress has no XzReadableStream')
    return { XzReadableStream: found }
  })
  return xzModule
}

/** A decompressed view of `source`. Never buffers the whole stream; errors surface while iterating. */
export function decompressStream(format: CompressionFormat, source: ByteStream): ByteStream {
  switch (format) {
    case 'gzip':
      return pipeThrough(source, createGunzip({ chunkSize: GUNZIP_CHUNK_BYTES }))
    case 'bzip2':
      return bzip2Stream(source)
    case 'zstd':
      return zstdStream(source)
    case 'xz':
      return xzStream(source)
  }
}

function pipeThrough(source: ByteStream, transform: NodeJS.ReadWriteStream): ByteStream {
  const input = Readable.from(source, { objectMode: false })
  input.on('error', (error) => transform.emit('error', error))
  input.pipe(transform)
  return transform as unknown as ByteStream
}

/** unbzip2-stream is an old-style synchronous `through` stream: feed it and collect what it emits. */
async function* bzip2Stream(source: ByteStream): ByteStream {
  const decoder = unbzip2()
  const out: Buffer[] = []
  let failure: unknown = null
  let ended = false
  decoder.on('data', (chunk: Buffer) => out.push(chunk))
  decoder.on('error', (error: unknown) => (failure = error))
  decoder.on('end', () => (ended = true))
  for await (const chunk of source) {
    decoder.write(chunk)
    if (failure) throw failure
    yield* out.splice(0)
  }
  decoder.end()
  if (!ended && !failure) await new Promise((resolve) => setImmediate(resolve))
  if (failure) throw failure
  yield* out.splice(0)
}

async function* zstdStream(source: ByteStream): ByteStream {
  const out: Buffer[] = []
  const decoder = new ZstdDecompress((chunk) => {
    out.push(asBuffer(chunk))
  })
  for await (const chunk of source) {
    decoder.push(chunk)
    yield* out.splice(0)
  }
  decoder.push(new Uint8Array(0), true)
  yield* out.splice(0)
}

async function* xzStream(source: ByteStream): ByteStream {
  const { XzReadableStream } = await loadXz()
  const web = Readable.toWeb(Readable.from(source, { objectMode: false })) as ReadableStream<Uint8Array>
  const reader = new XzReadableStream(web).getReader()
  try {
    for (;;) {
      const next = await reader.read()
      if (next.done) return
      yield asBuffer(next.value)
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}
