import { collectStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { JournalFormatError, JournalObjects } from './journal-objects'
import { journalLine } from './journal-line'
import { outputLimits, warnStopped } from './bounded-decode'
import { DecodeStopped, OutputGuard, type OutputLimits } from './output-guard'
import { bufferAccess, fileAccess, type RandomAccess } from './random-access'
import type { ReadContext } from './read-context'
import { ReportWindow } from './report-window'

/** Data objects classified so far; journals share _TRANSPORT/_HOSTNAME objects across entries. */
const MAX_CACHED_OBJECTS = 100_000
/** Characters of MESSAGE text kept decoded, by object offset (entries may share one MESSAGE object). */
const MESSAGE_CACHE_CHARS = 32 * 1024 * 1024
/** Room for a field's name before its value in a payload's limit. */
const FIELD_NAME_BYTES = 64

type Classified =
  { readonly kind: 'kernel' | 'not-kernel' | 'other' } | { readonly kind: 'host'; readonly host: string }

/**
 * A binary systemd journal (read by random access, never loaded whole when on disk): every kernel
 * entry (_TRANSPORT=kernel) becomes a line `<time> <host> kernel: <MESSAGE>`, numbered by the
 * entry's position in the file, and goes through the same report windows as a text log.
 */
export async function readJournalFile(entry: InputEntry, ctx: ReadContext): Promise<void> {
  if (entry.handle) {
    const { size } = await entry.handle.stat()
    await readJournal(fileAccess(entry.handle, size), entry, ctx)
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
  const fields: FieldCaches = {
    classified: new Map(),
    messages: new MessageCache(MESSAGE_CACHE_CHARS),
    limits: { ...outputLimits(ctx), maxBytes: ctx.limits.maxLineBytes + FIELD_NAME_BYTES },
  }
  // The lines a journal yields are held to the ratio and total limits against the file's size, as a
  // decoder's output is: one small journal whose entries all point at one huge MESSAGE is a bomb too.
  const output = new OutputGuard(outputLimits(ctx), () => ctx.budget.exhausted)
  output.consumed = source.sizeBytes
  let kernelEntries = 0
  let cutMessages = 0
  try {
    for await (const item of journal.entries()) {
      ctx.signal?.throwIfAborted()
      const message = await kernelMessage(journal, item.dataOffsets, fields)
      if (message === null) continue
      kernelEntries++
      if (message.cut) cutMessages++
      const line = {
        path: entry.path,
        line: item.index,
        text: journalLine(item.realtimeUsec, message.host, message.text),
      }
      output.admit(line.text.length)
      ctx.budget.decompressedBytes += line.text.length
      if (!target) window.offer(line)
      else if (target.path === entry.path && line.line >= target.fromLine && line.line <= target.toLine)
        target.lines.push(line)
      const lag = ctx.backlog()
      if (lag) await lag
    }
  } catch (error) {
    if (error instanceof DecodeStopped) warnStopped(error, entry.path, ctx)
    else if (ctx.signal?.aborted || !(error instanceof JournalFormatError)) throw error
    else
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
  if (cutMessages > 0) {
    const limit = ctx.limits.maxLineBytes
    ctx.warn(
      'line-truncated',
      entry.path,
      null,
      `${entry.path}: ${cutMessages} kernel messages were longer than ${limit} bytes; only their first ${limit} bytes were read.`,
    )
  }
  if (kernelEntries === 0)
    ctx.warn('journal-no-kernel', entry.path, null, `${entry.path} holds no kernel messages.`, 'info')
}

interface FieldCaches {
  readonly classified: Map<number, Classified>
  readonly messages: MessageCache
  /** What one field's payload is decoded to at most: a line's limit. */
  readonly limits: OutputLimits
}

interface Message {
  readonly text: string
  readonly cut: boolean
}

/** Decoded MESSAGE texts by object offset, the least recently used dropped beyond `maxChars`. */
class MessageCache {
  private readonly texts = new Map<number, Message>()
  private chars = 0

  constructor(private readonly maxChars: number) {}

  get(offset: number): Message | undefined {
    const hit = this.texts.get(offset)
    if (hit) {
      this.texts.delete(offset)
      this.texts.set(offset, hit)
    }
    return hit
  }

  set(offset: number, message: Message): void {
    this.texts.set(offset, message)
    this.chars += message.text.length
    for (const [old, dropped] of this.texts) {
      if (this.chars <= this.maxChars || old === offset) break
      this.texts.delete(old)
      this.chars -= dropped.text.length
    }
  }
}

async function kernelMessage(
  journal: JournalObjects,
  offsets: readonly number[],
  caches: FieldCaches,
): Promise<{ text: string; host: string | null; cut: boolean } | null> {
  const { classified, messages, limits } = caches
  for (const offset of offsets) if (classified.get(offset)?.kind === 'not-kernel') return null
  let kernel = false
  let host: string | null = null
  let message: Message | null = null
  for (const offset of offsets) {
    const cached = messages.get(offset)
    if (cached) {
      message = cached
      continue
    }
    let known = classified.get(offset)
    if (!known) {
      const data = await journal.data(offset, limits)
      if (data === null) continue
      const bytes = data.bytes
      const field = bytes.toString('latin1', 0, Math.min(bytes.indexOf(0x3d), 64))
      if (field === 'MESSAGE') {
        message = { text: bytes.toString('utf8', 8), cut: data.cut }
        messages.set(offset, message)
        continue
      }
      known = classify(field, bytes.toString('utf8', field.length + 1))
      if (classified.size >= MAX_CACHED_OBJECTS) classified.clear()
      classified.set(offset, known)
    }
    if (known.kind === 'not-kernel') return null
    if (known.kind === 'kernel') kernel = true
    if (known.kind === 'host') host = known.host
  }
  return kernel && message !== null ? { text: message.text, host, cut: message.cut } : null
}

function classify(field: string, value: string): Classified {
  if (field === '_TRANSPORT') return { kind: value === 'kernel' ? 'kernel' : 'not-kernel' }
  if (field === '_HOSTNAME') return { kind: 'host', host: value }
  return { kind: 'other' }
}
