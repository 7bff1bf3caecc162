import { posix } from 'node:path'
import type { ParseIssue } from '../../../shared/base/issue'
import type { Snapshot, SnapshotKind } from '../../../shared/event/types'
import { parseSnapshot } from '../parse-port'
import { collectStream } from './byte-stream'
import type { CaseDates } from './case-dates'
import type { InputEntry } from './input-entry'
import type { ReadContext } from './read-context'

/** A proc/sys snapshot is small: read it whole (up to maxSnapshotBytes) and parse it. */
export async function readSnapshot(entry: InputEntry, kind: SnapshotKind, ctx: ReadContext): Promise<void> {
  ctx.progress.reading(entry.path)
  const bytes = await collectStream(entry.stream, ctx.limits.maxSnapshotBytes)
  ctx.progress.fileDone()
  if (!bytes) {
    ctx.warn(
      'snapshot-too-large',
      entry.path,
      null,
      `${entry.path} looks like a ${kind} snapshot but is larger than ${ctx.limits.maxSnapshotBytes} bytes; it was skipped.`,
    )
    ctx.addInput({ path: entry.path, kind: 'other', bytes: entry.sizeBytes ?? 0 })
    return
  }
  const snapshot = parseSnapshot(entry.path, kind, bytes.toString('utf8'), ctx.issue, posix.basename(entry.name))
  if (snapshot) ctx.addSnapshot(snapshot, entry.mtimeMs)
  ctx.addInput({ path: entry.path, kind: snapshot ? kind : 'other', bytes: bytes.length })
}

/** A snapshot dated from outside its text, and the note saying from what. */
export interface DatedSnapshot {
  readonly snapshot: Snapshot
  readonly note: ParseIssue | null
}

/** Whole days between two times (calendar days of their ISO dates). */
const dayOf = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000

/**
 * /proc files print no time of their own; without one a snapshot cannot join the timeline or a trend.
 * Called once the whole case is read (a sosreport's date file may come after its proc/ in the
 * archive), best source first: the sosreport's date file (when it was collected), the day in its
 * archive's name (the file's modification time refines the hour when it falls on that day: a copy
 * or an extraction resets the time, the name stays), else the modification time. Each is an
 * assumption, like the syslog year, and the note says which one.
 */
export function dateSnapshot(snapshot: Snapshot, modifiedMs: number | null, dates: CaseDates): DatedSnapshot {
  if (snapshot.time !== null) return { snapshot, note: null }
  const path = snapshot.path
  const date = dates.dateFor(path)
  const modified = modifiedMs !== null && modifiedMs > 0 ? new Date(modifiedMs).toISOString() : null
  if (date?.source === 'date-file')
    return dated(snapshot, date.iso, 'snapshot-time-from-date-file', `the date file ${date.from} (${date.iso})`)
  if (date && !(modified !== null && Math.abs(dayOf(modified) - dayOf(date.iso)) <= 1))
    return dated(
      snapshot,
      date.iso,
      'snapshot-time-from-name',
      `the day in the name of ${date.from} (${date.iso.slice(0, 10)})`,
    )
  if (modified !== null)
    return dated(snapshot, modified, 'snapshot-time-from-mtime', `its modification time ${modified}`)
  return { snapshot, note: null }
}

function dated(snapshot: Snapshot, time: string, code: string, what: string): DatedSnapshot {
  const message = `${snapshot.path} prints no time; ${what} was taken as the time it was captured.`
  return { snapshot: { ...snapshot, time }, note: { code, severity: 'info', path: snapshot.path, line: null, message } }
}
