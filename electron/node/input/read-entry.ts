import { boundedDecode } from './bounded-decode'
import { peekStream } from './byte-stream'
import type { InputEntry } from './input-entry'
import { InputError } from './input-error'
import { budgetLimited } from './limit-stream'
import { stripCompressionExt } from './member-name'
import type { ReadContext } from './read-context'
import { readJournalFile } from './read-journal-file'
import { readTar } from './read-tar'
import { readText } from './read-text'
import { readZip } from './read-zip'
import { SNIFF_BYTES, isCompression, sniffFormat } from './sniff-format'

/**
 * Reads one byte stream, whatever it holds: decides the format from the first bytes, unwraps
 * compression, walks archives (members read recursively, depth-limited), and hands text to the
 * line scanner or the snapshot reader. Problems inside become warnings; a top-level input that
 * cannot be read at all becomes an InputError.
 */
export async function readEntry(entry: InputEntry, ctx: ReadContext): Promise<void> {
  ctx.signal?.throwIfAborted()
  let peeked
  try {
    peeked = await peekStream(entry.stream, SNIFF_BYTES)
  } catch (error) {
    rethrowIfCancelled(ctx)
    const reason = describe(error)
    if (entry.topLevel) throw new InputError('corrupt', entry.path, `${entry.path}: cannot be read (${reason})`)
    ctx.warn('unreadable-member', entry.path, null, `${entry.path} could not be read (${reason}); it was skipped.`)
    return
  }
  const { head, stream } = peeked
  if (head.length === 0) {
    ctx.warn('empty-input', entry.path, null, `${entry.path} is empty.`, 'info')
    ctx.addInput({ path: entry.path, kind: 'other', bytes: 0 })
    return
  }
  const format = sniffFormat(head)
  const next = { ...entry, stream }
  try {
    if (isCompression(format)) {
      if (!withinDepth(next, ctx)) return
      const inner = boundedDecode(format, stream, entry.path, entry.sizeBytes, ctx)
      const name = stripCompressionExt(entry.name)
      await readEntry({ ...next, name, depth: entry.depth + 1, stream: inner, handle: null }, ctx)
      return
    }
    switch (format) {
      case 'tar':
        if (withinDepth(next, ctx)) await readTar(next, ctx)
        return
      case 'zip':
        if (withinDepth(next, ctx)) await readZip(next, ctx)
        return
      case 'journal':
        await readJournalFile(next, ctx)
        return
      case 'binary':
        return unsupported(next, ctx)
      case 'text':
        await readText({ ...next, stream: budgetLimited(stream, entry.path, ctx) }, head, ctx)
        return
    }
  } catch (error) {
    rethrowIfCancelled(ctx)
    if (error instanceof InputError) throw error
    ctx.warn(
      'read-error',
      entry.path,
      null,
      `${entry.path} could not be read to the end (${describe(error)}); what came before was analysed.`,
    )
  }
}

function withinDepth(entry: InputEntry, ctx: ReadContext): boolean {
  if (entry.depth < ctx.limits.maxDepth) return true
  ctx.warn(
    'depth-limit',
    entry.path,
    null,
    `${entry.path} is nested ${entry.depth} levels deep in archives or compressed files, more than the limit of ${ctx.limits.maxDepth}; it was skipped.`,
  )
  return false
}

function unsupported(entry: InputEntry, ctx: ReadContext): void {
  const message = `${entry.path}: not a log, a proc snapshot or a supported archive (binary data)`
  if (entry.topLevel) throw new InputError('unsupported', entry.path, message)
  ctx.warn('unsupported-member', entry.path, null, `${message}; it was skipped.`, 'info')
  ctx.addInput({ path: entry.path, kind: 'other', bytes: entry.sizeBytes ?? 0 })
}

function rethrowIfCancelled(ctx: ReadContext): void {
  if (ctx.signal?.aborted) throw ctx.signal.reason
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
