// The real inputs the mutation fuzzers start from: every corpus log, every seed document and every
// proc snapshot file of the given material beside the repo (read-only, outside it). Read once, lazily.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { GIVEN } from '../../support/given'

/** Root of the given material; OOMLENS_MATERIAL lets the fuzzers run on a copy. */
export const MATERIAL_ROOT = process.env.OOMLENS_MATERIAL ?? GIVEN

export interface CorpusText {
  /** Short name for messages: `corpus/005-...log`, `seeds/000_...txt`, `proc/<machine>/zoneinfo`. */
  readonly name: string
  readonly text: string
}

let logs: CorpusText[] | null = null
let procs: CorpusText[] | null = null

function readDir(dir: string, prefix: string, keep: (file: string) => boolean): CorpusText[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(keep)
    .sort()
    .map((file) => ({ name: `${prefix}/${file}`, text: readFileSync(join(dir, file), 'utf8') }))
}

/** Every corpus log (public, public-2) and every seed document (reports embedded in Chinese prose). */
export function corpusLogs(): readonly CorpusText[] {
  logs ??= [
    ...readDir(join(MATERIAL_ROOT, 'corpus/public'), 'corpus', (f) => f.endsWith('.log')),
    ...readDir(join(MATERIAL_ROOT, 'corpus/public-2'), 'corpus-2', (f) => f.endsWith('.log')),
    ...readDir(join(MATERIAL_ROOT, 'seeds'), 'seeds', (f) => f.endsWith('.txt')),
  ]
  return logs
}

function walk(dir: string, root: string, out: CorpusText[]): void {
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry)
    if (statSync(full).isDirectory()) walk(full, root, out)
    else if (entry !== 'MANIFEST.json')
      out.push({ name: `proc/${relative(root, full)}`, text: readFileSync(full, 'utf8') })
  }
}

/** Every proc / sys snapshot file of the corpus (`proc/<machine>/<file>`). */
export function corpusProcFiles(): readonly CorpusText[] {
  if (procs) return procs
  const root = join(MATERIAL_ROOT, 'corpus/public/proc')
  procs = []
  if (existsSync(root)) walk(root, root, procs)
  return procs
}

/** The physical lines of a text, split the way the hosts split files (LF, CRLF or CR-only). */
export function physicalLines(text: string): string[] {
  if (text === '') return []
  const nl = text.includes('\n') ? /\r?\n/ : /\r/
  const lines = text.split(nl)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}
