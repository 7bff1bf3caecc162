import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import type { ByteStream } from './byte-stream'
import type { JsFormat } from './js-decoders'

/** A system decompressor: an absolute executable and fixed arguments (decode stdin to stdout, quietly). */
export interface DecoderCommand {
  readonly format: JsFormat
  readonly file: string
  readonly args: readonly string[]
}

/**
 * The system tools tried per format. gzip is not here: Node's zlib (Chromium's, with SIMD inflate)
 * decoded a 400 MB syslog in 0.45 s where `gzip -dc` took 1.2 s on the same machine, so it stays
 * the gzip decoder. These three run 4x (xz) and more (zstd, bzip2) faster than the JS/WASM fallbacks.
 */
const TOOLS: Readonly<Record<JsFormat, { readonly name: string; readonly args: readonly string[] }>> = {
  xz: { name: 'xz', args: ['-d', '-c', '-q'] },
  zstd: { name: 'zstd', args: ['-d', '-c', '-q'] },
  bzip2: { name: 'bzip2', args: ['-d', '-c', '-q'] },
}

/** Bytes of a decoder's stderr kept for the error message. */
const STDERR_BYTES = 4096

const found = new Map<JsFormat, DecoderCommand | null>()

/**
 * The system decoder for a format, or null (none on PATH, or OOMLENS_NATIVE_DECODERS=0, which the
 * tests and the benchmark use to measure the fallback). Looked up once per process, on PATH only.
 */
export function nativeDecoder(format: JsFormat): DecoderCommand | null {
  if (process.env.OOMLENS_NATIVE_DECODERS === '0') return null
  if (!found.has(format)) found.set(format, lookUp(format))
  return found.get(format) ?? null
}

function lookUp(format: JsFormat): DecoderCommand | null {
  const { name, args } = TOOLS[format]
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir.startsWith('/')) continue // a relative PATH entry would run whatever sits in the evidence's folder
    const file = join(dir, name)
    try {
      accessSync(file, constants.X_OK)
      if (statSync(file).isFile()) return { format, file, args }
    } catch {
      // not here
    }
  }
  return null
}

/**
 * Decodes `source` through a system decoder process: spawned without a shell, with its fixed
 * arguments and an environment of its own (no XZ_OPT/ZSTD_* from ours), its stdin fed from `source`
 * as the reader asks for output. Output is read chunk by chunk with backpressure (a decoder whose
 * output is not read blocks on its pipe), and the process is killed as soon as the reader stops
 * (a limit, an error, the end of what it wanted) or `signal` aborts. A decoder's failure (corrupt or
 * truncated data) ends the stream with its own message, after the output it produced.
 */
export async function* runNativeDecoder(
  command: DecoderCommand,
  source: ByteStream,
  onConsumed: (bytes: number) => void,
  signal?: AbortSignal,
): ByteStream {
  const child = spawn(command.file, command.args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { LC_ALL: 'C' },
    windowsHide: true,
  })
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code))
    child.once('error', () => resolve(null))
  })
  let spawnError: Error | null = null
  child.once('error', (error) => (spawnError = error))
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < STDERR_BYTES) stderr += chunk.toString('utf8', 0, STDERR_BYTES - stderr.length)
  })
  const kill = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }
  signal?.addEventListener('abort', kill, { once: true })
  const feeding = { stopped: false, error: null as unknown }
  const pump = feed(child.stdin, source, onConsumed, feeding).catch((error: unknown) => {
    feeding.error = error
    kill()
  })
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) yield chunk
    const code = await exited
    await pump
    if (feeding.error) throw feeding.error
    if (spawnError) throw spawnError
    if (code !== 0) {
      const said = stderr.trim().split('\n').pop()?.trim()
      throw new Error(
        said ? `${said.replace(/^[^:]*: /, `${command.format}: `)}` : `${command.format} decoder exited with ${code}`,
      )
    }
  } finally {
    feeding.stopped = true
    signal?.removeEventListener('abort', kill)
    kill()
    child.stdout.destroy()
    child.stdin.destroy()
  }
}

/** Writes the source into the decoder's stdin, waiting for the pipe to drain; stops once `state.stopped`. */
async function feed(
  stdin: NodeJS.WritableStream & { destroyed: boolean },
  source: ByteStream,
  onConsumed: (bytes: number) => void,
  state: { stopped: boolean },
): Promise<void> {
  // A decoder that exits early (corrupt data) closes its stdin: EPIPE is its exit status's story.
  stdin.on('error', () => undefined)
  for await (const chunk of source) {
    if (state.stopped || stdin.destroyed) return
    onConsumed(chunk.length)
    if (!stdin.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stdin.off('drain', done)
          stdin.off('close', done)
          resolve()
        }
        stdin.on('drain', done)
        stdin.on('close', done)
      })
    }
  }
  if (!stdin.destroyed) stdin.end()
}
