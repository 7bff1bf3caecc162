import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { isLang, type Lang } from '../../../shared/i18n/lang'

/** The workbench's language (vue-i18n's locale) as the core's Lang, for the shared catalogue and formatters. */
export function useLang(): ComputedRef<Lang> {
  const { locale } = useI18n()
  return computed(() => (isLang(locale.value) ? locale.value : 'en'))
}
