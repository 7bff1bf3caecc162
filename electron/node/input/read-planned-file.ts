import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { countBytes } from './byte-stream'
import { InputError, inputErrorFromFs } from './input-error'
import { specialKind, type PlannedFile } from './plan-inputs'
import type { ReadContext } from './read-context'
import { readEntry } from './read-entry'

const READ_CHUNK_BYTES = 256 * 1024
const MIN_CHUNK_BYTES = 4 * 1024

/**
 * Read-only, and never waiting in open(): a file swapped for a pipe after planning would block an
 * ordinary open until some writer came (O_NONBLOCK returns at once). A file found in a folder is
 * not followed if it became a symbolic link (the walk skipped links); a path the user named may be one.
 */
function openFlags(file: PlannedFile): number {
  const noFollow = file.topLevel ? 0 : constants.O_NOFOLLOW
  return constants.O_RDONLY | constants.O_NONBLOCK | noFollow
}

/**
 * Opens a planned file and checks, on the open descriptor, that it is still a regular file: the
 * planner's stat is a moment earlier, and a pipe, device or directory put in its place is refused
 * (named input) or skipped with a warning (inside a folder) before a byte is read.
 */
async function openPlanned(file: PlannedFile, ctx: ReadContext): Promise<FileHandle | null> {
  let handle: FileHandle | null = null
  let refusal: InputError
  try {
    handle = await open(file.filePath, openFlags(file))
    const info = await handle.stat()
    if (info.isFile()) return handle
    const what = info.isDirectory() ? 'a directory' : specialKind(info)
    refusal = new InputError('unsupported', file.path, `${file.path}: ${what}, not a regular file`)
  } catch (error) {
    refusal = inputErrorFromFs(file.path, error)
  }
  await handle?.close()
  if (file.topLevel) throw refusal
  ctx.warn('unreadable-file', file.path, null, `${refusal.message}; it was skipped.`)
  return null
}

/** Opens a file read-only and reads it as a stream; a file inside a directory that fails is a warning. */
export async function readPlannedFile(file: PlannedFile, ctx: ReadContext): Promise<void> {
  const handle = await openPlanned(file, ctx)
  if (!handle) return
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
        handle,
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
