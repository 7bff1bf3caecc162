import type { RawLine } from '../../../shared/base/source'
import type { InputEntry } from './input-entry'
import { JournalExportParser } from './journal-export-parser'
import { journalLine } from './journal-line'
import { LineScanner } from './line-scanner'
import type { ReadContext } from './read-context'
import { ReportWindow } from './report-window'

export type JournalTextFormat = 'export' | 'json'

const WANTED = new Set(['__REALTIME_TIMESTAMP', '_TRANSPORT', '_HOSTNAME', 'MESSAGE'])
const KERNEL_JSON = /"_TRANSPORT"\s*:\s*"kernel"/

type Fields = ReadonlyMap<string, string> | Readonly<Record<string, unknown>>

function get(fields: Fields, name: string): string | null {
  const value = fields instanceof Map ? fields.get(name) : (fields as Record<string, unknown>)[name]
  if (typeof value === 'string') return value
  // -o json prints binary values as arrays of byte values, and repeated fields as arrays of strings.
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return Buffer.from(value).toString('utf8')
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0]
  return null
}

/** A kernel journal entry as the line the parser reads, or null for other transports. */
function kernelLine(fields: Fields, path: string, line: number): RawLine | null {
  if (get(fields, '_TRANSPORT') !== 'kernel') return null
  const message = get(fields, 'MESSAGE')
  if (message === null) return null
  const realtime = get(fields, '__REALTIME_TIMESTAMP')
  const usec = realtime !== null && /^\d+$/.test(realtime) ? BigInt(realtime) : 0n
  return { path, line, text: journalLine(usec, get(fields, '_HOSTNAME'), message.replace(/\r?\n/g, ' ')) }
}

/**
 * `journalctl -o export` / `-o json` text, streamed: kernel entries become `<time> <host> kernel: <msg>`
 * lines numbered by the physical line of their MESSAGE field (export) or JSON object (json).
 */
export async function readJournalExport(entry: InputEntry, format: JournalTextFormat, ctx: ReadContext): Promise<void> {
  ctx.progress.reading(entry.path)
  const target = ctx.target
  const window = new ReportWindow((line) => ctx.pushLine(line, null))
  const emit = (line: RawLine | null): void => {
    if (line === null) return
    if (!target) window.offer(line)
    else if (target.path === entry.path && line.line >= target.fromLine && line.line <= target.toLine)
      target.lines.push(line)
  }
  let bytes = 0
  let badJson = 0
  const exportParser = new JournalExportParser(
    WANTED,
    (e) => emit(kernelLine(e.fields, entry.path, e.messageLine)),
    ctx.limits.maxLineBytes,
  )
  const jsonLines = new LineScanner({
    path: entry.path,
    everyLine: true,
    maxLineBytes: ctx.limits.maxLineBytes,
    onIssue: (code, line, message) => ctx.warn(code, entry.path, line, `${entry.path}: ${message}`),
    sink: (line) => {
      if (!KERNEL_JSON.test(line.text)) return
      try {
        emit(kernelLine(JSON.parse(line.text) as Record<string, unknown>, entry.path, line.line))
      } catch {
        badJson++
      }
    },
  })
  try {
    for await (const chunk of entry.stream) {
      ctx.signal?.throwIfAborted()
      bytes += chunk.length
      if (format === 'export') exportParser.write(chunk)
      else jsonLines.write(chunk)
      const lag = ctx.backlog()
      if (lag) await lag
    }
    if (format === 'export') exportParser.end()
    else jsonLines.end()
  } finally {
    ctx.endOfInput(entry.path)
    ctx.addInput({ path: entry.path, kind: 'kernel-log', bytes })
    ctx.progress.fileDone()
    if (target?.path === entry.path) target.done = true
  }
  if (badJson > 0)
    ctx.warn(
      'journal-json',
      entry.path,
      null,
      `${entry.path}: ${badJson} kernel lines were not valid JSON and were skipped.`,
    )
}
