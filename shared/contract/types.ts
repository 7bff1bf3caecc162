/**
 * The public JSON contract `oomlens.analysis/1` (see the contract README), field for field. Fields may
 * be added (marked "extra" below); none is ever renamed or dropped without a new schema name.
 */

import type { InputKind } from '../analysis/types'
import type { Snapshot } from '../event/snapshot'

/** The schema name every analysis JSON carries. */
export const ANALYSIS_SCHEMA = 'oomlens.analysis/1'

/** The contract's input kinds (the analysis' own list: one definition). */
export type ContractInputKind = InputKind

/** One file read (archive members as `archive.tar.gz!/path`). */
export interface ContractInput {
  readonly path: string
  readonly kind: ContractInputKind
  readonly bytes: number
}

/** What was skipped or only partly understood. */
export interface ContractWarning {
  readonly path: string
  readonly line: number | null
  readonly message: string
  /** Extra: the stable issue code (`year-inferred`, `orphan-report-line` ...). */
  readonly code: string
  /** Extra: `error`, `data-loss` or `info`. */
  readonly severity: string
}

/** One printed zone line, with its buddy blocks (null when no buddy line was printed). */
export interface ContractZone {
  readonly node: number
  readonly zone: string
  readonly freeKb: number
  readonly minKb: number | null
  readonly lowKb: number | null
  readonly highKb: number | null
  readonly managedKb: number | null
  readonly presentKb: number | null
  readonly freeCmaKb: number | null
  readonly lowmemReserve: readonly number[] | null
  readonly freeBlocks: readonly number[] | null
  readonly freeBlockTypes: readonly (string | null)[] | null
}

/** One task-table row in the printed units; absent columns null. */
export interface ContractTask {
  readonly pid: number
  readonly uid: number | null
  readonly tgid: number | null
  readonly totalVm: number | null
  readonly rss: number | null
  readonly pgtablesBytes: number | null
  readonly nrPtes: number | null
  readonly nrPmds: number | null
  readonly swapents: number | null
  readonly oomScoreAdj: number | null
  readonly name: string
}

/** The victim as printed; `selectedPid` is the task the kernel chose. */
export interface ContractKilled {
  readonly pid: number
  readonly comm: string
  readonly selectedPid: number
  readonly score: number | null
  readonly totalVmKb: number | null
  readonly anonRssKb: number | null
  readonly fileRssKb: number | null
  readonly shmemRssKb: number | null
}

/** A report line that proves a finding. */
export interface ContractEvidence {
  readonly line: number
  readonly text: string
  /** Extra: the file the line is in. */
  readonly path: string
}

/** One diagnosis item. */
export interface ContractFinding {
  /**
   * One of the contract's codes (`lowmem-exhausted` … `panic-on-oom`, see the contract README), or an
   * extra code added since — never renamed:
   * - `outcome-unexplained` (issue 13): no rule explained this `oom` / `memcg-oom` / `alloc-failure`;
   *   the detail names what was checked (the header's facts, the zone verdicts, the largest consumer)
   *   and what the report lacks (header, Mem-Info, watermarks, buddy lists, swap, task table, version).
   *   Every such event carries at least one finding: a cause, or this.
   * - `no-killable-task` (issue 13): `Out of memory and no killable processes` / `System is deadlocked
   *   on memory` — the OOM killer found nothing it may kill (every candidate unkillable, exiting, or a
   *   victim whose memory killing cannot free). Not `panic-on-oom`, which is claimed only when the
   *   panic names vm.panic_on_oom.
   * - case-level codes in `caseFindings`: `repeated-victim`, `periodic-oom`, `memory-leak-trend`.
   */
  readonly code: string
  readonly severity: 'critical' | 'warning' | 'info'
  /** In the requested `--lang`, worded from `titleKey` and `params`. */
  readonly title: string
  /** In the requested `--lang`, worded from `detailKey` and `params`. */
  readonly detail: string
  readonly evidence: readonly ContractEvidence[]
  /**
   * Extras (issue 11, words at the edges): the words above as catalogue keys and language-neutral
   * parameters, so a consumer can word the finding in another language, or read its numbers, without
   * parsing prose. `titleKey` is `finding.<code>.title`; keys are never renamed.
   */
  readonly titleKey?: string
  readonly detailKey?: string
  /**
   * What the title and detail say, by placeholder name: a number (its unit is the catalogue
   * placeholder's style — `{x:kb}` kB, `{x:pct}` a ratio 0–1, `{x:id}` a pid or line, else a count),
   * a string inserted verbatim (a name, path, code or kernel text; `''` for an optional part left out),
   * a phrase `{ key, params? }` of the catalogue, or a list `{ join: 'phrases' | 'items' | 'none', items }`.
   */
  readonly params?: Readonly<Record<string, ContractMessageParam>>
  /** One phrase per entry of `recommendations`, in order. */
  readonly recommendationKeys?: readonly ContractPhrase[]
}

/** A phrase of the message catalogue: key and parameters (see `ContractFinding.params`). */
export interface ContractPhrase {
  readonly key: string
  readonly params?: Readonly<Record<string, ContractMessageParam>>
}

/** A message parameter (see `ContractFinding.params`). */
export type ContractMessageParam =
  | number
  | string
  | ContractPhrase
  | { readonly join: 'phrases' | 'items' | 'none'; readonly items: readonly ContractMessageParam[] }

/** Watermarks and reserves as the model recomputed them. */
/** What the kernel model recomputed for an event. */
export interface ContractModelZone {
  readonly node: number
  readonly zone: string
  readonly minKb: number
  readonly lowKb: number
  readonly highKb: number
  readonly lowmemReserve: readonly number[]
}

export interface ContractModel {
  readonly inferredMinFreeKbytes: number | null
  readonly watermarkScaleFactor: number | null
  readonly zones: readonly ContractModelZone[]
  readonly predictedVictim: { readonly pid: number; readonly comm: string; readonly points: number } | null
}

/** The recomputation under the `--set` values. */
export interface ContractWhatIf {
  readonly settings: Readonly<Record<string, unknown>>
  readonly allocation: { readonly succeeds: boolean; readonly zone: string | null; readonly marginKb: number }
  readonly zones: readonly ContractModelZone[]
}

/** One OOM report, memcg OOM or page allocation failure. */
export interface ContractEvent {
  readonly id: string
  readonly kind: 'oom' | 'memcg-oom' | 'alloc-failure'
  readonly source: { readonly path: string; readonly line: number }
  readonly time: string | null
  readonly uptime: number | null
  readonly host: string | null
  readonly kernel: { readonly version: string | null; readonly arch: string | null }
  readonly pageSizeKb: number
  readonly trigger: {
    readonly comm: string | null
    readonly pid: number | null
    readonly gfpMask: string | null
    readonly gfpFlags: readonly string[]
    readonly order: number | null
    readonly oomScoreAdj: number | null
  }
  readonly constraint: string | null
  readonly zones: readonly ContractZone[]
  readonly counters: Readonly<Record<string, number>>
  readonly killed: ContractKilled | null
  readonly tasks: readonly ContractTask[]
  readonly swap: { readonly totalKb: number; readonly freeKb: number } | null
  readonly ram: {
    readonly totalPages: number | null
    readonly highmemPages: number | null
    readonly reservedPages: number | null
    readonly cmaReservedPages: number | null
  }
  readonly memcg: {
    readonly path: string | null
    readonly usageKb: number | null
    readonly limitKb: number | null
    readonly failcnt: number | null
    readonly swapUsageKb: number | null
    readonly swapLimitKb: number | null
  } | null
  readonly findings: readonly ContractFinding[]
  readonly model: ContractModel
  readonly whatIf: ContractWhatIf | null
  /**
   * Extra: true when the report's first lines were not in the input (a header the poster cut, a log
   * that begins with the last lines of an earlier kill): the event holds what was read, nulls for the
   * rest, and a `truncated-report` warning names its first line. False for a report read whole.
   */
  readonly partial: boolean
}

/** One parsed proc snapshot. */
export interface ContractSnapshot {
  readonly path: string
  readonly kind: string
  readonly time: string | null
  /** The values by the kernel's own field names, per kind as `shared/event/snapshot.ts` describes. */
  readonly data: Snapshot['data']
  /**
   * Extra: the 1-based line of the file each value of `data` was read from, with `data`'s keys (a record
   * of values → a record of line numbers; rows printed one per line → a list of line numbers).
   */
  readonly lineOf: Snapshot['lineOf']
}

/** The whole `oomlens analyze --json` object. */
export interface AnalysisJson {
  readonly schema: typeof ANALYSIS_SCHEMA
  readonly inputs: readonly ContractInput[]
  readonly events: readonly ContractEvent[]
  readonly snapshots: readonly ContractSnapshot[]
  readonly warnings: readonly ContractWarning[]
  /** Extra: findings across events and snapshots (repeated victim, periodic OOM, leak trend). */
  readonly caseFindings: readonly ContractFinding[]
}
