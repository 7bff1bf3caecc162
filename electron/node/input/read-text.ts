import { posix } from 'node:path'
import { detectSnapshotKind } from '../parse-port'
import { mayBeDateFile } from './case-dates'
import type { InputEntry } from './input-entry'
import { LineScanner } from './line-scanner'
import type { LineTarget, ReadContext } from './read-context'
import { readJournalExport } from './read-journal-export'
import { readSnapshot } from './read-snapshot'

/**
 * Bytes of a stream's start decoded to tell its kind (the first chunk may be megabytes): a journal
 * export's first field, a JSON journal line's first key, a proc file's first 16 lines all lie in it.
 */
const HEAD_TEXT_BYTES = 8192

/** File names that are kernel logs even when no report was found in them. */
const LOG_NAME = /(^|[/_-])(messages|syslog|kern\.log|kernel|dmesg|journal|warn|localmessages|console)[^/]*$/i

/** A text stream: a journal export, a proc/sys snapshot, or a log scanned for report windows. */
export async function readText(entry: InputEntry, head: Buffer, ctx: ReadContext): Promise<void> {
  if (ctx.target) return collectLines(entry, ctx.target, ctx)
  const headText = head.toString('utf8', 0, Math.min(head.length, HEAD_TEXT_BYTES))
  // A sosreport's `date` file: its moment dates the undated evidence beside it. Read on as any text.
  if (mayBeDateFile(entry.path, head.length)) ctx.dates.noteDateFile(entry.path, headText)
  if (/^(__CURSOR=|__REALTIME_TIMESTAMP=)/.test(headText)) return readJournalExport(entry, 'export', ctx)
  if (/^\{.*"(__CURSOR|__REALTIME_TIMESTAMP|MESSAGE)"\s*:/.test(headText)) return readJournalExport(entry, 'json', ctx)
  const snapshotKind = detectSnapshotKind(headText.split('\n').slice(0, 16), posix.basename(entry.name))
  if (snapshotKind) return readSnapshot(entry, snapshotKind, ctx)
  await readLog(entry, ctx)
}

async function collectLines(entry: InputEntry, target: LineTarget, ctx: ReadContext): Promise<void> {
  if (target.path !== entry.path) return
  const scanner = new LineScanner({
    path: entry.path,
    sink: (line) => {
      if (line.line >= target.fromLine && line.line <= target.toLine) target.lines.push(line)
      if (line.line >= target.toLine) target.done = true
    },
    maxLineBytes: ctx.limits.maxLineBytes,
    onIssue: () => undefined,
    everyLine: true,
  })
  for await (const chunk of entry.stream) {
    scanner.write(chunk)
    if (target.done) break
  }
  if (!target.done) scanner.end()
  target.done = true
}

async function readLog(entry: InputEntry, ctx: ReadContext): Promise<void> {
  ctx.progress.reading(entry.path)
  noteYear(entry, ctx)
  const scanner = new LineScanner({
    path: entry.path,
    sink: (line) => ctx.pushLine(line, entry.rotation),
    maxLineBytes: ctx.limits.maxLineBytes,
    onIssue: (code, line, message) => ctx.warn(code, entry.path, line, `${entry.path}: ${message}`),
  })
  try {
    for await (const chunk of entry.stream) {
      ctx.signal?.throwIfAborted()
      scanner.write(chunk)
      const lag = ctx.backlog()
      if (lag) await lag
    }
    scanner.end()
  } finally {
    ctx.endOfInput(entry.path)
    const kind = scanner.windows > 0 || LOG_NAME.test(posix.basename(entry.name)) ? 'kernel-log' : 'other'
    ctx.addInput({ path: entry.path, kind, bytes: scanner.bytes })
    ctx.progress.fileDone()
  }
}

/**
 * The year for the file's syslog stamps that print none (when the file itself says none): its
 * sosreport's date file or archive name first, else the year of its modification time.
 */
function noteYear(entry: InputEntry, ctx: ReadContext): void {
  const date = ctx.dates.dateFor(entry.path)
  if (date)
    ctx.noteYear(
      entry.path,
      date.year,
      date.source === 'date-file' ? `the date file ${date.from}` : `the name of ${date.from}`,
    )
  else if (entry.mtimeMs !== null) ctx.noteYear(entry.path, new Date(entry.mtimeMs).getUTCFullYear(), null)
}
