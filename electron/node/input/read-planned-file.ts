import { open } from 'node:fs/promises'
import { countBytes } from './byte-stream'
import { inputErrorFromFs } from './input-error'
import type { PlannedFile } from './plan-inputs'
import type { ReadContext } from './read-context'
import { readEntry } from './read-entry'

const READ_CHUNK_BYTES = 256 * 1024
const MIN_CHUNK_BYTES = 4 * 1024

/** Opens a file read-only and reads it as a stream; a file inside a directory that fails is a warning. */
export async function readPlannedFile(file: PlannedFile, ctx: ReadContext): Promise<void> {
  let handle
  try {
    handle = await open(file.filePath, 'r')
  } catch (error) {
    const fsError = inputErrorFromFs(file.path, error)
    if (file.topLevel) throw fsError
    ctx.warn('unreadable-file', file.path, null, `${fsError.message}; it was skipped.`)
    return
  }
  // Small files get small buffers: a sosreport holds thousands of tiny files, and a 256 KiB buffer each
  // costs more in allocation and GC than reading them.
  const highWaterMark = Math.max(MIN_CHUNK_BYTES, Math.min(READ_CHUNK_BYTES, file.sizeBytes + 1))
  const stream = handle.createReadStream({ highWaterMark, autoClose: false })
  try {
    ctx.progress.reading(file.path)
    await readEntry(
      {
        path: file.path,
        name: file.name,
        depth: 0,
        topLevel: file.topLevel,
        sizeBytes: file.sizeBytes,
        stream: countBytes(stream, (n) => ctx.progress.bytes(n)),
        filePath: file.filePath,
        rotation: file.rotation,
        mtimeMs: file.mtimeMs,
      },
      ctx,
    )
  } finally {
    stream.destroy()
    await handle.close()
  }
}
