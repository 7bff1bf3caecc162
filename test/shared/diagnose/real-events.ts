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

/** A corpus log by its number prefix (`005`, `033`...). */
export function corpusPath(number: string): string {
  const name = readdirSync(CORPUS_DIR).find((f) => f.startsWith(`${number}-`) && f.endsWith('.log'))
  if (!name) throw new Error(`no corpus log ${number}`)
  return join(CORPUS_DIR, name)
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
