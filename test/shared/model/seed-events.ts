// Test helper: the seed reports as MemEvents (read with the local mini reader until the parser lands).
import { readdirSync, readFileSync } from 'node:fs'
import type { MemEvent } from '../../../shared/event/types'
import { miniEvent } from './mini-event'

const SEEDS = '/work/shared/seeds'

/** The seed whose file name starts with `prefix` (`000`, `002`, ...). */
export function seedEvent(prefix: string): MemEvent {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no seed ${prefix}`)
  return miniEvent(readFileSync(`${SEEDS}/${file}`, 'utf8'))
}

/** A corpus log's `index`-th report as a MemEvent. */
export function corpusEvent(prefix: string, kind: MemEvent['kind'] = 'oom', index = 0): MemEvent {
  const dir = '/work/shared/corpus/public'
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))
  if (!file) throw new Error(`no corpus file ${prefix}`)
  return miniEvent(readFileSync(`${dir}/${file}`, 'utf8'), kind, index)
}
