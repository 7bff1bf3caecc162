/**
 * The data that crosses the app boundary (IPC and HTTP): summaries for lists, details fetched by
 * id, raw lines fetched by range (ARCHITECTURE §3 "small payloads"). Plain JSON, no classes.
 */
import type { TimelineSpec } from '../report/chart-spec-types'
import type { ImportProgress, InputFile } from '../analysis/types'
import type { ParseIssue } from '../base/issue'
import type { RawLine } from '../base/source'
import type { Finding, FindingCode, Severity } from '../diagnose/types'
import type { EventKind, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult, WhatIfSettings } from '../model/types'
import type { EventScenario } from '../report/what-if-table'

export type { ImportProgress }

/** Opaque id of an opened case, unique within one app or bridge run (`c1`, `c2`, ...). */
export type CaseId = string
/** `MemEvent.id` (`e1`, `e2`, ...), unique within a case. */
export type EventId = string

/** The diagnosis headline of an event: its first (most important) finding. */
export interface FindingHeadline {
  readonly code: FindingCode
  readonly severity: Severity
  readonly title: string
}

/** One row of the case view's event list. */
export interface EventSummary {
  readonly id: EventId
  readonly kind: EventKind
  /** ISO 8601 wall-clock time, or null; see `timeYearInferred`. */
  readonly time: string | null
  readonly timeYearInferred: boolean
  /** Seconds since boot as printed in a dmesg stamp, or null. */
  readonly uptime: number | null
  readonly host: string | null
  readonly kernelVersion: string | null
  /** Where the report starts. */
  readonly path: string
  readonly line: number
  readonly trigger: {
    readonly comm: string | null
    readonly pid: number | null
    readonly order: number | null
    readonly gfpMask: string | null
  }
  /** The killed task (or, with no kill line, the selected one); null when none was printed. */
  readonly victim: { readonly pid: number; readonly comm: string } | null
  readonly primaryFinding: FindingHeadline | null
  /** Every finding code of the event, most important first. */
  readonly findingCodes: readonly FindingCode[]
}

/** One sample of a counter lane. */
/** What `openCase` resolves with: everything the case view shows, nothing heavy. */
export interface CaseSummary {
  readonly caseId: CaseId
  /** The paths the case was opened from, as given. */
  readonly paths: readonly string[]
  readonly inputs: readonly InputFile[]
  readonly events: readonly EventSummary[]
  /**
   * The case timeline as the core's chart spec (events by kind, counter lanes from dated meminfo
   * snapshots and the events' own Mem-Info), so the app and the PDF draw the same thing.
   */
  readonly timeline: TimelineSpec
  /** Case-level findings (repeated victim, regular interval, falling MemFree, ...). */
  readonly caseFindings: readonly Finding[]
  /** Input problems, at most {@link MAX_SUMMARY_ISSUES}; `issueCount` is the full number. */
  readonly issues: readonly ParseIssue[]
  readonly issueCount: number
  readonly snapshotCount: number
  readonly lang: Lang
}

/** How many input problems a summary carries at most (the rest are counted, not sent). */
export const MAX_SUMMARY_ISSUES = 500

/** One event in full: the parsed report, the kernel model's replay and the findings. */
export interface EventDetail {
  readonly event: MemEvent
  readonly model: ModelResult
  readonly findings: readonly Finding[]
}

/** A range of raw lines of one input of a case, 1-based and inclusive. */
export interface SourceRange {
  readonly caseId: CaseId
  /** An input path as it appears in the case (`bundle.tar.gz!/var/log/messages` for members). */
  readonly path: string
  readonly fromLine: number
  readonly toLine: number
}

/** How many lines one `readLines` call may return. */
export const MAX_LINES_PER_READ = 5000

/** A raw line, verbatim. */
export type SourceLine = RawLine

export type ReportFormat = 'pdf' | 'html' | 'md'

export interface ExportOptions {
  readonly format: ReportFormat
  readonly lang: Lang
  /** What-if settings to report alongside the recorded state, or null. */
  readonly whatIf: WhatIfSettings | null
  /** Scenarios for the whole case, reported under each event they can change something for. */
  readonly scenarios?: readonly WhatIfSettings[]
  /** Scenarios pinned on one event each ("add to report"): reported under that event only. */
  readonly eventScenarios?: readonly EventScenario[]
  /** Events to include; all when absent. */
  readonly eventIds?: readonly string[]
}

/** A written report. In the desktop app it is a file the user chose; in the browser a download. */
export interface ExportedFile {
  readonly format: ReportFormat
  readonly bytes: number
  /** Where it was written (desktop), else null. */
  readonly path: string | null
  /** Same-origin URL to fetch it from (browser bridge), else null. */
  readonly downloadUrl: string | null
}

export type Theme = 'system' | 'light' | 'dark'

/** User settings, kept in the user data folder. */
export interface Settings {
  readonly theme: Theme
  readonly lang: Lang
  /** Page zoom in percent (100 = none). */
  readonly zoomPercent: number
}

/** A case opened before, newest first in lists. */
export interface RecentCase {
  readonly paths: readonly string[]
  /** ISO 8601 time it was last opened. */
  readonly openedAt: string
  readonly eventCount: number
}

/** How many recent cases are kept. */
export const MAX_RECENT_CASES = 10

export type ApiHost = 'electron' | 'bridge'

/** Facts about the running host, asked once at start-up. */
export interface AppInfo {
  readonly host: ApiHost
  readonly version: string
  /** Paths given on the command line, by a file association or to `oomlens serve`: open them first. */
  readonly launchPaths: readonly string[]
  /** Can this host show native open/save dialogs (`pickCaseFiles`, `pickCaseFolder`)? */
  readonly nativeDialogs: boolean
}

/** Commands from the native menu the renderer carries out (it knows the current case and what-if). */
export type MenuCommand = 'export-report' | 'show-shortcuts' | 'find' | 'next-event' | 'previous-event'
