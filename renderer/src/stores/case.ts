import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import type { ApiError } from '../../../shared/api/api-result'
import type {
  CaseSummary,
  EventDetail,
  EventId,
  ExportedFile,
  ImportProgress,
  ReportFormat,
} from '../../../shared/api/api-types'
import type { EventScenario } from '../../../shared/report/what-if-table'
import { getApi } from '../api/client'
import { useSettingsStore } from './settings'

/**
 * The open case: its summary, the event details fetched so far, import progress. Parsed data is big
 * and read-only, so it lives in shallowRefs and is marked raw (no deep reactivity over thousands of lines).
 */
export const useCaseStore = defineStore('case', () => {
  const summary = shallowRef<CaseSummary | null>(null)
  const details = shallowRef<ReadonlyMap<EventId, EventDetail>>(new Map())
  const loading = ref(false)
  const error = shallowRef<ApiError | null>(null)
  const progress = shallowRef<ImportProgress | null>(null)
  const lastExport = shallowRef<ExportedFile | null>(null)

  const events = computed(() => summary.value?.events ?? [])
  const caseId = computed(() => summary.value?.caseId ?? null)

  async function openCase(paths: readonly string[]): Promise<boolean> {
    const api = getApi()
    loading.value = true
    error.value = null
    progress.value = null
    const unsubscribe = api.onImportProgress((p) => {
      progress.value = p
    })
    try {
      const result = await api.openCase(paths)
      if (!result.ok) {
        error.value = result.error
        return false
      }
      summary.value = markRaw(result.value)
      details.value = new Map()
      return true
    } finally {
      unsubscribe()
      loading.value = false
      progress.value = null
    }
  }

  /** Opens what the host was started with (`oomlens serve <paths>`, command line, file association). */
  async function openLaunchCase(): Promise<boolean> {
    const info = await getApi().getAppInfo()
    if (!info.ok) {
      error.value = info.error
      return false
    }
    if (info.value.launchPaths.length === 0) return false
    return openCase(info.value.launchPaths)
  }

  async function pickAndOpen(what: 'files' | 'folder' = 'files'): Promise<boolean> {
    const api = getApi()
    const picked = what === 'folder' ? await api.pickCaseFolder() : await api.pickCaseFiles()
    if (!picked.ok) {
      error.value = picked.error
      return false
    }
    return picked.value ? openCase(picked.value) : false
  }

  async function cancelImport(): Promise<void> {
    await getApi().cancelImport()
  }

  /** The event in full, fetched once per case and cached. */
  async function loadEvent(id: EventId): Promise<EventDetail | null> {
    const cached = details.value.get(id)
    if (cached) return cached
    if (!summary.value) return null
    const result = await getApi().getEvent(summary.value.caseId, id)
    if (!result.ok) {
      error.value = result.error
      return null
    }
    const next = new Map(details.value)
    next.set(id, markRaw(result.value))
    details.value = next
    return result.value
  }

  /** Export the case with the what-if scenarios pinned on its events (each reported under its own event). */
  async function exportReport(format: ReportFormat, eventScenarios: readonly EventScenario[] = []): Promise<ExportedFile | null> {
    if (!summary.value) return null
    const lang = useSettingsStore().lang
    const result = await getApi().exportReport(summary.value.caseId, { format, lang, whatIf: null, eventScenarios })
    if (!result.ok) {
      error.value = result.error
      return null
    }
    lastExport.value = result.value
    return result.value
  }

  function dismissError(): void {
    error.value = null
  }

  return {
    summary,
    details,
    loading,
    error,
    progress,
    lastExport,
    events,
    caseId,
    openCase,
    openLaunchCase,
    pickAndOpen,
    cancelImport,
    loadEvent,
    exportReport,
    dismissError,
  }
})
