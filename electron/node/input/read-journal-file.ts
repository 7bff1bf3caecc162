import { open } from 'node:fs/promises'
import { collectStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { JournalFormatError, JournalObjects } from './journal-objects'
import { journalLine } from './journal-line'
import { bufferAccess, fileAccess, type RandomAccess } from './random-access'
import type { ReadContext } from './read-context'
import { ReportWindow } from './report-window'

/** Data objects classified so far; journals share _TRANSPORT/_HOSTNAME objects across entries. */
const MAX_CACHED_OBJECTS = 100_000

type Classified =
  { readonly kind: 'kernel' | 'not-kernel' | 'other' } | { readonly kind: 'host'; readonly host: string }

/**
 * A binary systemd journal (read by random access, never loaded whole when on disk): every kernel
 * entry (_TRANSPORT=kernel) becomes a line `<time> <host> kernel: <MESSAGE>`, numbered by the
 * entry's position in the file, and goes through the same report windows as a text log.
 */
export async function readJournalFile(entry: InputEntry, ctx: ReadContext): Promise<void> {
  if (entry.filePath) {
    const handle = await open(entry.filePath, 'r')
    try {
      const { size } = await handle.stat()
      await readJournal(fileAccess(handle, size), entry, ctx)
    } finally {
      await handle.close()
    }
    return
  }
  const bytes = await collectStream(entry.stream, ctx.limits.maxBufferedMemberBytes)
  if (!bytes) {
    const limit = ctx.limits.maxBufferedMemberBytes
    ctx.warn(
      'nested-journal-too-large',
      entry.path,
      null,
      `${entry.path} is a journal inside an archive larger than ${limit} bytes; it was skipped.`,
    )
    return
  }
  await readJournal(bufferAccess(bytes), entry, ctx)
}

async function readJournal(source: RandomAccess, entry: InputEntry, ctx: ReadContext): Promise<void> {
  const journal = new JournalObjects(source)
  try {
    await journal.open()
  } catch (error) {
    if (!(error instanceof JournalFormatError) || !entry.topLevel) throw error
    throw new InputError('corrupt', entry.path, `${entry.path}: ${error.message}`)
  }
  ctx.progress.reading(entry.path)
  const target = ctx.target
  const window = new ReportWindow((line) => ctx.pushLine(line, null))
  const cache = new Map<number, Classified>()
  let kernelEntries = 0
  try {
    for await (const item of journal.entries()) {
      ctx.signal?.throwIfAborted()
      const message = await kernelMessage(journal, item.dataOffsets, cache)
      if (message === null) continue
      kernelEntries++
      const line = {
        path: entry.path,
        line: item.index,
        text: journalLine(item.realtimeUsec, message.host, message.text),
      }
      if (!target) window.offer(line)
      else if (target.path === entry.path && line.line >= target.fromLine && line.line <= target.toLine)
        target.lines.push(line)
    }
  } catch (error) {
    if (ctx.signal?.aborted || !(error instanceof JournalFormatError)) throw error
    ctx.warn('journal-corrupt', entry.path, null, `${entry.path}: ${error.message}; the entries before it were read.`)
  } finally {
    ctx.endOfInput(entry.path)
    ctx.addInput({ path: entry.path, kind: 'kernel-log', bytes: source.sizeBytes })
    ctx.progress.fileDone()
  }
  if (target?.path === entry.path) target.done = true
  if (journal.lz4Skipped > 0) {
    ctx.warn(
      'journal-lz4',
      entry.path,
      null,
      `${entry.path}: ${journal.lz4Skipped} LZ4-compressed journal fields could not be read.`,
    )
  }
  if (kernelEntries === 0)
    ctx.warn('journal-no-kernel', entry.path, null, `${entry.path} holds no kernel messages.`, 'info')
}

async function kernelMessage(
  journal: JournalObjects,
  offsets: readonly number[],
  cache: Map<number, Classified>,
): Promise<{ text: string; host: string | null } | null> {
  for (const offset of offsets) if (cache.get(offset)?.kind === 'not-kernel') return null
  let kernel = false
  let host: string | null = null
  let text: string | null = null
  for (const offset of offsets) {
    let known = cache.get(offset)
    if (!known) {
      const data = await journal.data(offset)
      if (data === null) continue
      const field = data.toString('latin1', 0, Math.min(data.indexOf(0x3d), 64))
      if (field === 'MESSAGE') {
        text = data.toString('utf8', 8)
        continue
      }
      known = classify(field, data.toString('utf8', field.length + 1))
      if (cache.size >= MAX_CACHED_OBJECTS) cache.clear()
      cache.set(offset, known)
    }
    if (known.kind === 'not-kernel') return null
    if (known.kind === 'kernel') kernel = true
    if (known.kind === 'host') host = known.host
  }
  return kernel && text !== null ? { text, host } : null
}

function classify(field: string, value: string): Classified {
  if (field === '_TRANSPORT') return { kind: value === 'kernel' ? 'kernel' : 'not-kernel' }
  if (field === '_HOSTNAME') return { kind: 'host', host: value }
  return { kind: 'other' }
}
