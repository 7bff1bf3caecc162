import { Worker } from 'node:worker_threads'
import type { ByteStream } from './byte-stream'
import { decodeJs, type JsFormat } from './js-decoders'
import { DecodeStopped, type OutputGuard, type OutputLimits, type StopReason } from './output-guard'
import { bootScript, workerExists, workerUrl } from './worker-boot'

type Outbound =
  | { readonly type: 'need' }
  | { readonly type: 'out'; readonly chunk: Uint8Array }
  | { readonly type: 'done' }
  | { readonly type: 'stopped'; readonly reason: StopReason }
  | { readonly type: 'error'; readonly message: string }

const WORKER_URL = workerUrl('decompress-worker')
/** Below this compressed size starting a worker costs more than it saves. */
export const MIN_WORKER_BYTES = 4 * 1024 * 1024
/** Decoded bytes allowed to wait for the reader before the worker pauses decoding. */
const QUEUE_BYTES = 8 * 1024 * 1024
let workersUnavailable = false

/** False once a worker failed to start (this process then decodes in the calling thread). */
export function workerDecodingAvailable(): boolean {
  return !workersUnavailable
}

/**
 * The JS/WASM fallback decoders, in a worker thread beside the line scanner when the input is large
 * enough, else (or when no worker can be started) in this thread. Either way every produced chunk
 * passes `guard` (in the worker a guard of its own with the same limits, so a bomb stops there before
 * its output crosses over; here again for the case-wide budget).
 */
export function decompressInWorker(
  format: JsFormat,
  source: ByteStream,
  sizeBytes: number | null,
  guard: OutputGuard,
  limits: OutputLimits,
  minWorkerBytes = MIN_WORKER_BYTES,
): ByteStream {
  // xz always gets a thread of its own: its WebAssembly decoder takes one stream per thread at a time,
  // and an .xz inside a .tar.xz (or a journal's xz fields) must not wait for the outer one.
  const small = format !== 'xz' && sizeBytes !== null && sizeBytes < minWorkerBytes
  if (small || workersUnavailable || !workerExists(WORKER_URL)) return decodeJs(format, source, guard)
  return workerStream(format, source, guard, limits)
}

async function* workerStream(
  format: JsFormat,
  source: ByteStream,
  guard: OutputGuard,
  limits: OutputLimits,
): ByteStream {
  const outstanding = new SharedArrayBuffer(4)
  const waiting = new Int32Array(outstanding)
  let worker: Worker
  try {
    worker = new Worker(bootScript(WORKER_URL), {
      eval: true,
      workerData: { format, limits, outstanding, queueBytes: QUEUE_BYTES },
    })
  } catch {
    workersUnavailable = true
    yield* decodeJs(format, source, guard)
    return
  }
  const input = source[Symbol.asyncIterator]()
  const out: Buffer[] = []
  // Mutated from the worker's event handlers.
  const status: { state: 'running' | 'done' | 'failed'; failure: Error | null; started: boolean } = {
    state: 'running',
    failure: null,
    started: false,
  }
  let wake: (() => void) | null = null
  const notify = (): void => {
    wake?.()
    wake = null
  }
  const fail = (failure: Error): void => {
    status.failure = failure
    status.state = 'failed'
  }
  const feed = async (): Promise<void> => {
    try {
      const next = await input.next()
      if (next.done) worker.postMessage({ type: 'end' })
      else {
        guard.consumed += next.value.length
        const copy = new Uint8Array(next.value)
        worker.postMessage({ type: 'data', chunk: copy }, [copy.buffer])
      }
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)))
      notify()
    }
  }
  worker.on('message', (message: Outbound) => {
    status.started = true
    if (message.type === 'need') void feed()
    else if (message.type === 'out')
      out.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength))
    else if (message.type === 'done') status.state = 'done'
    else if (message.type === 'stopped') fail(new DecodeStopped(message.reason, guard.produced, guard.consumed))
    else fail(new Error(message.message))
    notify()
  })
  worker.on('error', (error) => {
    if (!status.started) workersUnavailable = true
    fail(error)
    notify()
  })
  try {
    for (;;) {
      const chunk = out.shift()
      if (chunk) {
        Atomics.sub(waiting, 0, chunk.length)
        Atomics.notify(waiting, 0)
        guard.admit(chunk.length)
        yield chunk
        continue
      }
      if (status.state === 'done') return
      if (status.state === 'failed') {
        if (!status.started && workersUnavailable) break
        throw status.failure ?? new Error('decompression failed')
      }
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    void worker.terminate()
  }
  // The worker never started: decode here instead (the input was not consumed yet).
  yield* decodeJs(format, { [Symbol.asyncIterator]: () => input }, guard)
}
