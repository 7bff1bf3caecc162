// A finding read by its codes and numbers instead of its English words: the catalogue phrases it is
// worded from (its detail, the phrases inside its parameters, its recommendations), with their
// parameters. Tests assert these; the words themselves are the catalogue tests' business.
import type { Finding } from '../../shared/diagnose/types'
import type { MessageKey } from '../../shared/i18n/catalog/en'
import type { MessageParam, MessageParams, Phrase } from '../../shared/i18n/t'

type Worded = Pick<Finding, 'detailKey' | 'params' | 'recommendationKeys'>

function collect(p: MessageParam, out: Phrase[]): void {
  if (typeof p !== 'object') return
  if ('key' in p) {
    out.push(p)
    for (const v of Object.values(p.params ?? {})) collect(v, out)
  } else for (const item of p.items) collect(item, out)
}

/** Every phrase of a finding, the detail first (as `{ key: detailKey, params }`), then the recommendations'. */
export function phrasesOf(f: Worded): Phrase[] {
  const out: Phrase[] = []
  collect({ key: f.detailKey, params: f.params }, out)
  for (const r of f.recommendationKeys) collect(r, out)
  return out
}

/** The keys of every phrase of a finding. */
export function phraseKeys(f: Worded): MessageKey[] {
  return phrasesOf(f).map((p) => p.key)
}

/** The parameters of the first phrase `key` of a finding; fails naming the phrases it has when absent. */
export function phraseParams(f: Worded, key: MessageKey): MessageParams {
  const found = phrasesOf(f).find((p) => p.key === key)
  if (!found) throw new Error(`no phrase ${key} in [${phraseKeys(f).join(', ')}]`)
  return found.params ?? {}
}
