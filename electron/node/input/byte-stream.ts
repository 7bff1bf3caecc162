/** A stream of bytes, as Node streams, web streams and generators all can be iterated. */
export type ByteStream = AsyncIterable<Buffer>

export interface PeekedStream {
  /** At least `minBytes` bytes from the start (fewer only when the stream is shorter). */
  readonly head: Buffer
  /** The whole stream again, head included. */
  readonly stream: ByteStream
}

/** Reads the first bytes of a stream for format sniffing without losing them. */
export async function peekStream(source: ByteStream, minBytes: number): Promise<PeekedStream> {
  const iterator = source[Symbol.asyncIterator]()
  const chunks: Buffer[] = []
  let size = 0
  let done = false
  while (size < minBytes) {
    const next = await iterator.next()
    if (next.done) {
      done = true
      break
    }
    chunks.push(next.value)
    size += next.value.length
  }
  const head = Buffer.concat(chunks, size)
  async function* replay(): ByteStream {
    try {
      for (const chunk of chunks.splice(0)) yield chunk
      if (done) return
      for (;;) {
        const next = await iterator.next()
        if (next.done) return
        yield next.value
      }
    } finally {
      if (!done) await iterator.return?.()
    }
  }
  return { head, stream: replay() }
}

/** Counts the bytes flowing through (compressed input of a decompressor, for the ratio limit and progress). */
export async function* countBytes(source: ByteStream, onBytes: (n: number) => void): ByteStream {
  for await (const chunk of source) {
    onBytes(chunk.length)
    yield chunk
  }
}

/** Typed-array chunk → Buffer without copying. */
export function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
}

/** Gathers a whole stream, refusing beyond `maxBytes` (returns null then). Only for small or random-access inputs. */
export async function collectStream(source: ByteStream, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of source) {
    size += chunk.length
    if (size > maxBytes) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}
