import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { countBytes, type ByteStream } from './byte-stream'
import { mayBeDateFile } from './case-dates'
import { InputError, inputErrorFromFs } from './input-error'
import { specialKind, type PlannedFile } from './plan-inputs'
import type { ReadContext } from './read-context'
import { readEntry } from './read-entry'

const READ_CHUNK_BYTES = 256 * 1024
const MIN_CHUNK_BYTES = 4 * 1024
/** Files up to this size are read whole ahead of their turn (a sosreport holds thousands of tiny files). */
const SMALL_FILE_BYTES = 256 * 1024
/** Small files read ahead at once: their opens and reads overlap, and at most this many wait in memory. */
const READ_AHEAD_FILES = 32

/** A planned file opened and checked, or why it cannot be read. */
type Opened = { readonly handle: FileHandle } | { readonly refusal: InputError }

/** A small file read whole ahead of its turn, or why it could not be (reported in its turn). */
type Content = { readonly bytes: Buffer } | { readonly refusal: InputError }

/**
 * Read-only, and never waiting in open(): a file swapped for a pipe after planning would block an
 * ordinary open until some writer came (O_NONBLOCK returns at once). A file found in a folder is
 * not followed if it became a symbolic link (the walk skipped links); a path the user named may be one.
 */
function openFlags(file: PlannedFile): number {
  const noFollow = file.topLevel ? 0 : constants.O_NOFOLLOW
  return constants.O_RDONLY | constants.O_NONBLOCK | noFollow
}

/** Why an opened planned file is not read: it is no longer a regular file (null: it is). */
function notRegular(file: PlannedFile, info: Stats): InputError | null {
  if (info.isFile()) return null
  const what = info.isDirectory() ? 'a directory' : specialKind(info)
  return new InputError('unsupported', file.path, `${file.path}: ${what}, not a regular file`)
}

/**
 * Opens a planned file and checks, on the open descriptor, that it is still a regular file: the
 * planner's stat is a moment earlier, and a pipe, device or directory put in its place is refused
 * before a byte is read.
 */
async function openChecked(file: PlannedFile): Promise<Opened> {
  let handle: FileHandle | null = null
  let refusal: InputError | null
  try {
    handle = await open(file.filePath, openFlags(file))
    refusal = notRegular(file, await handle.stat())
    if (!refusal) return { handle }
  } catch (error) {
    refusal = inputErrorFromFs(file.path, error)
  }
  await handle?.close()
  return { refusal }
}

/** A refused file: an InputError when the user named it, else a warning and it is skipped. */
function refuse(file: PlannedFile, refusal: InputError, ctx: ReadContext): void {
  if (file.topLevel) throw refusal
  ctx.warn('unreadable-file', file.path, null, `${refusal.message}; it was skipped.`)
}

/**
 * A small file's whole content through `read` (bytes read into the buffer at an offset, 0 at the
 * end), or null when it is no longer small (it grew since planning) and is to be streamed in its
 * turn like a large one. The buffer holds one byte more than a small file may, to see that.
 */
async function fill(
  file: PlannedFile,
  read: (buffer: Buffer, at: number) => number | Promise<number>,
): Promise<Content | null> {
  const buffer = Buffer.allocUnsafe(Math.min(file.sizeBytes, SMALL_FILE_BYTES) + 1)
  for (let length = 0; ;) {
    const bytesRead = await read(buffer, length)
    if (bytesRead === 0) return { bytes: buffer.subarray(0, length) }
    length += bytesRead
    if (length === buffer.length) return null
  }
}

/** A small file read whole, asynchronously (remote file systems: several are read at once). */
async function readSmall(file: PlannedFile): Promise<Content | null> {
  const opened = await openChecked(file)
  if ('refusal' in opened) return opened
  try {
    return await fill(file, async (buffer, at) => {
      const { bytesRead } = await opened.handle.read(buffer, at, buffer.length - at, at)
      return bytesRead
    })
  } catch (error) {
    return { refusal: inputErrorFromFs(file.path, error) }
  } finally {
    await opened.handle.close()
  }
}

/**
 * readSmall for a file on a local disk, with synchronous calls: each asynchronous call costs tens of
 * microseconds of round trips, a synchronous one a few (a folder of 150,000 files reads in seconds).
 */
async function readSmallNow(file: PlannedFile): Promise<Content | null> {
  let fd: number | null = null
  try {
    fd = openSync(file.filePath, openFlags(file))
    const refusal = notRegular(file, fstatSync(fd))
    if (refusal) return { refusal }
    const descriptor = fd
    return await fill(file, (buffer, at) => readSync(descriptor, buffer, at, buffer.length - at, at))
  } catch (error) {
    return { refusal: inputErrorFromFs(file.path, error) }
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/**
 * Reads a folder's sosreport date files before anything else, so every file of the folder is dated by
 * them whatever the reading order. What cannot be read here is said when the file is read in its turn.
 */
export async function noteDateFiles(files: readonly PlannedFile[], ctx: ReadContext): Promise<void> {
  for (const file of files) {
    if (!mayBeDateFile(file.path, file.sizeBytes)) continue
    const content = file.localDisk ? await readSmallNow(file) : await readSmall(file)
    if (content && 'bytes' in content) ctx.dates.noteDateFile(file.path, content.bytes.toString('utf8'))
  }
}

/**
 * Reads planned files in their order: small ones whole — at once on a local disk, else read ahead of
 * their turn several at a time (their opens and reads overlap instead of following one another) —
 * and handed on in order, so the case and its warnings come out the same as one by one; large ones
 * are streamed in their turn. Stops early when the case's budget is spent.
 */
export async function readPlannedFiles(files: readonly PlannedFile[], ctx: ReadContext): Promise<void> {
  const ahead = new Map<number, Promise<Content | null>>()
  const startUpTo = (end: number, from: number): void => {
    for (let i = from; i < Math.min(end, files.length); i++) {
      const file = files[i]!
      if (!ahead.has(i) && !file.localDisk && file.sizeBytes <= SMALL_FILE_BYTES) ahead.set(i, readSmall(file))
    }
  }
  try {
    for (let i = 0; i < files.length; i++) {
      if (ctx.budget.exhausted) break
      startUpTo(i + READ_AHEAD_FILES, i)
      const file = files[i]!
      const small = file.localDisk && file.sizeBytes <= SMALL_FILE_BYTES
      const content = small ? await readSmallNow(file) : await ahead.get(i)
      ahead.delete(i)
      if (content) await readContent(file, content, ctx)
      else await readPlannedFile(file, ctx)
    }
  } finally {
    // Reads already started finish and close their files; nothing waits on them.
    for (const pending of ahead.values()) void pending.catch(() => undefined)
  }
}

async function readContent(file: PlannedFile, content: Content, ctx: ReadContext): Promise<void> {
  if ('refusal' in content) return refuse(file, content.refusal, ctx)
  await readOpened(file, null, bufferStream(content.bytes), ctx)
}

async function* bufferStream(bytes: Buffer): ByteStream {
  if (bytes.length > 0) yield bytes
}

/** Opens a file read-only and reads it as a stream; a file inside a directory that fails is a warning. */
export async function readPlannedFile(file: PlannedFile, ctx: ReadContext): Promise<void> {
  const opened = await openChecked(file)
  if ('refusal' in opened) return refuse(file, opened.refusal, ctx)
  const { handle } = opened
  // Small files get small buffers: a sosreport holds thousands of tiny files, and a 256 KiB buffer each
  // costs more in allocation and GC than reading them.
  const highWaterMark = Math.max(MIN_CHUNK_BYTES, Math.min(READ_CHUNK_BYTES, file.sizeBytes + 1))
  const stream = handle.createReadStream({ highWaterMark, autoClose: false })
  try {
    await readOpened(file, handle, stream, ctx)
  } finally {
    stream.destroy()
    await handle.close()
  }
}

async function readOpened(file: PlannedFile, handle: FileHandle | null, bytes: ByteStream, ctx: ReadContext) {
  ctx.progress.reading(file.path)
  await readEntry(
    {
      path: file.path,
      name: file.name,
      depth: 0,
      topLevel: file.topLevel,
      sizeBytes: file.sizeBytes,
      stream: countBytes(bytes, (n) => ctx.progress.bytes(n)),
      handle,
      rotation: file.rotation,
      mtimeMs: file.mtimeMs,
    },
    ctx,
  )
}
