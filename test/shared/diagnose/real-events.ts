/**
 * Real inputs for the diagnosis tests: the seed documents and the public corpus, parsed by the real
 * parser and modelled by the real kernel model.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { diagnoseEvent } from '../../../shared/diagnose/index'
import type { Finding } from '../../../shared/diagnose/types'
import type { MemEvent } from '../../../shared/event/types'
import type { Lang } from '../../../shared/i18n/lang'
import { analyzeModel } from '../../../shared/model/index'
import type { ModelResult } from '../../../shared/model/types'
import { parseText } from '../../../shared/parse/index'
import { GIVEN } from '../../support/given'

export const SEEDS_DIR = `${GIVEN}/seeds`
export const CORPUS_DIR = `${GIVEN}/corpus/public`
/** Both public sets: `public/` (005–043) and `public-2/` (101–124), file numbers unique across them. */
export const CORPUS_DIRS = [CORPUS_DIR, `${GIVEN}/corpus/public-2`] as const

/** One manifest row: a log and what the experts read in it. */
export interface CorpusEntry {
  readonly file: string
  readonly path: string
  readonly events: number
  readonly expert_labels: readonly Finding['code'][]
}

/** Every row of both manifests, with the log's path. */
export function corpusEntries(): CorpusEntry[] {
  return CORPUS_DIRS.flatMap((dir) =>
    (JSON.parse(readFileSync(join(dir, 'MANIFEST.json'), 'utf8')) as Omit<CorpusEntry, 'path'>[]).map((m) => ({
      ...m,
      path: join(dir, m.file),
    })),
  )
}

export interface Analysed {
  readonly event: MemEvent
  readonly model: ModelResult
  readonly findings: Finding[]
}

/** The seed document whose name starts with `000` … `004`. */
export function seedPath(number: string): string {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${number}_`))
  if (!name) throw new Error(`no seed ${number}`)
  return join(SEEDS_DIR, name)
}

/** A corpus log by its number prefix (`005`, `033`, `121`...), in either public set. */
export function corpusPath(number: string): string {
  for (const dir of CORPUS_DIRS) {
    const name = readdirSync(dir).find((f) => f.startsWith(`${number}-`) && f.endsWith('.log'))
    if (name) return join(dir, name)
  }
  throw new Error(`no corpus log ${number}`)
}

export function eventsOf(path: string): MemEvent[] {
  return parseText(path, readFileSync(path, 'utf8')).events
}

/** Every event of a file with its model and findings. */
export function analyse(path: string, lang: Lang = 'en'): Analysed[] {
  return eventsOf(path).map((event) => {
    const model = analyzeModel(event)
    return { event, model, findings: diagnoseEvent(event, model, lang) }
  })
}

/** The first event of a file (most files hold one report). */
export function firstEvent(path: string): MemEvent {
  const event = eventsOf(path)[0]
  if (!event) throw new Error(`no event in ${path}`)
  return event
}

/** The finding of a code in an analysed event, failing loudly when absent. */
export function findingOf(a: Analysed, code: Finding['code']): Finding {
  const f = a.findings.find((x) => x.code === code)
  if (!f) throw new Error(`${code} not found; got ${a.findings.map((x) => x.code).join(', ')}`)
  return f
}
