/** The languages OOMLens speaks; the contract's `--lang` values. */
export const LANGS = ['en', 'zh-CN', 'zh-TW'] as const
export type Lang = (typeof LANGS)[number]

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}
