import type * as fzstd from 'fzstd'
import type bitIteratorFn from 'unbzip2-stream/lib/bit_iterator.js'
import type bzip2Lib from 'unbzip2-stream/lib/bzip2.js'
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
  // Loaded when first needed: most cases never use a fallback decoder, and loading costs every start.
  const decoder = format === 'zstd' ? zstdDecoder(emit, await import('fzstd')) : bzip2Decoder(emit, await bzip2Module())
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

function zstdDecoder(emit: (chunk: Uint8Array) => void, lib: typeof fzstd): PushDecoder {
  const decoder = new lib.Decompress((chunk) => emit(chunk))
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
interface Bzip2Module {
  readonly bitIterator: typeof bitIteratorFn
  readonly bzip2: typeof bzip2Lib
}

async function bzip2Module(): Promise<Bzip2Module> {
  const [bits, lib] = await Promise.all([
    import('unbzip2-stream/lib/bit_iterator.js'),
    import('unbzip2-stream/lib/bzip2.js'),
  ])
  return { bitIterator: bits.default, bzip2: lib.default }
}

function bzip2Decoder(emit: (chunk: Uint8Array) => void, { bitIterator, bzip2 }: Bzip2Module): PushDecoder {
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

/**
 * xz through WebAssembly: a pull stream that decodes one buffer (~1 MiB) per read, so it pauses by
 * itself. It stops at the end of one xz stream, and an .xz file may hold several back to back
 * (`cat a.xz b.xz`, parallel compressors), so the input is cut into its streams first and each is
 * decoded in turn.
 */
async function* xzStream(source: ByteStream, guard: OutputGuard): ByteStream {
  const { XzReadableStream } = await loadXz()
  // xz-decompress decodes one stream at a time per thread (a lock around its one WebAssembly
  // instance): an xz stream opened inside another in the same thread would wait for it forever.
  if (xzInThisThread > 0)
    throw new Error('xz: an xz stream inside another cannot be decoded here without the system xz tool')
  xzInThisThread++
  try {
    yield* xzStreams(XzReadableStream, source, guard)
  } finally {
    xzInThisThread--
  }
}

/** xz streams being decoded by this thread's WebAssembly decoder (at most one: see xzStream). */
let xzInThisThread = 0

async function* xzStreams(
  XzReadableStream: XzModule['XzReadableStream'],
  source: ByteStream,
  guard: OutputGuard,
): ByteStream {
  async function* counted(): ByteStream {
    for await (const chunk of source) {
      guard.consumed += chunk.length
      yield chunk
    }
  }
  const streams = new XzStreams(counted()[Symbol.asyncIterator]())
  while (await streams.another()) {
    const segment = streams.current()
    const reader = new XzReadableStream(pulled(segment)).getReader()
    try {
      for (;;) {
        const next = await reader.read()
        if (next.done) break
        guard.admit(next.value.length)
        yield asBuffer(next.value)
      }
    } finally {
      await reader.cancel().catch(() => undefined)
      await segment.return(undefined)
    }
    await streams.skipPadding()
  }
}

/**
 * A web stream that reads `source` only when asked (Readable.toWeb flows instead, and enqueued into
 * an already closed stream after the xz decoder failed: an uncaught exception).
 */
function pulled(source: AsyncIterator<Buffer>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await source.next()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      },
      async cancel() {
        await source.return?.(undefined)
      },
    },
    { highWaterMark: 0 },
  )
}

const XZ_MAGIC = Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])
/** Bytes kept before the unread input to recognise a stream's end (footer magic `YZ`, zero padding). */
const XZ_LOOKBEHIND = 4096

/**
 * Cuts concatenated xz streams apart (xz-file-format.txt, "Stream"/"Stream Padding"): a stream ends
 * with a footer whose last bytes are `YZ`, may be followed by zero padding in multiples of 4 bytes,
 * and the next stream starts 4-byte aligned with the header magic FD 37 7A 58 5A 00. Only that whole
 * pattern at an aligned offset counts as a boundary, which compressed data does not contain by
 * chance. Anything but zero padding left after a stream's decoder finished is an error, never
 * silently dropped.
 */
class XzStreams {
  /** Input read and not yet handed to a stream's decoder; `start` is its offset in the input. */
  private unread: Buffer = Buffer.alloc(0)
  private start = 0
  private behind: Buffer = Buffer.alloc(0)
  /** Where the current stream starts in the input (its own header is no boundary). */
  private streamStart = 0
  /** Where the current stream ends in the input, once seen (-1: not yet). */
  private end = -1
  private done = false
  private first = true

  constructor(private readonly input: AsyncIterator<Buffer>) {}

  /** True when another stream follows (the first always does). */
  async another(): Promise<boolean> {
    if (this.first) {
      this.first = false
      return true
    }
    if (this.unread.length === 0) await this.fill()
    this.end = -1
    this.streamStart = this.start
    return this.unread.length > 0
  }

  /** The bytes of the current stream, up to the next stream's header. */
  async *current(): AsyncGenerator<Buffer, void, undefined> {
    for (;;) {
      if (this.unread.length === 0 && !(await this.fill())) return
      const boundary = this.end >= 0 ? this.end - this.start : this.findBoundary()
      if (boundary >= 0 && this.end < 0) this.end = this.start + boundary
      // Keep a possible magic's first bytes when no boundary is known: it may end in the next chunk.
      const take = boundary >= 0 ? boundary : Math.max(0, this.unread.length - (XZ_MAGIC.length - 1))
      if (take > 0) yield this.consume(take)
      if (boundary >= 0 && this.start === this.end) return
      if (boundary < 0 && !(await this.fill())) {
        if (this.unread.length > 0) yield this.consume(this.unread.length)
        return
      }
    }
  }

  /** After a stream's decoder finished: the rest of the stream must be zero padding. */
  async skipPadding(): Promise<void> {
    for await (const rest of this.current()) {
      if (rest.some((b) => b !== 0)) throw new Error('xz: data after the end of an xz stream could not be read')
    }
  }

  private consume(bytes: number): Buffer {
    const out = this.unread.subarray(0, bytes)
    this.unread = this.unread.subarray(bytes)
    this.start += bytes
    const kept = Buffer.concat([this.behind, out])
    this.behind = kept.subarray(Math.max(0, kept.length - XZ_LOOKBEHIND))
    return out
  }

  /** Reads one more chunk onto the unread bytes; false at the end of the input. */
  private async fill(): Promise<boolean> {
    if (this.done) return false
    const next = await this.input.next()
    if (next.done) {
      this.done = true
      return false
    }
    this.unread = this.unread.length > 0 ? Buffer.concat([this.unread, next.value]) : next.value
    return true
  }

  /** Offset in `unread` of the next stream's header, or -1. */
  private findBoundary(): number {
    const view = Buffer.concat([this.behind, this.unread])
    const viewStart = this.start - this.behind.length
    for (let at = view.indexOf(XZ_MAGIC, this.behind.length); at !== -1; at = view.indexOf(XZ_MAGIC, at + 1)) {
      const offset = viewStart + at
      if (offset === this.streamStart || offset % 4 !== 0) continue
      let end = at
      while (end >= 4 && view.readUInt32LE(end - 4) === 0) end -= 4
      if (end >= 2 && view[end - 2] === 0x59 && view[end - 1] === 0x5a) return at - this.behind.length
    }
    return -1
  }
}
