/**
 * The accounting waterfall: managed memory at the left, each counted bucket hanging down from the
 * running total, and what no counter explains at the right. The numbers come from the kernel model's
 * memory balance (`ModelResult.memoryBalance.ledgers`); this module only lays them out, so the input
 * is a ledger's shape.
 */
import type { Lang } from '../i18n/lang'
import { CHART_COLORS, SERIES_CYCLE } from './chart-colors'
import type { AccountingChartSpec, WaterfallStep } from './chart-spec-types'
import { glossaryKeyOfName } from '../i18n/glossary/named-number'
import { t } from '../i18n/t'
import { zoneLabel } from '../event/zone-label'

/** The fields of the model's `BalanceLedger` the chart uses (all kB). */
export interface AccountingInput {
  readonly node: number | null
  readonly zone: string | null
  readonly managedKb: number
  /** The glossary entry of the total; a ledger's is the zones' managed pages (`zone:managed`). */
  readonly totalTerm?: string
  /**
   * In waterfall order; names are the kernel's counter names. `term` names the glossary entry where
   * the name is not a Mem-Info/zone counter (a /proc/meminfo field).
   */
  readonly buckets: readonly { readonly name: string; readonly kb: number; readonly term?: string | null }[]
  /** managed − counted; negative when counters overlap or drifted. */
  readonly unaccountedKb: number
}

/** Build the waterfall spec: `total` (managed), one `part` per non-empty bucket, then the `rest`. */
export function buildAccountingChartSpec(input: AccountingInput, lang: Lang = 'en'): AccountingChartSpec {
  const scope =
    input.node !== null && input.zone !== null ? `${zoneLabel({ node: input.node, zone: input.zone })}: ` : ''
  const steps: WaterfallStep[] = [
    {
      id: 'total',
      label: t(lang, 'acct.total'),
      kb: input.managedKb,
      role: 'total',
      startKb: 0,
      color: CHART_COLORS.total,
      term: input.totalTerm ?? 'zone:managed',
    },
  ]
  let runningKb = input.managedKb
  input.buckets
    .filter((bucket) => bucket.kb > 0)
    .forEach((bucket, i) => {
      const color = SERIES_CYCLE[i % SERIES_CYCLE.length] ?? CHART_COLORS.total
      const term = bucket.term === undefined ? glossaryKeyOfName(bucket.name) : bucket.term
      steps.push({
        id: bucket.name,
        label: bucket.name,
        kb: bucket.kb,
        role: 'part',
        startKb: runningKb,
        color,
        ...(term ? { term } : {}),
      })
      runningKb -= bucket.kb
    })
  steps.push({
    id: 'rest',
    label: t(lang, 'acct.rest'),
    kb: input.unaccountedKb,
    role: 'rest',
    startKb: 0,
    color: CHART_COLORS.rest,
  })
  return { kind: 'accounting', title: `${scope}${t(lang, 'chart.accounting.title')}`, unit: 'kB', steps }
}
