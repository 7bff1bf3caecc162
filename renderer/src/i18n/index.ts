import { createI18n } from 'vue-i18n'
import type { Lang } from '../../../shared/i18n/lang'
import { en, type Messages } from './en'
import { zhCN } from './zh-CN'
import { zhTW } from './zh-TW'

/** The names each language is offered under, in its own script. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' }

/** The app's vue-i18n instance (Composition API mode; messages compiled without eval). */
export function createAppI18n(locale: Lang) {
  return createI18n<[Messages], Lang, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en: en as unknown as Messages, 'zh-CN': zhCN, 'zh-TW': zhTW },
  })
}
