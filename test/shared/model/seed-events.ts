// Test helper: seed and corpus reports as MemEvents, read with the real parser (shared/parse).
import { readdirSync, readFileSync } from 'node:fs'
import type { MemEvent } from '../../../shared/event/types'
import { parseText } from '../../../shared/parse/parse-text'
import { GIVEN } from '../../support/given'

function all(dir: string, prefix: string): MemEvent[] {
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no file ${prefix} in ${dir}`)
  return parseText(`${dir}/${file}`, readFileSync(`${dir}/${file}`, 'utf8')).events
}

function nth(dir: string, prefix: string, index: number): MemEvent {
  const event = all(dir, prefix)[index]
  if (!event) throw new Error(`${prefix} has no report #${index}`)
  return event
}

/** The seed whose file name starts with `prefix` (`000`, `002`, ...). */
export function seedEvent(prefix: string): MemEvent {
  return nth(`${GIVEN}/seeds`, prefix, 0)
}

/** A corpus log's `index`-th report (time order) as a MemEvent. */
export function corpusEvent(prefix: string, index = 0): MemEvent {
  return nth(`${GIVEN}/corpus/public`, prefix, index)
}

/** Every report of a corpus log, in time order. */
export function corpusEvents(prefix: string): MemEvent[] {
  return all(`${GIVEN}/corpus/public`, prefix)
}

/** A public-2 corpus log's `index`-th report (time order) as a MemEvent. */
export function corpus2Event(prefix: string, index = 0): MemEvent {
  return nth(`${GIVEN}/corpus/public-2`, prefix, index)
}
