import type { FileHandle } from 'node:fs/promises'
import { Readable } from 'node:stream'
import type * as yauzl from 'yauzl'
import { boundedDecode } from './bounded-decode'
import { collectStream, type ByteStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { normaliseMemberName, unsafeMemberReason } from './member-name'
import { leadsToTarget, type ReadContext } from './read-context'
import { readEntry } from './read-entry'
import { rotationPlace } from './rotation'

const S_IFMT = 0o170000
const STORED = 0
const DEFLATED = 8
/** A local file header's fixed part; the member's data follows it (and its name and extra field). */
const LOCAL_HEADER_BYTES = 30
const RANGE_CHUNK_BYTES = 256 * 1024
const S_IFREG = 0o100000
const S_IFDIR = 0o040000

const ZIP_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // We check names ourselves: yauzl would fail the whole archive on one absolute or `..` member.
  decodeStrings: false,
  validateEntrySizes: true,
}

type Yauzl = typeof yauzl

/** yauzl, loaded when the first zip comes: a case without one never pays for it. */
async function loadYauzl(): Promise<Yauzl> {
  return ((await import('yauzl')) as unknown as { default: Yauzl }).default
}

/**
 * yauzl reads through this, and it never closes the file: the FileHandle has one owner, readZip, which
 * closes it once (yauzl's own descriptor reader closes the descriptor too, and the second close gave a
 * false EBADF "could not be read to the end" warning, or closed a descriptor reused meanwhile).
 */
const handleReader = (lib: Yauzl, handle: FileHandle): yauzl.RandomAccessReader =>
  new (class HandleReader extends lib.RandomAccessReader {
    constructor(private readonly handle: FileHandle) {
      super()
    }

    override _readStreamForRange(start: number, end: number): Readable {
      const handle = this.handle
      async function* range(): AsyncGenerator<Buffer> {
        for (let at = start; at < end;) {
          const { bytesRead, buffer } = await handle.read(
            Buffer.alloc(Math.min(RANGE_CHUNK_BYTES, end - at)),
            0,
            undefined,
            at,
          )
          if (bytesRead === 0) return
          at += bytesRead
          yield buffer.subarray(0, bytesRead)
        }
      }
      return Readable.from(range(), { objectMode: false })
    }

    override read(
      buffer: Buffer,
      offset: number,
      length: number,
      position: number,
      callback: (err: Error | null) => void,
    ): void {
      this.handle.read(buffer, offset, length, position).then(
        ({ bytesRead }) => callback(bytesRead < length ? new Error('unexpected end of the zip file') : null),
        (error: Error) => callback(error),
      )
    }

    override close(callback: (err: Error | null) => void): void {
      setImmediate(() => callback(null))
    }
  })(handle)

/**
 * Zip needs its central directory (at the end), so it is read by random access: a file on disk
 * through its descriptor, a zip inside another archive buffered up to maxBufferedMemberBytes.
 */
export async function readZip(entry: InputEntry, ctx: ReadContext): Promise<void> {
  if (entry.handle) {
    const { size } = await entry.handle.stat()
    const lib = await loadYauzl()
    const reader = handleReader(lib, entry.handle)
    await walkZip(await openZip(() => lib.fromRandomAccessReaderPromise(reader, size, ZIP_OPTIONS), entry), entry, ctx)
    return
  }
  const bytes = await collectStream(entry.stream, ctx.limits.maxBufferedMemberBytes)
  if (!bytes) {
    ctx.warn(
      'nested-zip-too-large',
      entry.path,
      null,
      `${entry.path} is a zip inside another archive larger than ${ctx.limits.maxBufferedMemberBytes} bytes; it was skipped.`,
    )
    return
  }
  const lib = await loadYauzl()
  await walkZip(await openZip(() => lib.fromBufferPromise(bytes, ZIP_OPTIONS), entry), entry, ctx)
}

async function openZip(opener: () => Promise<yauzl.ZipFile>, entry: InputEntry): Promise<yauzl.ZipFile> {
  try {
    return await opener()
  } catch (error) {
    if (!entry.topLevel) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new InputError('corrupt', entry.path, `${entry.path}: not a readable zip archive (${reason})`)
  }
}

async function walkZip(zip: yauzl.ZipFile, entry: InputEntry, ctx: ReadContext): Promise<void> {
  ctx.addInput({ path: entry.path, kind: 'archive', bytes: entry.sizeBytes ?? zip.fileSize })
  let members = 0
  const extents = new ZipExtents()
  try {
    for await (const member of zipEntries(zip)) {
      members++
      await readMember(zip, member, entry, ctx, extents)
      if (ctx.target?.done || ctx.budget.exhausted) break
    }
  } catch (error) {
    if (ctx.signal?.aborted || error instanceof InputError) throw error
    if (members === 0 && entry.topLevel) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new InputError('corrupt', entry.path, `${entry.path}: not a readable zip archive (${reason})`)
    }
    throw error
  } finally {
    zip.close()
  }
}

async function readMember(
  zip: yauzl.ZipFile,
  member: yauzl.Entry,
  entry: InputEntry,
  ctx: ReadContext,
  extents: ZipExtents,
): Promise<void> {
  const rawName = Buffer.isBuffer(member.fileName) ? member.fileName.toString('utf8') : member.fileName
  const name = normaliseMemberName(rawName)
  const path = `${entry.path}!/${name}`
  const unsafe = unsafeMemberReason(rawName)
  if (!leadsToTarget(path, ctx.target)) return
  if (unsafe) {
    ctx.warn('unsafe-member', path, null, `${path} was skipped: its name is ${unsafe}.`)
    return
  }
  const mode = (member.externalFileAttributes >>> 16) & S_IFMT
  if (name.endsWith('/') || mode === S_IFDIR) return
  if (mode !== 0 && mode !== S_IFREG) {
    ctx.warn(
      'special-member',
      path,
      null,
      `${path} was skipped: it is a symlink or device, not a regular file.`,
      'info',
    )
    return
  }
  if (member.isEncrypted()) {
    ctx.warn('encrypted-member', path, null, `${path} was skipped: it is encrypted.`)
    return
  }
  const start = member.relativeOffsetOfLocalHeader
  const end = start + LOCAL_HEADER_BYTES + member.fileNameLength + member.compressedSize
  if (!extents.claim(start, end)) {
    ctx.warn(
      'zip-overlap',
      path,
      null,
      `${path} was skipped: its data overlaps another member's, which only zip bombs do (one compressed stream read as many members).`,
    )
    return
  }
  if (member.compressionMethod !== STORED && member.compressionMethod !== DEFLATED) {
    const method = member.compressionMethod
    ctx.warn(
      'unsupported-member',
      path,
      null,
      `${path} was skipped: zip compression method ${method} is not supported.`,
    )
    return
  }
  const raw = await zip.openReadStreamPromise(
    member,
    member.compressionMethod === DEFLATED ? { decompress: false } : {},
  )
  const stream: ByteStream =
    member.compressionMethod === DEFLATED
      ? boundedDecode('deflate-raw', raw as AsyncIterable<Buffer>, path, member.compressedSize, ctx)
      : (raw as AsyncIterable<Buffer>)
  try {
    await readEntry(
      {
        path,
        name,
        depth: entry.depth + 1,
        topLevel: false,
        sizeBytes: member.uncompressedSize,
        stream,
        handle: null,
        rotation: rotationPlace(`${entry.path}!/${name}`).family,
        mtimeMs: member.getLastModDate().getTime(),
      },
      ctx,
    )
  } finally {
    raw.destroy()
  }
}

/**
 * The byte ranges of the members read so far. A member's local header, name and compressed data
 * never overlap another's in a zip a tool wrote; overlapping members are how a few kilobytes read as
 * gigabytes (every central-directory entry pointing into one compressed stream).
 */
class ZipExtents {
  /** Disjoint [start, end) ranges, sorted by start. */
  private readonly ranges: [number, number][] = []

  /** Records [start, end); false (and nothing recorded) when it overlaps a range already read. */
  claim(start: number, end: number): boolean {
    let lo = 0
    let hi = this.ranges.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.ranges[mid]![0] < start) lo = mid + 1
      else hi = mid
    }
    const before = this.ranges[lo - 1]
    const after = this.ranges[lo]
    if ((before && before[1] > start) || (after && after[0] < end)) return false
    this.ranges.splice(lo, 0, [start, end])
    return true
  }
}

/** yauzl's lazy entry events as an async iterable (its typings lack the iterator it has at runtime). */
function zipEntries(zip: yauzl.ZipFile): AsyncIterable<yauzl.Entry> {
  return {
    [Symbol.asyncIterator]: () => ({
      next: () =>
        new Promise<IteratorResult<yauzl.Entry>>((resolve, reject) => {
          const cleanup = (): void => {
            zip.off('entry', onEntry)
            zip.off('end', onEnd)
            zip.off('error', onError)
          }
          const onEntry = (entry: yauzl.Entry): void => {
            cleanup()
            resolve({ done: false, value: entry })
          }
          const onEnd = (): void => {
            cleanup()
            resolve({ done: true, value: undefined })
          }
          const onError = (error: Error): void => {
            cleanup()
            reject(error)
          }
          zip.on('entry', onEntry)
          zip.on('end', onEnd)
          zip.on('error', onError)
          zip.readEntry()
        }),
    }),
  }
}
