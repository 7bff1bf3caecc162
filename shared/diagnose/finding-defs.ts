/**
 * The finding registry (Wireshark's `ei_register_info` table): every code once, with its default
 * severity, title key and the kernel facts it rests on. `rank` orders findings of equal severity:
 * causes before contributing conditions before context.
 */
import type { MessageKey } from '../i18n/catalog/en'
import type { FindingCode, Severity } from './types'

/** The registry entry of one finding code. */
export interface FindingDef {
  readonly code: FindingCode
  readonly severity: Severity
  readonly titleKey: MessageKey
  /**
   * The sections of the project's kernel fact sheet the rule follows, as the JSON output cites them:
   * `docs/kernel-facts.md §5.1` (the document is in the repository; its section numbers are stable).
   */
  readonly kernelRefs: readonly string[]
  readonly rank: number
  /** The code names a cause of the event (a condition or context alone does not): see outcome-unexplained. */
  readonly explains: boolean
}

/** Codes that are context, not a cause: an event with only these still gets outcome-unexplained. */
const CONTEXT_ONLY: readonly FindingCode[] = ['no-swap', 'panic-on-oom', 'no-killable-task', 'outcome-unexplained']

/** Where the fact sheet is, as a citation names it. */
const FACT_SHEET = 'docs/kernel-facts.md'

/** A registry line: the code, its severity and the fact sheet's section numbers. */
interface DefLine extends Pick<FindingDef, 'code' | 'severity'> {
  readonly kernelFacts: readonly string[]
}

const defs: readonly DefLine[] = [
  { code: 'lowmem-exhausted', severity: 'critical', kernelFacts: ['5.1', '5.2', '4'] },
  { code: 'cma-unusable', severity: 'critical', kernelFacts: ['6', '5.1'] },
  { code: 'memcg-limit', severity: 'critical', kernelFacts: ['8.5', '7.2'] },
  { code: 'memory-exhausted', severity: 'critical', kernelFacts: ['5.2', '8.2'] },
  { code: 'fragmentation', severity: 'critical', kernelFacts: ['9', '5.1'] },
  { code: 'unaccounted-memory', severity: 'warning', kernelFacts: ['8.2'] },
  { code: 'pagetable-bloat', severity: 'warning', kernelFacts: ['8.2', '7.1'] },
  { code: 'slab-bloat', severity: 'warning', kernelFacts: ['8.2'] },
  { code: 'shmem-tmpfs', severity: 'warning', kernelFacts: ['8.2'] },
  { code: 'hugetlb-reserved', severity: 'warning', kernelFacts: ['8.2'] },
  { code: 'high-min-watermark', severity: 'warning', kernelFacts: ['2.1', '2.2', '3.1'] },
  { code: 'atomic-no-reclaim', severity: 'warning', kernelFacts: ['5.1', '5.2'] },
  { code: 'constraint-cpuset-mempolicy', severity: 'warning', kernelFacts: ['7.2', '8.4'] },
  { code: 'no-swap', severity: 'info', kernelFacts: ['7.2'] },
  { code: 'manual-trigger', severity: 'info', kernelFacts: ['8.1'] },
  { code: 'no-killable-task', severity: 'warning', kernelFacts: ['7.3', '8.4'] },
  { code: 'panic-on-oom', severity: 'info', kernelFacts: ['8.4'] },
  { code: 'outcome-unexplained', severity: 'info', kernelFacts: ['5.2', '8.1'] },
  { code: 'repeated-victim', severity: 'warning', kernelFacts: ['7.3'] },
  { code: 'periodic-oom', severity: 'warning', kernelFacts: [] },
  { code: 'memory-leak-trend', severity: 'warning', kernelFacts: [] },
]

/** Every finding code, registered once. */
export const FINDING_DEFS: Readonly<Record<FindingCode, FindingDef>> = Object.fromEntries(
  defs.map(({ code, severity, kernelFacts }, rank): [FindingCode, FindingDef] => [
    code,
    {
      code,
      severity,
      rank,
      titleKey: `finding.${code}.title` as MessageKey,
      kernelRefs: kernelFacts.map((section) => `${FACT_SHEET} §${section}`),
      explains: !CONTEXT_ONLY.includes(code),
    },
  ]),
) as Record<FindingCode, FindingDef>

/** Whether these codes name a cause of the event (context alone does not; see outcome-unexplained). */
export function namesACause(codes: readonly FindingCode[]): boolean {
  return codes.some((c) => FINDING_DEFS[c].explains)
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 }

/** Most important first: severity, then the registry's rank. */
export function compareFindings(
  a: { code: FindingCode; severity: Severity },
  b: { code: FindingCode; severity: Severity },
): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || FINDING_DEFS[a.code].rank - FINDING_DEFS[b.code].rank
  )
}
