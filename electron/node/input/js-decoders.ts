import { Readable } from 'node:stream'
import { Decompress as ZstdDecompress } from 'fzstd'
import bitIterator from 'unbzip2-stream/lib/bit_iterator.js'
import bzip2 from 'unbzip2-stream/lib/bzip2.js'
import { asBuffer, type ByteStream } from './byte-stream'
import type { OutputGuard } from './output-guard'

/** The formats with a JavaScript/WebAssembly decoder (the fallback when no system decoder is found). */
export type JsFormat = 'xz' | 'zstd' | 'bzip2'

/** Encoded bytes handed to a synchronous decoder at a time: its output is passed on between slices. */
const SLICE_BYTES = 16 * 1024
/** Size of the chunks the bzip2 decoder emits (it produces one byte at a time). */
const BZIP2_OUT_BYTES = 64 * 1024

/** A decoder fed encoded bytes that emits decoded chunks synchronously, as it produces them. */
interface PushDecoder {
  push(input: Uint8Array): void
  end(): void
}

/**
 * Decodes with the JS/WASM decoders, every produced chunk accounted to `guard` the moment it exists
 * (its DecodeStopped ends decoding there). Synchronous decoders are fed small slices and their output
 * is handed on between slices, so what waits here stays within the guard's limits for one slice.
 */
export async function* decodeJs(format: JsFormat, source: ByteStream, guard: OutputGuard): ByteStream {
  if (format === 'xz') {
    yield* xzStream(source, guard)
    return
  }
  const pending: Buffer[] = []
  const emit = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return
    guard.admit(chunk.length)
    pending.push(asBuffer(chunk))
  }
  const decoder = format === 'zstd' ? zstdDecoder(emit) : bzip2Decoder(emit)
  try {
    for await (const input of source) {
      for (let at = 0; at < input.length; at += SLICE_BYTES) {
        const slice = input.subarray(at, at + SLICE_BYTES)
        guard.consumed += slice.length
        decoder.push(slice)
        yield* pending.splice(0)
      }
    }
    decoder.end()
  } finally {
    // What was admitted before a limit stopped the decoder is still passed on.
    yield* pending.splice(0)
  }
}

function zstdDecoder(emit: (chunk: Uint8Array) => void): PushDecoder {
  const decoder = new ZstdDecompress((chunk) => emit(chunk))
  return {
    push: (input) => decoder.push(input),
    end: () => decoder.push(new Uint8Array(0), true),
  }
}

/**
 * bzip2 block by block with unbzip2-stream's block decoder, as its stream wrapper drives it (a block
 * is decoded once enough input for a whole block is buffered), but emitting every 64 KiB instead of
 * collecting a block's output, which runs of one byte expand to ~45 MB, as an array of numbers first.
 */
function bzip2Decoder(emit: (chunk: Uint8Array) => void): PushDecoder {
  const queue: Uint8Array[] = []
  let buffered = 0
  let bits: ReturnType<typeof bitIterator> | null = null
  let blockSize = 0
  let streamCrc: number | null = null
  let work = new Int32Array(0)
  let out = Buffer.allocUnsafeSlow(BZIP2_OUT_BYTES)
  let used = 0
  const flush = (): void => {
    if (used === 0) return
    const full = out.subarray(0, used)
    out = Buffer.allocUnsafeSlow(BZIP2_OUT_BYTES)
    used = 0
    emit(full)
  }
  const put = (byte: number): void => {
    out[used++] = byte
    if (used === BZIP2_OUT_BYTES) flush()
  }
  const step = (reader: NonNullable<typeof bits>): void => {
    if (!blockSize) {
      blockSize = bzip2.header(reader)
      streamCrc = 0
      return
    }
    const size = 100_000 * blockSize
    if (work.length !== size) work = new Int32Array(size)
    streamCrc = bzip2.decompress(reader, put, work, size, streamCrc)
    if (streamCrc === null) blockSize = 0
    flush()
  }
  return {
    push(input) {
      queue.push(input)
      buffered += input.length
      bits ??= bitIterator(() => queue.shift())
      // A block is at most 100 kB * blockSize of encoded bits plus headers (unbzip2-stream's rule).
      while (buffered - bits.bytesRead + 1 >= (25_000 + 100_000 * blockSize || 4)) step(bits)
    },
    end() {
      while (bits && buffered > bits.bytesRead) step(bits)
      if (streamCrc !== null) throw new Error('bzip2: the input ended inside a stream')
      flush()
    },
  }
}

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

/** xz through WebAssembly: a pull stream that decodes one buffer (~1 MiB) per read, so it pauses by itself. */
async function* xzStream(source: ByteStream, guard: OutputGuard): ByteStream {
  const { XzReadableStream } = await loadXz()
  async function* counted(): ByteStream {
    for await (const chunk of source) {
      guard.consumed += chunk.length
      yield chunk
    }
  }
  const web = Readable.toWeb(Readable.from(counted(), { objectMode: false })) as ReadableStream<Uint8Array>
  const reader = new XzReadableStream(web).getReader()
  try {
    for (;;) {
      const next = await reader.read()
      if (next.done) return
      guard.admit(next.value.length)
      yield asBuffer(next.value)
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}
