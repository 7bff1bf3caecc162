import { CATALOG_EN, type MessageKey } from './catalog/en'
import { CATALOG_ZH_CN } from './catalog/zh-cn'
import { CATALOG_ZH_TW } from './catalog/zh-tw'
import { formatKbWithSize, formatMib, formatNumber, formatPercent } from './format'
import type { Lang } from './lang'

/**
 * A phrase of the catalogue: its key and its parameters, worded in the language of the message that
 * holds it. What a rule hands over instead of words, so any edge can word it in any language.
 */
export interface Phrase {
  readonly key: MessageKey
  readonly params?: MessageParams
}

/**
 * Parameters joined the language's way: `phrases` as clauses (`a; b`, `a；b`), `items` as a list
 * (`a, b`, `a、b`), `none` one after another (optional sentences that carry their own spacing).
 */
export interface PhraseList {
  readonly join: 'phrases' | 'items' | 'none'
  readonly items: readonly MessageParam[]
}

/**
 * A message parameter, free of any language: a number (formatted by its placeholder's style, which
 * also names its unit: `{x:kb}` kB, `{x:pct}` a ratio, `{x:id}` a pid or line), a string inserted as
 * it is (a name, a path, a code, a kernel line — never words of a language; `''` for an optional part
 * left out), or phrases worded in the message's language.
 */
export type MessageParam = string | number | Phrase | PhraseList

export type MessageParams = Readonly<Record<string, MessageParam>>

/** A phrase of the catalogue, for a message parameter or a recommendation. */
export function phrase(key: MessageKey, params?: MessageParams): Phrase {
  return params === undefined ? { key } : { key, params }
}

/** Clauses joined with the language's clause separator (`; `, `；`). */
export function phrases(items: readonly MessageParam[]): PhraseList {
  return { join: 'phrases', items }
}

/** List items joined with the language's list separator (`, `, `、`). */
export function listOf(items: readonly MessageParam[]): PhraseList {
  return { join: 'items', items }
}

/** Parts one after another, nothing between them. */
export function sequence(items: readonly MessageParam[]): PhraseList {
  return { join: 'none', items }
}

const CATALOGS: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: CATALOG_EN,
  'zh-CN': CATALOG_ZH_CN,
  'zh-TW': CATALOG_ZH_TW,
}

const SEPARATOR_KEYS: Readonly<Record<PhraseList['join'], MessageKey | null>> = {
  phrases: 'phrase.clause-separator',
  items: 'phrase.list-separator',
  none: null,
}

function separator(lang: Lang, join: PhraseList['join']): string {
  const key = SEPARATOR_KEYS[join]
  return key === null ? '' : t(lang, key)
}

function wordParam(lang: Lang, value: MessageParam, style: string | undefined): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object')
    return 'join' in value
      ? value.items.map((item) => wordParam(lang, item, undefined)).join(separator(lang, value.join))
      : t(lang, value.key, value.params)
  switch (style) {
    case 'kb':
      return formatKbWithSize(value)
    case 'mib':
      return formatMib(value)
    case 'pct':
      return formatPercent(value)
    case '1':
      return formatNumber(value, 1)
    case 'id':
      return String(value)
    default:
      return formatNumber(value, Number.isInteger(value) ? 0 : 1)
  }
}

/**
 * Formats one message. Placeholders: `{name}` (number grouped `1,155,752`, or the string, or the
 * phrase worded), `{name:kb}` (`831,100 kB (811.6 MiB)`), `{name:mib}` (`811.6`), `{name:pct}`
 * (ratio → `94.5`), `{name:1}` (one decimal), `{name:id}` (a number that names something — a pid, a
 * line — as printed: `12345`). A missing parameter stays visible as `{name}` so a catalogue slip
 * shows instead of lying.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGS[lang][key] ?? CATALOG_EN[key]
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, style: string | undefined) => {
    const value = params[name]
    return value === undefined ? whole : wordParam(lang, value, style)
  })
}
