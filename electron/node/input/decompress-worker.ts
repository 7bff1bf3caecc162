// Worker thread body: decompresses one xz/zstd/bzip2 stream (pure JS / WASM decoders that would
// otherwise run on the main thread next to the line scanner). Protocol in decompress-in-worker.ts.
import { parentPort, workerData } from 'node:worker_threads'
import type { ByteStream } from './byte-stream'
import { decompressStream } from './decompress-stream'
import type { CompressionFormat } from './sniff-format'

type Inbound = { readonly type: 'data'; readonly chunk: Uint8Array } | { readonly type: 'end' }

const port = parentPort!
const pending: Inbound[] = []
let wake: (() => void) | null = null

port.on('message', (message: Inbound) => {
  pending.push(message)
  wake?.()
  wake = null
})

async function* input(): ByteStream {
  for (;;) {
    if (pending.length === 0) {
      port.postMessage({ type: 'need' })
      await new Promise<void>((resolve) => (wake = resolve))
    }
    const next = pending.shift()!
    if (next.type === 'end') return
    yield Buffer.from(next.chunk.buffer, next.chunk.byteOffset, next.chunk.byteLength)
  }
}

try {
  for await (const chunk of decompressStream((workerData as { format: CompressionFormat }).format, input())) {
    const copy = new Uint8Array(chunk)
    port.postMessage({ type: 'out', chunk: copy }, [copy.buffer])
  }
  port.postMessage({ type: 'done' })
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
}
