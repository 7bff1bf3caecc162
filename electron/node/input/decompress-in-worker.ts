import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ByteStream } from './byte-stream'
import { decompressStream } from './decompress-stream'
import type { CompressionFormat } from './sniff-format'

type Outbound =
  | { readonly type: 'need' }
  | { readonly type: 'out'; readonly chunk: Uint8Array }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string }

const WORKER_URL = new URL('./decompress-worker.ts', import.meta.url)
/** Below this compressed size starting a worker (and its TypeScript loader) costs more than it saves. */
export const MIN_WORKER_BYTES = 4 * 1024 * 1024
/** Decoded bytes allowed to wait for the reader before the worker gets more input. */
const QUEUE_BYTES = 8 * 1024 * 1024
let workersUnavailable = false

/** False once a worker failed to start (this process then decodes in the calling thread). */
export function workerDecodingAvailable(): boolean {
  return !workersUnavailable
}

/**
 * xz (WASM), zstd and bzip2 (pure JS) decode on the main thread otherwise, in turn with the line
 * scanner; in a worker they run beside it. gzip stays on zlib, which already decodes off-thread.
 * Falls back to decoding in this thread when no worker can be started (a bundle without the worker
 * file, a runtime without the TypeScript loader).
 */
export function decompressInWorker(
  format: CompressionFormat,
  source: ByteStream,
  sizeBytes: number | null,
  minWorkerBytes = MIN_WORKER_BYTES,
): ByteStream {
  const small = sizeBytes !== null && sizeBytes < minWorkerBytes
  if (format === 'gzip' || small || workersUnavailable) return decompressStream(format, source)
  return workerStream(format, source)
}

/**
 * The worker body is TypeScript run from source (as the CLI is, bin/oomlens.mjs): the worker first
 * registers tsx's loader, which a worker does not inherit from `--import tsx` on Node 20. Throws when
 * tsx cannot be found, and the caller then decodes in its own thread.
 */
function bootScript(): string {
  const cjsApi = createRequire(import.meta.url).resolve('tsx/esm/api')
  const esmApi = pathToFileURL(cjsApi.replace(/index\.cjs$/, 'index.mjs')).href
  const body = JSON.stringify(WORKER_URL.href)
  return `import(${JSON.stringify(esmApi)}).then((tsx) => { tsx.register(); return import(${body}) })`
}

async function* workerStream(format: CompressionFormat, source: ByteStream): ByteStream {
  let worker: Worker
  try {
    worker = new Worker(bootScript(), { eval: true, workerData: { format } })
  } catch {
    workersUnavailable = true
    yield* decompressStream(format, source)
    return
  }
  const input = source[Symbol.asyncIterator]()
  const out: Buffer[] = []
  let queuedBytes = 0
  // The worker asks for input when it has decoded everything it got; it gets more only while the
  // decoded output waiting here stays under QUEUE_BYTES, so memory stays bounded when we read slower.
  let inputWanted = false
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
  const feed = async (): Promise<void> => {
    try {
      const next = await input.next()
      if (next.done) worker.postMessage({ type: 'end' })
      else {
        const copy = new Uint8Array(next.value)
        worker.postMessage({ type: 'data', chunk: copy }, [copy.buffer])
      }
    } catch (error) {
      status.failure = error instanceof Error ? error : new Error(String(error))
      status.state = 'failed'
      notify()
    }
  }
  worker.on('message', (message: Outbound) => {
    status.started = true
    if (message.type === 'need') void feed()
    else if (message.type === 'out')
      out.push(Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength))
    else if (message.type === 'done') status.state = 'done'
    else {
      status.failure = new Error(message.message)
      status.state = 'failed'
    }
    notify()
  })
  worker.on('error', (error) => {
    if (!status.started) workersUnavailable = true
    status.failure = error
    status.state = 'failed'
    notify()
  })
  try {
    for (;;) {
      if (out.length > 0) {
        const chunk = out.shift()!
        queuedBytes -= chunk.length
        if (inputWanted && queuedBytes < QUEUE_BYTES) {
          inputWanted = false
          void feed()
        }
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
  yield* decompressStream(format, { [Symbol.asyncIterator]: () => input })
}
