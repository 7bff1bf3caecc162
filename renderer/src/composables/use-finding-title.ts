import type { FindingHeadline } from '../../../shared/api/api-types'
import { findingTitle } from '../../../shared/diagnose/word-finding'
import { useSettingsStore } from '../stores/settings'

/** A finding's title in the UI language, worded from its key: a language switch never asks the host again. */
export function useFindingTitle() {
  const settings = useSettingsStore()
  return (f: Pick<FindingHeadline, 'titleKey' | 'params'>): string => findingTitle(f, settings.lang)
}
