/**
 * The one app API (ARCHITECTURE §3). The preload builds `window.oomlens` from it, the Electron main
 * process and the loopback HTTP bridge implement it, and the renderer's client calls it. Every
 * method resolves with an {@link ApiResult} and never rejects; `on…` subscriptions carry data only
 * and return their unsubscribe function.
 */
import type { ApiResult } from './api-result'
import type {
  AppInfo,
  CaseContentItem,
  CaseId,
  CaseSummary,
  EventDetail,
  EventId,
  ExportOptions,
  ExportedFile,
  ImportProgress,
  MachineStateDetail,
  MenuCommand,
  RecentCase,
  Settings,
  SourceLine,
  SourceRange,
} from './api-types'

export type { ApiError, ApiErrorCode, ApiResult } from './api-result'
export type * from './api-types'

/** Unsubscribes a listener; calling it twice is harmless. */
export type Unsubscribe = () => void

export interface OomlensApi {
  /** Host facts and the paths to open at start-up. */
  getAppInfo(): Promise<ApiResult<AppInfo>>
  /**
   * Read and analyse files, folders or archives (absolute paths from a dialog, drag-and-drop, the
   * command line or `launchPaths`). Runs off the UI thread, reports `onImportProgress`; a second
   * call cancels the first. Fails with `unreadable`/`not-found` naming the path, or `cancelled`.
   */
  openCase(paths: readonly string[]): Promise<ApiResult<CaseSummary>>
  /**
   * Read and analyse files given by content (the browser's Open and drop, a paste): archives,
   * compressed files, journals and /proc sets read exactly as `openCase` reads them from disk. Held in
   * memory, never written to disk; at most `MAX_CONTENT_ITEMS` items and `MAX_CONTENT_BYTES` (api-types.ts).
   * Progress, cancel and errors as `openCase`; not added to the recent cases (nothing to reopen).
   */
  openCaseContent(items: readonly CaseContentItem[]): Promise<ApiResult<CaseSummary>>
  /** Open bundled samples (names from `AppInfo.samples`) as one case; the host resolves the names. */
  openSamples(names: readonly string[]): Promise<ApiResult<CaseSummary>>
  /** Cancel the running import, if any; resolves with whether one was running. */
  cancelImport(): Promise<ApiResult<boolean>>
  /** Native "open files" dialog; null when dismissed. `unavailable` in the browser. */
  pickCaseFiles(): Promise<ApiResult<readonly string[] | null>>
  /** Native "open folder" dialog; null when dismissed. `unavailable` in the browser. */
  pickCaseFolder(): Promise<ApiResult<readonly string[] | null>>
  /** One event in full. */
  getEvent(caseId: CaseId, eventId: EventId): Promise<ApiResult<EventDetail>>
  /** One machine state (a /proc capture) in full, by the id `CaseSummary.machineStates` lists. */
  getMachineState(caseId: CaseId, stateId: string): Promise<ApiResult<MachineStateDetail>>
  /** Raw lines of one input, at most `MAX_LINES_PER_READ`; fewer at the end of the input. */
  readLines(range: SourceRange): Promise<ApiResult<readonly SourceLine[]>>
  /** Write a report of the case; null when the save dialog was dismissed. Never writes next to the inputs. */
  exportReport(caseId: CaseId, options: ExportOptions): Promise<ApiResult<ExportedFile | null>>
  getSettings(): Promise<ApiResult<Settings>>
  /** Change some settings; resolves with all of them, and `onSettingsChanged` fires. */
  updateSettings(patch: Partial<Settings>): Promise<ApiResult<Settings>>
  /** Newest first. */
  getRecentCases(): Promise<ApiResult<readonly RecentCase[]>>
  clearRecentCases(): Promise<ApiResult<readonly RecentCase[]>>

  /**
   * The local path of a dropped file (Electron: `webUtils.getPathForFile` in the preload; no IPC).
   * Null where the host cannot know it (the browser). `file` is a DOM `File`; typed `unknown`
   * because the core has no DOM types.
   */
  getPathForFile(file: unknown): string | null

  /** Progress of the running import. */
  onImportProgress(listener: (progress: ImportProgress) => void): Unsubscribe
  /** The host asks the renderer to open these paths (menu, recent case, second launch, file association). */
  onOpenRequested(listener: (paths: readonly string[]) => void): Unsubscribe
  /** A native menu command for the renderer to carry out. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe
  /** Settings changed (from the menu or another call). */
  onSettingsChanged(listener: (settings: Settings) => void): Unsubscribe
}
