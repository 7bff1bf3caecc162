// Worker thread body: decodes one xz/zstd/bzip2 stream with the JS/WASM decoders (the fallback when
// the system has no decoder), which would otherwise run on the main thread next to the line scanner.
// Protocol in decompress-in-worker.ts.
import { parentPort, workerData } from 'node:worker_threads'
import type { ByteStream } from './byte-stream'
import { decodeJs, type JsFormat } from './js-decoders'
import { DecodeStopped, OutputGuard, type OutputLimits } from './output-guard'

interface WorkerInput {
  readonly format: JsFormat
  readonly limits: OutputLimits
  /** Int32 [0]: decoded bytes posted and not yet taken by the reader. */
  readonly outstanding: SharedArrayBuffer
  readonly queueBytes: number
}

type Inbound = { readonly type: 'data'; readonly chunk: Uint8Array } | { readonly type: 'end' }

const port = parentPort!
const { format, limits, outstanding, queueBytes } = workerData as WorkerInput
const waiting = new Int32Array(outstanding)
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

/** Hands a chunk over (moved, not copied, when it owns its memory), then blocks while the reader lags. */
function post(chunk: Buffer): void {
  const owned = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength
  const moved = owned ? new Uint8Array(chunk.buffer) : new Uint8Array(chunk)
  Atomics.add(waiting, 0, moved.byteLength)
  port.postMessage({ type: 'out', chunk: moved }, [moved.buffer as ArrayBuffer])
  for (let now = Atomics.load(waiting, 0); now > queueBytes; now = Atomics.load(waiting, 0)) {
    Atomics.wait(waiting, 0, now, 100)
  }
}

try {
  for await (const chunk of decodeJs(format, input(), new OutputGuard(limits))) post(chunk)
  port.postMessage({ type: 'done' })
} catch (error) {
  if (error instanceof DecodeStopped) port.postMessage({ type: 'stopped', reason: error.reason })
  else port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) })
}
