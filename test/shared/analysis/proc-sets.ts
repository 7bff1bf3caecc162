// The public corpus's real /proc sets, parsed as the input reader parses them (content decides the
// kind, the file name only for single-value sysctl files).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Snapshot } from '../../../shared/event/snapshot'
import { detectSnapshotKind } from '../../../shared/parse/proc/detect-snapshot-kind'
import { parseSnapshot } from '../../../shared/parse/proc/parse-snapshot'

// The given copy (test/support/given.ts), found from this file's folder: support/given.ts builds a
// file URL, which the renderer tests' DOM environment does not accept.
export const PROC = resolve(import.meta.dirname, '../../fixtures/given/corpus/public/proc')

/** Every /proc file of a corpus set, parsed as the reader parses them, under `prefix`. */
export function procSet(set: string, prefix: string): Snapshot[] {
  const out: Snapshot[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else {
        const text = readFileSync(file, 'utf8')
        const kind = detectSnapshotKind(text.split('\n').slice(0, 16), name)
        const snap = kind
          ? parseSnapshot(`${prefix}/${relative(join(PROC, set), file)}`, kind, text, () => undefined, name)
          : null
        if (snap) out.push(snap)
      }
    }
  }
  walk(join(PROC, set))
  return out
}
