import { posix } from 'node:path'
import type { Snapshot, SnapshotKind } from '../../../shared/event/types'
import { parseSnapshot } from '../parse-port'
import { collectStream } from './byte-stream'
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
  const parsed = parseSnapshot(entry.path, kind, bytes.toString('utf8'), ctx.issue, posix.basename(entry.name))
  const snapshot = parsed ? datedByModification(parsed, entry, ctx) : null
  if (snapshot) ctx.addSnapshot(snapshot)
  ctx.addInput({ path: entry.path, kind: snapshot ? kind : 'other', bytes: bytes.length })
}

/**
 * /proc files print no time of their own. A sosreport or a copied /proc keeps each file's
 * modification time, which is when it was captured; without a time a snapshot cannot join the
 * timeline or a trend, so use it, and say so (an assumption, like the syslog year).
 */
function datedByModification(snapshot: Snapshot, entry: InputEntry, ctx: ReadContext): Snapshot {
  if (snapshot.time !== null || entry.mtimeMs === null || !(entry.mtimeMs > 0)) return snapshot
  const time = new Date(entry.mtimeMs).toISOString()
  ctx.issue({
    code: 'snapshot-time-from-mtime',
    severity: 'info',
    path: entry.path,
    line: null,
    message: `${entry.path} prints no time; its modification time ${time} was taken as the time it was captured.`,
  })
  return { ...snapshot, time }
}
