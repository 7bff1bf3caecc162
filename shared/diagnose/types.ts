/**
 * Findings: the diagnosis, each hanging on the report lines that prove it (Wireshark's expert-info
 * rule). Owned by the diagnosis work (issue 4); additive changes only.
 */
import type { MessageKey } from '../i18n/catalog/en'
import type { Lang } from '../i18n/lang'
import type { MessageParams, Phrase } from '../i18n/t'

/** The contract's codes; more may be added, none renamed. */
export type FindingCode =
  | 'lowmem-exhausted'
  | 'fragmentation'
  | 'cma-unusable'
  | 'memcg-limit'
  | 'memory-exhausted'
  | 'pagetable-bloat'
  | 'slab-bloat'
  | 'shmem-tmpfs'
  | 'hugetlb-reserved'
  | 'unaccounted-memory'
  | 'high-min-watermark'
  | 'atomic-no-reclaim'
  | 'no-swap'
  | 'constraint-cpuset-mempolicy'
  | 'manual-trigger'
  | 'panic-on-oom'
  // Added by issue 13: every oom / alloc-failure event gets a cause.
  /** No rule explained the event: names what was checked and what the report lacks. */
  | 'outcome-unexplained'
  /** `Out of memory and no killable processes` / `System is deadlocked on memory`: nothing could be killed. */
  | 'no-killable-task'
  // Case-level codes (added by the diagnosis work, issue 4): patterns across events and snapshots.
  | 'repeated-victim'
  | 'periodic-oom'
  | 'memory-leak-trend'

/** How much a finding matters: the cause, a contributing condition, or context. */
export type Severity = 'critical' | 'warning' | 'info'

/** A source line that proves a finding, verbatim, with its 1-based line number. */
export interface Evidence {
  readonly path: string
  readonly line: number
  /** Verbatim text of that line in the source. */
  readonly text: string
  readonly role?: string
}

/** A number a finding used, with its unit and origin. */
export interface Fact {
  readonly name: string
  readonly value: number
  /** `s` (seconds) added by the diagnosis work for case-level intervals. */
  readonly unit: 'kB' | 'pages' | 'bytes' | 'count' | 'ratio' | 'percent' | 's'
  /** `model` when computed by the kernel model, else the lines it was read from. */
  readonly from: 'model' | readonly { readonly path: string; readonly line: number }[]
}

/**
 * One diagnosis: the contract's `{ code, severity, title, detail, evidence }` plus facts, advice and
 * references. The words (`title`, `detail`, `recommendations`) are in `lang`; the keys and parameters
 * beside them (`titleKey`, `detailKey`, `params`, `recommendationKeys`) word it in any language
 * (`wordFinding`), so an edge that shows it in another language never runs the diagnosis again.
 */
export interface Finding {
  readonly code: FindingCode
  readonly severity: Severity
  readonly title: string
  readonly detail: string
  readonly evidence: readonly Evidence[]
  readonly facts?: readonly Fact[]
  readonly recommendations?: readonly string[]
  readonly kernelRefs?: readonly string[]
  readonly lang?: Lang
  /** The catalogue key of the title (`finding.<code>.title`), worded with `params`. */
  readonly titleKey: MessageKey
  /** The catalogue key of the detail, worded with `params`. */
  readonly detailKey: MessageKey
  /** Language-neutral parameters of title and detail: numbers, names, codes, phrases (see `MessageParam`). */
  readonly params: MessageParams
  /** One phrase per recommendation, in the order of `recommendations`. */
  readonly recommendationKeys: readonly Phrase[]
}
