import { CATALOG_EN, type MessageKey } from './catalog/en'
import { CATALOG_ZH_CN } from './catalog/zh-cn'
import { CATALOG_ZH_TW } from './catalog/zh-tw'
import { formatKbWithSize, formatMib, formatNumber, formatPercent } from './format'
import type { Lang } from './lang'

/** A message parameter: numbers are formatted by the placeholder's style, strings inserted as they are. */
export type MessageParams = Readonly<Record<string, string | number>>

const CATALOGS: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  en: CATALOG_EN,
  'zh-CN': CATALOG_ZH_CN,
  'zh-TW': CATALOG_ZH_TW,
}

/**
 * Formats one message. Placeholders: `{name}` (number grouped `1,155,752`, or the string), `{name:kb}`
 * (`831,100 kB (811.6 MiB)`), `{name:mib}` (`811.6`), `{name:pct}` (ratio → `94.5`), `{name:1}` (one
 * decimal), `{name:id}` (a number that names something — a pid, a line — as printed: `12345`). A missing parameter stays visible as `{name}` so a catalogue slip shows instead of lying.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGS[lang][key] ?? CATALOG_EN[key]
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, style: string | undefined) => {
    const value = params[name]
    if (value === undefined) return whole
    if (typeof value === 'string') return value
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
  })
}
