import { posix } from 'node:path'
import type { SnapshotKind } from '../../../shared/event/types'
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
  const snapshot = parseSnapshot(entry.path, kind, bytes.toString('utf8'), ctx.issue, posix.basename(entry.name))
  if (snapshot) ctx.addSnapshot(snapshot)
  ctx.addInput({ path: entry.path, kind: snapshot ? kind : 'other', bytes: bytes.length })
}
