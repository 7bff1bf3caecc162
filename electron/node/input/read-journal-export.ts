import type { InputEntry } from './input-entry'
import type { ReadContext } from './read-context'

export type JournalTextFormat = 'export' | 'json'

/** `journalctl -o export` / `-o json` text: kernel messages become syslog-like lines. */
export async function readJournalExport(entry: InputEntry, format: JournalTextFormat, ctx: ReadContext): Promise<void> {
  void format
  ctx.warn('unsupported-member', entry.path, null, `${entry.path}: journal exports are not read yet.`)
}
