import type { ByteStream } from './byte-stream'
import type { ReadContext } from './read-context'

/**
 * Passes a decompressor's output on until it expands more than maxRatio times its compressed input
 * (after ratioGraceBytes), then stops it (the producer is destroyed by the iterator's return) with a
 * warning naming the path: decompression bombs end here in bounded time and memory.
 */
export async function* ratioLimited(
  source: ByteStream,
  path: string,
  compressed: { bytes: number },
  ctx: ReadContext,
): ByteStream {
  const { maxRatio, ratioGraceBytes } = ctx.limits
  let out = 0
  for await (const chunk of source) {
    out += chunk.length
    if (out > ratioGraceBytes && out > maxRatio * Math.max(compressed.bytes, 1)) {
      ctx.warn(
        'ratio-limit',
        path,
        null,
        `Stopped reading ${path}: it expands more than ${maxRatio} times (${out} bytes from ${compressed.bytes}), which looks like a decompression bomb.`,
      )
      return
    }
    yield chunk
  }
}

/**
 * Counts the bytes every reader consumes against the case-wide limit; once it is reached the stream
 * ends and nothing more is read, with one warning naming the path where reading stopped.
 */
export async function* budgetLimited(source: ByteStream, path: string, ctx: ReadContext): ByteStream {
  const { maxTotalBytes } = ctx.limits
  for await (const chunk of source) {
    if (ctx.budget.exhausted) return
    ctx.budget.decompressedBytes += chunk.length
    if (ctx.budget.decompressedBytes > maxTotalBytes) {
      ctx.budget.exhausted = true
      ctx.warn(
        'total-limit',
        path,
        null,
        `Stopped reading at ${path}: the case reached the limit of ${maxTotalBytes} decompressed bytes; later data was not read.`,
      )
      return
    }
    yield chunk
  }
}
