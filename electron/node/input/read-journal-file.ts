import type { InputEntry } from './input-entry'
import type { ReadContext } from './read-context'

/** A binary systemd journal file: its kernel messages become syslog-like lines. */
export async function readJournalFile(entry: InputEntry, ctx: ReadContext): Promise<void> {
  ctx.warn('unsupported-member', entry.path, null, `${entry.path}: binary journals are not read yet.`)
}
