/**
 * The report's message lookup: `t(lang, key, { n: 3 })` fills `{n}` placeholders. Values are plain
 * text; renderers escape them like any other text.
 */
import type { Lang } from '../../i18n/lang'
import { en } from './en'
import type { MessageKey } from './en'
import { zhCN } from './zh-cn'
import { zhTW } from './zh-tw'

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
}

/** Translate `key` into `lang`, replacing `{name}` with `params.name`. */
export function t(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = CATALOGUES[lang][key]
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}
