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
  /** Sections of the kernel fact sheet (`kernel-facts/README.md` of the given material) the rule follows. */
  readonly kernelRefs: readonly string[]
  readonly rank: number
  /** The code names a cause of the event (a condition or context alone does not): see outcome-unexplained. */
  readonly explains: boolean
}

/** Codes that are context, not a cause: an event with only these still gets outcome-unexplained. */
const CONTEXT_ONLY: readonly FindingCode[] = ['no-swap', 'panic-on-oom', 'no-killable-task', 'outcome-unexplained']

const defs: readonly Omit<FindingDef, 'rank' | 'titleKey' | 'explains'>[] = [
  { code: 'lowmem-exhausted', severity: 'critical', kernelRefs: ['kernel-facts §5.1', '§5.2', '§4'] },
  { code: 'cma-unusable', severity: 'critical', kernelRefs: ['kernel-facts §6', '§5.1'] },
  { code: 'memcg-limit', severity: 'critical', kernelRefs: ['kernel-facts §8.5', '§7.2'] },
  { code: 'memory-exhausted', severity: 'critical', kernelRefs: ['kernel-facts §5.2', '§8.2'] },
  { code: 'fragmentation', severity: 'critical', kernelRefs: ['kernel-facts §9', '§5.1'] },
  { code: 'unaccounted-memory', severity: 'warning', kernelRefs: ['kernel-facts §8.2'] },
  { code: 'pagetable-bloat', severity: 'warning', kernelRefs: ['kernel-facts §8.2', '§7.1'] },
  { code: 'slab-bloat', severity: 'warning', kernelRefs: ['kernel-facts §8.2'] },
  { code: 'shmem-tmpfs', severity: 'warning', kernelRefs: ['kernel-facts §8.2'] },
  { code: 'hugetlb-reserved', severity: 'warning', kernelRefs: ['kernel-facts §8.2'] },
  { code: 'high-min-watermark', severity: 'warning', kernelRefs: ['kernel-facts §2.1', '§2.2', '§3.1'] },
  { code: 'atomic-no-reclaim', severity: 'warning', kernelRefs: ['kernel-facts §5.1', '§5.2'] },
  { code: 'constraint-cpuset-mempolicy', severity: 'warning', kernelRefs: ['kernel-facts §7.2', '§8.4'] },
  { code: 'no-swap', severity: 'info', kernelRefs: ['kernel-facts §7.2'] },
  { code: 'manual-trigger', severity: 'info', kernelRefs: ['kernel-facts §8.1'] },
  { code: 'no-killable-task', severity: 'warning', kernelRefs: ['kernel-facts §7.3', '§8.4'] },
  { code: 'panic-on-oom', severity: 'info', kernelRefs: ['kernel-facts §8.4'] },
  { code: 'outcome-unexplained', severity: 'info', kernelRefs: ['kernel-facts §5.2', '§8.1'] },
  { code: 'repeated-victim', severity: 'warning', kernelRefs: ['kernel-facts §7.3'] },
  { code: 'periodic-oom', severity: 'warning', kernelRefs: [] },
  { code: 'memory-leak-trend', severity: 'warning', kernelRefs: [] },
]

/** Every finding code, registered once. */
export const FINDING_DEFS: Readonly<Record<FindingCode, FindingDef>> = Object.fromEntries(
  defs.map((d, rank) => [
    d.code,
    { ...d, rank, titleKey: `finding.${d.code}.title` as MessageKey, explains: !CONTEXT_ONLY.includes(d.code) },
  ]),
) as Record<FindingCode, FindingDef>

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
