import { FINDING_DEFS } from '../../../shared/diagnose/finding-defs'
import type { FindingCode } from '../../../shared/diagnose/types'
import { t } from '../../../shared/i18n/t'
import { useCaseStore } from '../stores/case'
import { useSettingsStore } from '../stores/settings'

/**
 * A finding's title in the UI language. Summaries carry titles in the language the case was opened
 * in; titles are plain registry strings, so another language is a catalogue lookup, not a new request.
 */
export function useFindingTitle() {
  const settings = useSettingsStore()
  const caseStore = useCaseStore()
  return (code: FindingCode, title: string): string => {
    const def = FINDING_DEFS[code]
    if (!def || settings.lang === (caseStore.summary?.lang ?? 'en')) return title
    return t(settings.lang, def.titleKey)
  }
}
