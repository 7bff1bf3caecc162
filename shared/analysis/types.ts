/**
 * A whole case: every input read, every event found with its model and diagnosis, every snapshot,
 * every input problem. Built by `analyzeCase` from what the parser produced; serialised to the
 * public contract by `shared/contract/to-analysis-json.ts`.
 */
import type { ParseIssue } from '../base/issue'
import type { Finding } from '../diagnose/types'
import type { MemEvent, Snapshot } from '../event/types'
import type { Lang } from '../i18n/lang'
import type { ModelResult, WhatIfResult, WhatIfSettings } from '../model/types'

/** The contract's input kinds. */
export type InputKind =
  | 'kernel-log'
  | 'meminfo'
  | 'zoneinfo'
  | 'buddyinfo'
  | 'pagetypeinfo'
  | 'vmstat'
  | 'slabinfo'
  | 'sysctl'
  | 'archive'
  | 'directory'
  | 'other'

export interface InputFile {
  /** As given; archive members `bundle.tar.gz!/var/log/messages`. */
  readonly path: string
  readonly kind: InputKind
  readonly bytes: number
}

/** What the host hands the core after reading every input. */
export interface ParsedCase {
  readonly inputs: readonly InputFile[]
  readonly events: readonly MemEvent[]
  readonly snapshots: readonly Snapshot[]
  readonly issues: readonly ParseIssue[]
}

export interface AnalysedEvent {
  readonly event: MemEvent
  readonly model: ModelResult
  readonly findings: readonly Finding[]
  readonly whatIf: WhatIfResult | null
}

export interface CaseAnalysis {
  readonly inputs: readonly InputFile[]
  readonly events: readonly AnalysedEvent[]
  readonly snapshots: readonly Snapshot[]
  readonly issues: readonly ParseIssue[]
  /** Findings across events and snapshots (repeated victim, regular interval, falling MemFree...). */
  readonly caseFindings: readonly Finding[]
  readonly lang: Lang
}

export interface AnalyzeOptions {
  readonly lang?: Lang
  readonly whatIf?: WhatIfSettings | null
}

/** Import progress, reported by the host while it reads a case (CLI progress bar, the app's bar). */
export interface ImportProgress {
  readonly phase: 'scanning' | 'reading' | 'analysing' | 'done' | 'cancelled'
  /** The file or archive member being read. */
  readonly path: string | null
  /** Compressed/on-disk bytes consumed so far, and the total when known. */
  readonly bytesRead: number
  readonly bytesTotal: number | null
  readonly filesDone: number
  readonly filesTotal: number | null
  readonly eventsFound: number
}
