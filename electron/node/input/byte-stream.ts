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

/**
 * Pulls `source` ahead of the reader into a queue of up to `maxBytes`, so a producer running
 * elsewhere (a decoder process, zlib on the thread pool) keeps working while the reader is busy
 * instead of stalling on a 64 KiB pipe or stream buffer; past `maxBytes` it waits for the reader.
 * An error of the source reaches the reader after the chunks before it. Returning early stops the
 * pulling and returns the source.
 */
export async function* readAhead(source: ByteStream, maxBytes: number): ByteStream {
  const iterator = source[Symbol.asyncIterator]()
  const queue: Buffer[] = []
  // Shared between the pump and the reader (closures: a plain `let` would be narrowed away).
  const state = {
    queued: 0,
    ended: false,
    stopped: false,
    failure: null as { error: unknown } | null,
    wakeReader: null as (() => void) | null,
    wakePump: null as (() => void) | null,
  }
  const wake = (which: 'wakeReader' | 'wakePump'): void => {
    const resolve = state[which]
    state[which] = null
    resolve?.()
  }
  const pump = (async (): Promise<void> => {
    try {
      while (!state.stopped) {
        if (state.queued >= maxBytes) {
          await new Promise<void>((resolve) => (state.wakePump = resolve))
          continue
        }
        const next = await iterator.next()
        if (next.done) break
        queue.push(next.value)
        state.queued += next.value.length
        wake('wakeReader')
      }
    } catch (error) {
      state.failure = { error }
    } finally {
      state.ended = true
      wake('wakeReader')
    }
  })()
  try {
    for (;;) {
      const chunk = queue.shift()
      if (chunk) {
        state.queued -= chunk.length
        wake('wakePump')
        yield chunk
        continue
      }
      if (state.failure) throw state.failure.error
      if (state.ended) return
      await new Promise<void>((resolve) => (state.wakeReader = resolve))
    }
  } finally {
    state.stopped = true
    wake('wakePump')
    if (!state.ended) {
      await pump
      await iterator.return?.()
    }
  }
}
