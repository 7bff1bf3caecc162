// The OomlensApi methods both hosts answer the same way, over the Node case service: open a case
// (off the UI thread, with progress and cancel), fetch events and raw lines by id and range, export,
// settings and recent cases. Electron main and the HTTP bridge each wrap this and add what only
// they can do (native dialogs; downloads). Node only, never `electron`.
import { randomBytes } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { apiErr, apiOk } from '../../../shared/api/api-result'
import type { ApiResult } from '../../../shared/api/api-result'
import type {
  AppInfo,
  CaseContentItem,
  CaseSummary,
  ImportProgress,
  RecentCase,
  SampleFile,
  Settings,
} from '../../../shared/api/api-types'
import type { ApiEvent, ApiEventPayload, ApiMethod } from '../../../shared/api/methods'
import type { OomlensApi } from '../../../shared/api/oomlens-api'
import { machineStateDetail, summarizeCase } from '../../../shared/api/summarize-case'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import type { RawLine } from '../../../shared/base/source'
import type { Lang } from '../../../shared/i18n/lang'
import type { MemoryFile } from '../input/read-memory-file'
import { toApiError } from './to-api-error'

/** What the case service's `loadCase` resolves with (electron/node/case-service.ts). */
export interface LoadedCase {
  readonly analysis: CaseAnalysis
  readLines(path: string, fromLine: number, toLine: number): Promise<readonly (RawLine | string)[]>
}

/** The case service's `loadCase`, as the hosts call it. */
export type LoadCase = (
  paths: readonly string[],
  options: {
    lang: Lang
    onProgress: (p: ImportProgress) => void
    signal: AbortSignal
    /** Files held in memory (opened by content); `paths` is empty then. */
    memoryFiles?: readonly MemoryFile[]
  },
) => Promise<LoadedCase>

/** Settings and recent cases: a file in userData (desktop) or memory (bridge). */
export interface SettingsStore {
  getSettings(): Settings
  updateSettings(patch: Partial<Settings>): Settings
  getRecentCases(): readonly RecentCase[]
  addRecentCase(entry: RecentCase): readonly RecentCase[]
  clearRecentCases(): readonly RecentCase[]
}

export type { WriteReport } from './write-report'

export interface BackendDeps {
  readonly loadCase: LoadCase
  readonly store: SettingsStore
  readonly emit: <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) => void
  /** What `getAppInfo` answers; `samples` is filled in from `samplesDir`. */
  readonly appInfo: Omit<AppInfo, 'samples'>
  /** The bundled sample logs (`samples/` of a source checkout), offered on the start screen; absent: none. */
  readonly samplesDir?: string
}

/** The host-independent methods; `pickCase*` and `exportReport` are the hosts' own. */
export type BackendMethods = Omit<Pick<OomlensApi, ApiMethod>, 'pickCaseFiles' | 'pickCaseFolder' | 'exportReport'>

export interface OpenedCase {
  readonly paths: readonly string[]
  readonly loaded: LoadedCase
}

export interface ApiBackend {
  readonly methods: BackendMethods
  /** An opened case by id (for the hosts' export), or undefined. */
  openedCase(caseId: string): OpenedCase | undefined
}

/** How many analysed cases stay in memory; older ones are dropped (reopen to see them again). */
const MAX_OPEN_CASES = 4

/** The plain files of the samples folder, by name; none when there is no such folder. */
async function listSamples(dir: string | undefined): Promise<SampleFile[]> {
  if (!dir) return []
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.log')).map((e) => e.name)
  const sizes = await Promise.all(
    files.map((name) =>
      stat(join(dir, name)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  )
  return files.map((name, i) => ({ name, bytes: sizes[i] ?? 0 })).sort((a, b) => (a.name < b.name ? -1 : 1))
}

/** Content items → the case service's memory files (base64 already checked by the validator). */
function toMemoryFiles(items: readonly CaseContentItem[]): MemoryFile[] {
  return items.map((i) => ({ name: i.name, bytes: Buffer.from(i.base64, 'base64'), mtimeMs: i.modifiedMs }))
}

export function createApiBackend(deps: BackendDeps): ApiBackend {
  const cases = new Map<string, OpenedCase>()
  let running: AbortController | null = null

  /** One import at a time: a second call cancels the first; only the current import reports progress. */
  const runImport = async (
    paths: readonly string[],
    memoryFiles?: readonly MemoryFile[],
  ): Promise<ApiResult<CaseSummary>> => {
    const controller = new AbortController()
    const previous = running
    running = controller // first, so the superseded import's "cancelled" progress is already not current
    previous?.abort()
    // The case service rate-limits progress itself; only the current import's reach the renderer
    // (an import superseded by a newer openCase goes quiet instead of reporting "cancelled").
    const onProgress = (p: ImportProgress) => {
      if (running === controller) deps.emit('onImportProgress', p)
    }
    try {
      const lang = deps.store.getSettings().lang
      const options = { lang, onProgress, signal: controller.signal, ...(memoryFiles ? { memoryFiles } : {}) }
      const loaded = await deps.loadCase(paths, options)
      if (controller.signal.aborted) throw controller.signal.reason
      // Unguessable: a case id is what readLines and export take, so it must not be `c1`, `c2`, …
      const caseId = `c${randomBytes(16).toString('hex')}`
      const shownPaths = memoryFiles ? memoryFiles.map((f) => f.name) : paths
      cases.set(caseId, { paths: shownPaths, loaded })
      for (const old of [...cases.keys()].slice(0, Math.max(0, cases.size - MAX_OPEN_CASES))) cases.delete(old)
      const summary = summarizeCase(caseId, shownPaths, loaded.analysis, memoryFiles ? 'content' : 'paths')
      // Content is not kept once its case is dropped, so there is nothing a recent entry could reopen.
      if (!memoryFiles)
        deps.store.addRecentCase({ paths, openedAt: new Date().toISOString(), eventCount: summary.events.length })
      return apiOk(summary)
    } catch (err) {
      return { ok: false, error: toApiError(err, controller.signal.aborted) }
    } finally {
      if (running === controller) running = null
    }
  }

  const withCase = <T>(caseId: string, use: (c: OpenedCase) => Promise<ApiResult<T>> | ApiResult<T>) => {
    const opened = cases.get(caseId)
    return opened ? use(opened) : apiErr<T>('not-found', `case ${caseId} is not open (open it again)`)
  }

  const methods: BackendMethods = {
    getAppInfo: async () => apiOk({ ...deps.appInfo, samples: await listSamples(deps.samplesDir) }),
    openCase: (paths) => runImport(paths),
    openCaseContent: (items) => runImport([], toMemoryFiles(items)),
    openSamples: async (names) => {
      const known = new Set((await listSamples(deps.samplesDir)).map((s) => s.name))
      const unknown = names.find((n) => !known.has(n))
      if (unknown !== undefined || !deps.samplesDir)
        return apiErr('not-found', `no bundled sample ${unknown ?? names[0]}`)
      const dir = deps.samplesDir
      return runImport(names.map((n) => join(dir, n)))
    },
    cancelImport: async () => {
      const wasRunning = running !== null
      running?.abort()
      return apiOk(wasRunning)
    },
    getEvent: async (caseId, eventId) =>
      withCase(caseId, ({ loaded }) => {
        const found = loaded.analysis.events.find((e) => e.event.id === eventId)
        if (!found) return apiErr('not-found', `case ${caseId} has no event ${eventId}`)
        return apiOk({ event: found.event, model: found.model, findings: found.findings })
      }),
    getMachineState: async (caseId, stateId) =>
      withCase(caseId, ({ loaded }) => {
        const state = machineStateDetail(loaded.analysis, stateId)
        return state ? apiOk(state) : apiErr('not-found', `case ${caseId} has no machine state ${stateId}`)
      }),
    readLines: async (range) =>
      withCase(range.caseId, async ({ loaded }) => {
        // Only inputs of this case: the renderer never names a file to read (ARCHITECTURE §3).
        const { inputs, events } = loaded.analysis
        const known = inputs.some((i) => i.path === range.path) || events.some((e) => e.event.path === range.path)
        if (!known) return apiErr('not-found', `case ${range.caseId} has no input ${range.path}`, range.path)
        try {
          const lines = await loaded.readLines(range.path, range.fromLine, range.toLine)
          return apiOk(
            lines.map((l, i) => (typeof l === 'string' ? { path: range.path, line: range.fromLine + i, text: l } : l)),
          )
        } catch (err) {
          return { ok: false, error: toApiError(err, false) }
        }
      }),
    getSettings: async () => apiOk(deps.store.getSettings()),
    updateSettings: async (patch) => {
      const settings = deps.store.updateSettings(patch)
      deps.emit('onSettingsChanged', settings)
      return apiOk(settings)
    },
    getRecentCases: async () => apiOk(deps.store.getRecentCases()),
    clearRecentCases: async () => apiOk(deps.store.clearRecentCases()),
  }
  return { methods, openedCase: (caseId) => cases.get(caseId) }
}
