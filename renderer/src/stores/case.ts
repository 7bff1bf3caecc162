import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef, type ShallowRef } from 'vue'
import type { ApiError, ApiResult } from '../../../shared/api/api-result'
import type {
  CaseContentItem,
  CaseId,
  CaseSummary,
  EventDetail,
  EventId,
  ExportedFile,
  ImportProgress,
  MachineStateDetail,
  ReportFormat,
} from '../../../shared/api/api-types'
import type { EventScenario } from '../../../shared/report/what-if-table'
import { MAX_CONTENT_BYTES } from '../../../shared/api/api-types'
import { getApi } from '../api/client'
import { fitsInOneCall, pastedItem, toContentItems, type NamedFile } from '../composables/evidence-files'
import { useSettingsStore } from './settings'

/** An error to show: the host's (worded by the host), or the workbench's own, worded by its catalogue key where shown. */
export type ShownError = ApiError & {
  readonly words?: { readonly key: string; readonly params: Record<string, number> }
}

/**
 * The open case: its summary, the event details fetched so far, import progress. Parsed data is big
 * and read-only, so it lives in shallowRefs and is marked raw (no deep reactivity over thousands of lines).
 */
export const useCaseStore = defineStore('case', () => {
  const summary = shallowRef<CaseSummary | null>(null)
  const details = shallowRef<ReadonlyMap<EventId, EventDetail>>(new Map())
  const states = shallowRef<ReadonlyMap<string, MachineStateDetail>>(new Map())
  const loading = ref(false)
  const error = shallowRef<ShownError | null>(null)
  const progress = shallowRef<ImportProgress | null>(null)
  const lastExport = shallowRef<ExportedFile | null>(null)

  const events = computed(() => summary.value?.events ?? [])
  const caseId = computed(() => summary.value?.caseId ?? null)

  let pasteCount = 0

  /**
   * Run one import: `open` prepares its input (reading dropped files takes a moment too) and calls
   * the host; the progress bar shows from the start and follows the host's progress.
   */
  async function runImport(open: () => Promise<ApiResult<CaseSummary>>): Promise<boolean> {
    const api = getApi()
    loading.value = true
    error.value = null
    progress.value = null
    const unsubscribe = api.onImportProgress((p) => {
      progress.value = p
    })
    try {
      const result = await open()
      if (!result.ok) {
        error.value = result.error
        return false
      }
      summary.value = markRaw(result.value)
      details.value = new Map()
      states.value = new Map()
      return true
    } catch (err) {
      // Only the renderer's own part can throw (a file the browser could not read); the API never rejects.
      error.value = { code: 'unreadable', message: err instanceof Error ? err.message : String(err) }
      return false
    } finally {
      unsubscribe()
      loading.value = false
      progress.value = null
    }
  }

  async function openCase(paths: readonly string[]): Promise<boolean> {
    return runImport(() => getApi().openCase(paths))
  }

  /** Open evidence given by content (what a browser holds: no paths). */
  async function openContent(items: readonly CaseContentItem[]): Promise<boolean> {
    return runImport(() => getApi().openCaseContent(items))
  }

  /** Open files a browser picked or had dropped on it: refused before reading when too large for one call. */
  async function openFiles(files: readonly NamedFile[]): Promise<boolean> {
    if (files.length === 0) return false
    if (!fitsInOneCall(files)) {
      const mib = MAX_CONTENT_BYTES / 1024 ** 2
      error.value = { code: 'bad-argument', message: '', words: { key: 'app.tooLargeForBrowser', params: { mib } } }
      return false
    }
    return runImport(async () => getApi().openCaseContent(await toContentItems(files)))
  }

  /** Open pasted text as a case; each paste gets its own name (pasted-1.txt, pasted-2.txt, ...). */
  async function openPasted(text: string): Promise<boolean> {
    if (text.trim() === '') return false
    pasteCount += 1
    const name = `pasted-${pasteCount}.txt`
    return runImport(async () => getApi().openCaseContent([await pastedItem(text, name, Date.now())]))
  }

  /** Open bundled samples by name (the host resolves them). */
  async function openSamples(names: readonly string[]): Promise<boolean> {
    return runImport(() => getApi().openSamples(names))
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

  /**
   * A part of the open case fetched once and cached in `cache` (a new map on each addition, so views
   * that read it update): null without a case, or when the host refused (the error is kept).
   */
  async function fetchCached<K, V extends object>(
    cache: ShallowRef<ReadonlyMap<K, V>>,
    key: K,
    fetch: (caseId: CaseId) => Promise<ApiResult<V>>,
  ): Promise<V | null> {
    const cached = cache.value.get(key)
    if (cached) return cached
    if (!summary.value) return null
    const result = await fetch(summary.value.caseId)
    if (!result.ok) {
      error.value = result.error
      return null
    }
    cache.value = new Map([...cache.value, [key, markRaw(result.value)]])
    return result.value
  }

  /** The event in full, fetched once per case and cached. */
  const loadEvent = (id: EventId): Promise<EventDetail | null> =>
    fetchCached(details, id, (caseId) => getApi().getEvent(caseId, id))

  /** A machine state (its snapshots) in full, fetched once per case and cached. */
  const loadState = (id: string): Promise<MachineStateDetail | null> =>
    fetchCached(states, id, (caseId) => getApi().getMachineState(caseId, id))

  /** Export the case with the what-if scenarios pinned on its events (each reported under its own event). */
  async function exportReport(
    format: ReportFormat,
    eventScenarios: readonly EventScenario[] = [],
  ): Promise<ExportedFile | null> {
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
    states,
    loading,
    error,
    progress,
    lastExport,
    events,
    caseId,
    openCase,
    openContent,
    openFiles,
    openPasted,
    openSamples,
    openLaunchCase,
    pickAndOpen,
    cancelImport,
    loadEvent,
    loadState,
    exportReport,
    dismissError,
  }
})
