/** The zone table of an event: one row per zone with its numbers and the replay's verdict. */
import type { Lang } from '../i18n/lang'
import type { ZoneChartSpec } from './chart-spec-types'
import { formatNumber, formatSigned } from '../i18n/format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block, Tone } from './report-doc-types'

const TONE: Readonly<Record<string, Tone>> = { pass: 'good', fail: 'bad', 'not-allowed': 'muted' }

/** A table block built from the zone chart spec (so table and chart cannot disagree). */
export function zoneTable(spec: ZoneChartSpec, lang: Lang): Block {
  const rows = spec.rows.map((r) => {
    const verdict = t(lang, (r.verdict ? `verdict.${r.verdict}` : 'verdict.unknown') as MessageKey)
    const showWhy = r.decidingTerm && r.decidingTerm !== 'ok' && r.verdict !== 'not-allowed'
    const why = showWhy ? `: ${t(lang, `term.${r.decidingTerm}` as MessageKey)}` : ''
    const tone = r.verdict ? TONE[r.verdict] : undefined
    const belowMin = r.minKb !== null && r.freeKb < r.minKb
    return {
      cells: [
        { text: r.key },
        { text: formatNumber(r.freeKb), ...(belowMin ? { tone: 'bad' as const } : {}) },
        { text: formatNumber(r.minKb) },
        { text: formatNumber(r.lowKb) },
        { text: formatNumber(r.highKb) },
        { text: formatNumber(r.freeCmaKb) },
        { text: r.lowmemReservePages ? r.lowmemReservePages.join(' ') : '—' },
        { text: r.verdict === 'not-allowed' ? '—' : formatNumber(r.requiredKb) },
        { text: r.verdict === 'not-allowed' ? '—' : formatSigned(r.marginKb) },
        { text: `${verdict}${why}`, ...(tone ? { tone } : {}) },
      ],
      ...(tone ? { tone } : {}),
    }
  })
  const numeric = (label: string) => ({ label, numeric: true })
  return {
    type: 'table',
    columns: [
      { label: t(lang, 'zones.zone') },
      numeric('free'),
      numeric('min'),
      numeric('low'),
      numeric('high'),
      numeric('free_cma'),
      { label: t(lang, 'zones.reserve') },
      numeric(t(lang, 'zones.required')),
      numeric(t(lang, 'chart.margin')),
      { label: t(lang, 'zones.verdict'), wide: true },
    ],
    rows,
    note: t(lang, 'zones.note'),
  }
}
