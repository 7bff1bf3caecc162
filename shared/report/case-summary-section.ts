/** The case summary: hosts, time span, events by kind, an overview table, case findings, timeline, input problems. */
import type { AnalysedEvent, CaseAnalysis } from '../analysis/types'
import type { EventKind } from '../event/types'
import type { Lang } from '../i18n/lang'
import { findingViews } from './finding-views'
import { formatTime, shortPath } from './format'
import type { MessageKey } from './i18n/en'
import { t } from './i18n/translate'
import type { Block, FactItem, ReportSection } from './report-doc-types'
import { buildTimelineSpec } from './timeline-spec'

const KINDS: readonly EventKind[] = ['oom', 'memcg-oom', 'alloc-failure']
/** Input problems listed in the summary; the rest are counted. */
const MAX_ISSUES = 20

function summaryFacts(
  analysis: CaseAnalysis,
  events: readonly AnalysedEvent[],
  caseName: string,
  lang: Lang,
): FactItem[] {
  const hosts = [...new Set(events.flatMap((a) => (a.event.host ? [a.event.host] : [])))]
  const times = events.flatMap((a) => (a.event.time ? [a.event.time] : [])).sort()
  const first = times[0] ?? null
  const last = times[times.length - 1] ?? null
  const span = first === null ? '—' : first === last ? formatTime(first) : `${formatTime(first)} — ${formatTime(last)}`
  const byKind = KINDS.map((k) => [k, events.filter((a) => a.event.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} × ${t(lang, `kind.${k}` as MessageKey)}`)
  const inputs = analysis.inputs.map((i) => i.path)
  return [
    { label: t(lang, 'summary.case'), value: caseName },
    { label: t(lang, 'summary.hosts'), value: hosts.length ? hosts.join(', ') : '—' },
    { label: t(lang, 'summary.span'), value: span },
    { label: t(lang, 'summary.events'), value: byKind.length ? byKind.join(', ') : t(lang, 'summary.noEvents') },
    {
      label: t(lang, 'summary.inputs'),
      value: inputs.length > 4 ? `${inputs.slice(0, 4).join(', ')} (+${inputs.length - 4})` : inputs.join(', ') || '—',
    },
    {
      label: t(lang, 'summary.warnings'),
      value: String(analysis.issues.length),
      ...(analysis.issues.length ? { tone: 'warn' as const } : {}),
    },
  ]
}

function overviewTable(events: readonly AnalysedEvent[], lang: Lang): Block {
  return {
    type: 'table',
    columns: [
      { label: '#' },
      { label: t(lang, 'overview.time') },
      { label: t(lang, 'overview.kind') },
      { label: t(lang, 'overview.trigger') },
      { label: t(lang, 'overview.victim') },
      { label: t(lang, 'overview.finding') },
    ],
    rows: events.map((a) => {
      const e = a.event
      const victim = e.killed ?? e.selected
      return {
        cells: [
          { text: e.id },
          { text: e.time ? formatTime(e.time) : e.uptime !== null ? `[${e.uptime.toFixed(3)}]` : '—' },
          { text: t(lang, `kind.${e.kind}` as MessageKey) },
          { text: e.trigger.comm ? `${e.trigger.comm} (${e.trigger.pid ?? '—'})` : '—' },
          { text: victim ? `${victim.comm} (${victim.pid})` : '—' },
          { text: a.findings[0]?.title ?? '—' },
        ],
      }
    }),
  }
}

/** The summary section for the selected events of a case. */
export function caseSummarySection(
  analysis: CaseAnalysis,
  events: readonly AnalysedEvent[],
  caseName: string,
  lang: Lang,
): ReportSection {
  const blocks: Block[] = [{ type: 'facts', items: summaryFacts(analysis, events, caseName, lang) }]
  if (events.length) blocks.push(overviewTable(events, lang))
  if (analysis.caseFindings.length) {
    blocks.push({
      type: 'findings',
      items: findingViews(analysis.caseFindings, lang),
      evidenceLabel: t(lang, 'findings.evidence'),
    })
  }
  const timeline = buildTimelineSpec(
    events.map((a) => a.event),
    analysis.snapshots,
    lang,
  )
  // A timeline needs two points in time to say anything; syslog lines without a year have none.
  const eventPoints = timeline.eventLanes.reduce((n, lane) => n + lane.points.length, 0)
  if (eventPoints > 1 || timeline.counterLanes.some((l) => l.samples.length > 1)) {
    blocks.push({ type: 'chart', caption: timeline.title, spec: timeline })
  }
  if (analysis.issues.length) {
    const shown = analysis.issues.slice(0, MAX_ISSUES)
    const items = shown.map((i) => `${shortPath(i.path)}${i.line === null ? '' : `:${i.line}`} — ${i.message}`)
    if (analysis.issues.length > shown.length)
      items.push(t(lang, 'summary.moreWarnings', { n: analysis.issues.length - shown.length }))
    blocks.push({ type: 'paragraph', text: t(lang, 'summary.warningsTitle') }, { type: 'list', items })
  }
  return { id: 'summary', title: t(lang, 'section.summary'), level: 1, blocks }
}
