/**
 * The what-if scenarios a user pinned ("add to report"): each setting list replayed with the kernel
 * model's runWhatIf, next to the replay of the event as logged.
 */
import type { MemEvent } from '../event/types'
import type { Lang } from '../i18n/lang'
import { runWhatIf } from '../model'
import type { ModelResult, WhatIfSettings } from '../model/types'
import { formatSignedKb } from './format'
import { t } from './i18n/translate'
import type { Block, Tone } from './report-doc-types'

/** `min_free_kbytes=16384, cma_kb=0` — the CLI's `--set` spelling. */
export function describeSettings(settings: WhatIfSettings): string {
  const parts = Object.entries(settings).flatMap(([name, value]) => {
    if (value === undefined) return []
    if (typeof value === 'object' && value !== null) {
      return Object.entries(value as Record<string, number>).map(([pid, adj]) => `${name}[${pid}]=${adj}`)
    }
    return [`${name}=${String(value)}`]
  })
  return parts.join(', ')
}

function verdictCells(
  lang: Lang,
  allocation: { readonly succeeds: boolean; readonly zone: string | null; readonly marginKb: number } | null,
  victim: { readonly pid: number; readonly comm: string } | null,
): { cells: { text: string; tone?: Tone }[]; tone?: Tone } {
  if (allocation === null) return { cells: [{ text: '—' }, { text: '—' }, { text: '—' }] }
  const tone: Tone = allocation.succeeds ? 'good' : 'bad'
  const outcome = allocation.succeeds
    ? t(lang, 'whatIf.succeeds', { zone: allocation.zone ?? '—' })
    : t(lang, 'whatIf.fails')
  const victimText = allocation.succeeds ? t(lang, 'whatIf.noKill') : victim ? `${victim.comm} (${victim.pid})` : '—'
  return { cells: [{ text: outcome, tone }, { text: formatSignedKb(allocation.marginKb) }, { text: victimText }], tone }
}

/** The scenarios table, or null when none were pinned. */
export function whatIfTable(
  event: MemEvent,
  model: ModelResult,
  scenarios: readonly WhatIfSettings[],
  lang: Lang,
): Block | null {
  if (scenarios.length === 0) return null
  // As logged, the victim is the one the kernel named; the replay's pick only when the log names none.
  const baseline = verdictCells(lang, model.allocation, event.killed ?? event.selected ?? model.predictedVictim)
  const rows = [
    { cells: [{ text: t(lang, 'whatIf.asLogged') }, ...baseline.cells] },
    ...scenarios.map((settings) => {
      const result = runWhatIf(event, model, settings)
      const cells = verdictCells(lang, result.allocation, result.victim)
      return {
        cells: [{ text: describeSettings(settings) }, ...cells.cells],
        ...(cells.tone ? { tone: cells.tone } : {}),
      }
    }),
  ]
  return {
    type: 'table',
    columns: [
      { label: t(lang, 'whatIf.scenario') },
      { label: t(lang, 'whatIf.allocation') },
      { label: t(lang, 'chart.margin'), numeric: true },
      { label: t(lang, 'whatIf.victim') },
    ],
    rows,
  }
}
