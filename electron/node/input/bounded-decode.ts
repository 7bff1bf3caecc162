import { Readable } from 'node:stream'
import { createGunzip, createInflateRaw } from 'node:zlib'
import { readAhead, type ByteStream } from './byte-stream'
import { decompressInWorker } from './decompress-in-worker'
import { decodeJs, type JsFormat } from './js-decoders'
import { exhaustBudget } from './limit-stream'
import { nativeDecoder, runNativeDecoder } from './native-decoder'
import { DecodeStopped, OutputGuard, type OutputLimits, type StopReason } from './output-guard'
import type { ReadContext } from './read-context'
import type { CompressionFormat } from './sniff-format'

/** What the one decoding stage decodes: the compressed files we sniff, and zip's deflate members. */
export type DecodeFormat = CompressionFormat | 'deflate-raw'

/**
 * zlib's output chunk: 1 MiB rather than 256 KiB took ~5 % off the CPU of analysing a 400 MB .gz
 * (fewer round trips to the thread pool and fewer chunks to scan), within the read-ahead bound below.
 */
const ZLIB_CHUNK_BYTES = 1024 * 1024
/**
 * Decoded bytes a decoder may run ahead of the reader. A pipe (64 KiB) alone left `xz -dc` waiting
 * for the scanner most of the time: the two took turns instead of overlapping.
 */
const READ_AHEAD_BYTES = 8 * 1024 * 1024

/** The per-stream limits of a case: the ratio limit, and no stream larger than the whole case may be. */
export function outputLimits(ctx: ReadContext): OutputLimits {
  const { maxRatio, ratioGraceBytes, maxTotalBytes } = ctx.limits
  return { maxRatio, ratioGraceBytes, maxBytes: maxTotalBytes }
}

/**
 * The one output-bounded decoding stage every compressed stream passes (files, archive members, zip
 * members): picks the decoder — Node's zlib for gzip and deflate, the system's xz/zstd/bzip2 process
 * when there is one, else the JS/WASM decoders (in a worker for large inputs) — and holds its output
 * to the ratio limit, the stream limit and the case-wide budget per produced chunk. The reader pulls:
 * a decoder whose output is not taken is paused. Past a limit the decoder is stopped (process killed,
 * worker terminated) and a warning names the path; the stream then simply ends.
 */
export async function* boundedDecode(
  format: DecodeFormat,
  source: ByteStream,
  path: string,
  sizeBytes: number | null,
  ctx: ReadContext,
): ByteStream {
  const limits = outputLimits(ctx)
  const guard = new OutputGuard(limits, () => ctx.budget.exhausted)
  try {
    if (format === 'gzip' || format === 'deflate-raw') {
      yield* readAhead(admitted(zlibStream(format, source, guard), guard), READ_AHEAD_BYTES)
      return
    }
    const command = nativeDecoder(format)
    if (command) {
      const decoded = runNativeDecoder(command, source, (n) => (guard.consumed += n), ctx.signal)
      yield* readAhead(admitted(decoded, guard), READ_AHEAD_BYTES)
      return
    }
    yield* decompressInWorker(format, source, sizeBytes, guard, limits)
  } catch (error) {
    if (!(error instanceof DecodeStopped)) throw error
    warnStopped(error, path, ctx)
  }
}

/** The warning for a decoder stopped at a limit (nothing when the case budget ran out elsewhere and said so). */
export function warnStopped(stop: DecodeStopped, path: string, ctx: ReadContext): void {
  const { maxRatio } = ctx.limits
  if (stop.reason === 'ratio-limit') {
    ctx.warn(
      'ratio-limit',
      path,
      null,
      `Stopped reading ${path}: it expands more than ${maxRatio} times (${stop.produced} bytes from ${stop.consumed}), which looks like a decompression bomb.`,
    )
    return
  }
  exhaustBudget(path, ctx)
}

/** Accounts every chunk of a decoder that cannot do it itself (zlib, a process) before passing it on. */
async function* admitted(decoded: ByteStream, guard: OutputGuard): ByteStream {
  for await (const chunk of decoded) {
    guard.admit(chunk.length)
    yield chunk
  }
}

/** zlib decodes on libuv's thread pool, beside the scanner; it produces only as fast as we read. */
async function* zlibStream(format: 'gzip' | 'deflate-raw', source: ByteStream, guard: OutputGuard): ByteStream {
  async function* counted(): ByteStream {
    for await (const chunk of source) {
      guard.consumed += chunk.length
      yield chunk
    }
  }
  const input = Readable.from(counted(), { objectMode: false })
  const transform =
    format === 'gzip'
      ? createGunzip({ chunkSize: ZLIB_CHUNK_BYTES })
      : createInflateRaw({ chunkSize: ZLIB_CHUNK_BYTES })
  input.on('error', (error) => transform.destroy(error))
  input.pipe(transform)
  try {
    yield* transform as AsyncIterable<Buffer>
  } finally {
    input.destroy()
    transform.destroy()
  }
}

/** A payload decoded by decodePayload: at most the bytes allowed, and why it stopped short if it did. */
export interface DecodedPayload {
  readonly bytes: Buffer
  readonly stopped: StopReason | null
}

/**
 * A compressed payload already in memory (a journal field), decoded in this thread through the same
 * guard: decoding stops at the first chunk past `limits` and what came before is kept.
 */
export async function decodePayload(format: JsFormat, payload: Buffer, limits: OutputLimits): Promise<DecodedPayload> {
  const guard = new OutputGuard(limits)
  const chunks: Buffer[] = []
  let stopped: StopReason | null = null
  async function* once(): ByteStream {
    yield payload
  }
  try {
    for await (const chunk of decodeJs(format, once(), guard)) chunks.push(chunk)
  } catch (error) {
    if (!(error instanceof DecodeStopped)) throw error
    stopped = error.reason
  }
  return { bytes: Buffer.concat(chunks), stopped }
}
