import type { ByteStream } from './byte-stream'
import type { ReadContext } from './read-context'

/**
 * Passes decompressed bytes on until a limit is reached, then stops the stream (the producer is
 * destroyed by the iterator's return) with one warning naming the path: the decompressed:compressed
 * ratio of this stream (bombs), or the case-wide decompressed total.
 */
export async function* limitStream(
  source: ByteStream,
  path: string,
  compressed: { bytes: number },
  ctx: ReadContext,
): ByteStream {
  const { maxRatio, ratioGraceBytes, maxTotalBytes } = ctx.limits
  let out = 0
  for await (const chunk of source) {
    if (ctx.budget.exhausted) return
    out += chunk.length
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
