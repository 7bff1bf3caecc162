/**
 * The data that crosses the app boundary (IPC and HTTP): summaries for lists, details fetched by
 * id, raw lines fetched by range (ARCHITECTURE §3 "small payloads"). Plain JSON, no classes.
 */
import type { TimelineSpec } from '../report/chart-spec-types'
import type { ImportProgress, InputFile } from '../analysis/types'
import type { ParseIssue } from '../base/issue'
import type { RawLine } from '../base/source'
import type { Finding, FindingCode } from '../diagnose/types'
import type { Snapshot, SnapshotKind } from '../event/snapshot'
import type { EventKind, MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult, WhatIfSettings } from '../model/types'
import type { EventScenario } from '../report/what-if-table'

export type { ImportProgress }

/** Opaque id of an opened case, unique within one app or bridge run (`c1`, `c2`, ...). */
export type CaseId = string
/** `MemEvent.id` (`e1`, `e2`, ...), unique within a case. */
export type EventId = string

/**
 * The diagnosis headline of an event: its first (most important) finding, its title in the case's
 * language and the key and parameters that word it in any other (`findingTitle`).
 */
export type FindingHeadline = Pick<Finding, 'code' | 'severity' | 'title' | 'titleKey' | 'params'>

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
  /** The paths the case was opened from, as given (item names for a case opened by content). */
  readonly paths: readonly string[]
  /** `paths`: read from disk (re-readable, a recent case); `content`: sent by the renderer, held in memory. */
  readonly origin: 'paths' | 'content'
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
  /** Snapshots after identical copies were counted once. */
  readonly snapshotCount: number
  /** The /proc snapshots grouped into machine states (files captured together), oldest first. */
  readonly machineStates: readonly MachineStateSummary[]
  readonly lang: Lang
}

/** One machine state in the case's list (`getMachineState` fetches its snapshots). */
export interface MachineStateSummary {
  readonly id: string
  /** The folder its files sit in (`sosreport-web1.tar.xz!/proc`). */
  readonly root: string
  /** ISO time, or null; see `timeFrom`. */
  readonly time: string | null
  /** `snapshots`: the files' own or modification times; `archive-name`: the day the archive's name gives. */
  readonly timeFrom: 'snapshots' | 'archive-name' | null
  readonly kinds: readonly SnapshotKind[]
}

/** A machine state in full: its snapshots (without their raw lines) and the kernel to replay it with. */
export interface MachineStateDetail extends MachineStateSummary {
  readonly snapshots: readonly Snapshot[]
  /**
   * The kernel release the watermarks are recomputed for: the one every event of the case was
   * logged by, when they agree; null (the latest kernel's rules) otherwise.
   */
  readonly kernelVersion: string | null
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

/**
 * One file, a file inside a dropped folder, or pasted text, opened by its content: the browser
 * cannot name a local path, and a paste has none. Kept in memory by the host, never written to disk.
 */
export interface CaseContentItem {
  /**
   * Where it came from, relative: the file's name, its path inside a dropped folder
   * (`sosreport-web1/var/log/messages`), or a name the renderer gives a paste (`pasted-1.txt`). Name
   * hints matter (rotated-log families, `sys/vm/min_free_kbytes`, `zoneinfo`), so folders keep theirs.
   */
  readonly name: string
  /** The bytes, base64 (JSON has no binary; the same shape crosses IPC and HTTP). */
  readonly base64: string
  /**
   * The file's modification time (`File.lastModified`, ms since the epoch), or null: it settles the
   * year of a syslog that prints none and dates /proc files, as a file's mtime on disk does.
   */
  readonly modifiedMs: number | null
}

/** Most items one `openCaseContent` call carries (a dropped sosreport folder holds thousands of small files). */
export const MAX_CONTENT_ITEMS = 20_000
/**
 * Most bytes (decoded, all items together) one `openCaseContent` call carries. It is held in memory
 * while the case is open (raw lines are read back from it), and base64 in JSON adds a third on the
 * wire: a bound a browser tab and the host both carry comfortably. Larger evidence is opened by path
 * (`oomlens serve <path>`, the desktop app's Open dialog), which streams instead.
 */
export const MAX_CONTENT_BYTES = 128 * 1024 * 1024

/** A sample case the host ships (`samples/` beside the app), offered on the start screen. */
export interface SampleFile {
  /** The file name inside the samples folder; `openSamples` takes it back. */
  readonly name: string
  readonly bytes: number
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
  /** The bundled sample logs (empty where none ship, e.g. a packaged app), for the start screen's picker. */
  readonly samples: readonly SampleFile[]
}

/** Commands from the native menu the renderer carries out (it knows the current case and what-if). */
export type MenuCommand = 'export-report' | 'show-shortcuts' | 'find' | 'next-event' | 'previous-event'
