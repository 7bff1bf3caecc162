/**
 * A chart spec as a table block: how the Markdown report carries a chart's numbers (Markdown viewers
 * drop inline SVG), so every format states the same facts.
 */
import type { Lang } from '../i18n/lang'
import type { BuddyChartSpec, ChartSpec, TimelineSpec } from './chart-spec-types'
import { formatAxisTime } from './format'
import { formatKb } from '../i18n/format'
import { t } from '../i18n/t'
import type { Block } from './report-doc-types'

function buddyTable(spec: BuddyChartSpec, lang: Lang): Block {
  const orders = Array.from({ length: spec.maxOrder + 1 }, (_, i) => i)
  return {
    type: 'table',
    columns: [
      { label: t(lang, 'zones.zone') },
      ...orders.map((o) => ({ label: String(o), numeric: true })),
      { label: 'Σ', numeric: true },
    ],
    rows: spec.rows.map((r) => ({
      cells: [
        { text: r.key },
        ...orders.map((o) => {
          const cell = r.cells[o]
          return { text: cell ? `${cell.count}${cell.letters ? ` (${cell.letters})` : ''}` : '—' }
        }),
        { text: formatKb(r.totalKb) },
      ],
    })),
    note: `${t(lang, 'chart.order')} 0…${spec.maxOrder}: ${t(lang, 'chart.blocks')}${spec.requestOrder === null ? '' : ` · ${t(lang, 'legend.requestOrder')} ${spec.requestOrder}`}`,
  }
}

function timelineTable(spec: TimelineSpec): Block {
  const rows = [
    ...spec.eventLanes.flatMap((lane) => lane.points.map((p) => ({ tMs: p.tMs, lane: lane.label, value: p.label }))),
    ...spec.counterLanes.flatMap((lane) =>
      lane.samples.map((s) => ({ tMs: s.tMs, lane: lane.label, value: formatKb(s.kb) })),
    ),
  ].sort((a, b) => a.tMs - b.tMs)
  return {
    type: 'table',
    columns: [{ label: '' }, { label: '' }, { label: '' }],
    rows: rows.map((r) => ({
      cells: [{ text: formatAxisTime(r.tMs, spec.timeBase) }, { text: r.lane }, { text: r.value }],
    })),
  }
}

/** The table form of a chart, or null when another block already carries its numbers (the zone chart). */
export function chartTable(spec: ChartSpec, lang: Lang): Block | null {
  switch (spec.kind) {
    case 'zone':
      return null
    case 'buddy':
      return buddyTable(spec, lang)
    case 'accounting':
      return {
        type: 'table',
        columns: [{ label: '' }, { label: 'kB', numeric: true }],
        rows: spec.steps.map((s) => ({
          cells: [{ text: s.role === 'part' ? `− ${s.label}` : s.label }, { text: formatKb(s.kb) }],
        })),
      }
    case 'timeline':
      return timelineTable(spec)
  }
}
