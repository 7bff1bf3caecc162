import type { ByteStream } from './byte-stream'
import type { ReadContext } from './read-context'

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
      exhaustBudget(path, ctx)
      return
    }
    yield chunk
  }
}

/** The case-wide limit is reached at `path`: nothing more is read, and one warning says where it stopped. */
export function exhaustBudget(path: string, ctx: ReadContext): void {
  if (ctx.budget.exhausted) return
  ctx.budget.exhausted = true
  ctx.warn(
    'total-limit',
    path,
    null,
    `Stopped reading at ${path}: the case reached the limit of ${ctx.limits.maxTotalBytes} decompressed bytes; later data was not read.`,
  )
}
