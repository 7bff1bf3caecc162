import { open } from 'node:fs/promises'
import yauzl from 'yauzl'
import { collectStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { normaliseMemberName, unsafeMemberReason } from './member-name'
import { leadsToTarget, type ReadContext } from './read-context'
import { readEntry } from './read-entry'
import { rotationPlace } from './rotation'

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000

const ZIP_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // We check names ourselves: yauzl would fail the whole archive on one absolute or `..` member.
  decodeStrings: false,
  validateEntrySizes: true,
}

/**
 * Zip needs its central directory (at the end), so it is read by random access: a file on disk
 * through its descriptor, a zip inside another archive buffered up to maxBufferedMemberBytes.
 */
export async function readZip(entry: InputEntry, ctx: ReadContext): Promise<void> {
  if (entry.filePath) {
    const handle = await open(entry.filePath, 'r')
    try {
      await walkZip(await openZip(() => yauzl.fromFdPromise(handle.fd, ZIP_OPTIONS), entry), entry, ctx)
    } finally {
      await handle.close()
    }
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
  await walkZip(await openZip(() => yauzl.fromBufferPromise(bytes, ZIP_OPTIONS), entry), entry, ctx)
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
  try {
    for await (const member of zipEntries(zip)) {
      members++
      await readMember(zip, member, entry, ctx)
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

async function readMember(zip: yauzl.ZipFile, member: yauzl.Entry, entry: InputEntry, ctx: ReadContext): Promise<void> {
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
  const stream = await zip.openReadStreamPromise(member)
  try {
    await readEntry(
      {
        path,
        name,
        depth: entry.depth + 1,
        topLevel: false,
        sizeBytes: member.uncompressedSize,
        stream,
        filePath: null,
        rotation: rotationPlace(`${entry.path}!/${name}`).family,
        mtimeMs: member.getLastModDate().getTime(),
      },
      ctx,
    )
  } finally {
    stream.destroy()
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
