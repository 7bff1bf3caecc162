/** The case summary: hosts, time span, events by kind, an overview table, case findings, timeline, input problems. */
import { findingTitle } from '../diagnose/word-finding'
import type { AnalysedEvent, CaseAnalysis } from '../analysis/types'
import type { EventKind } from '../event/types'
import type { Lang } from '../i18n/lang'
import { findingViews } from './finding-views'
import { formatEventWhen, formatTime } from './format'
import { warningBlocks } from './input-notes'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block, FactItem, ReportSection } from './report-doc-types'
import { buildTimelineSpec } from './timeline-spec'
import { eventVictim } from '../event/victim'

const KINDS: readonly EventKind[] = ['oom', 'memcg-oom', 'alloc-failure']
/** What a case title needs of an event (a `MemEvent` or the API's `EventSummary`). */
export interface TitledEvent {
  readonly kind: EventKind
  readonly host: string | null
  readonly time: string | null
  readonly trigger: { readonly comm: string | null }
}

/** `2017-02-02`, as printed (no zone conversion), or null. */
const dayOf = (iso: string | null): string | null => (iso && /^\d{4}-\d\d-\d\d/.test(iso) ? iso.slice(0, 10) : null)

/**
 * The case's title as a ticket reads it: host, date and what happened — `web1 · 2017-02-02 · python:
 * OOM kill`; for several events the hosts (or their count), the date span and the count by kind.
 * Null when there is no event to name it by (the caller falls back to the input's name).
 */
export function caseTitle(events: readonly TitledEvent[], lang: Lang): string | null {
  const first = events[0]
  if (!first) return null
  const hosts = [...new Set(events.flatMap((e) => (e.host ? [e.host] : [])))]
  const days = events.flatMap((e) => dayOf(e.time) ?? []).sort()
  const list = t(lang, 'phrase.list-separator')
  const where =
    hosts.length === 0 ? null : hosts.length <= 2 ? hosts.join(list) : t(lang, 'title.hosts', { n: hosts.length })
  const from = days[0]
  const to = days[days.length - 1]
  const when = from === undefined ? null : from === to ? from : `${from} – ${to}`
  const kindName = (k: EventKind) => t(lang, `kind.${k}` as MessageKey)
  const what =
    events.length === 1
      ? first.trigger.comm
        ? t(lang, 'title.one', { comm: first.trigger.comm, kind: kindName(first.kind) })
        : kindName(first.kind)
      : KINDS.map((k) => [k, events.filter((e) => e.kind === k).length] as const)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} × ${kindName(k)}`)
          .join(list)
  return [where, when, what].filter((p): p is string => p !== null).join(' · ')
}

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
  // Informational notes are not warnings: they are listed in the appendix, not counted here.
  const warnings = analysis.issues.filter((i) => i.severity !== 'info').length
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
      value: String(warnings),
      ...(warnings ? { tone: 'warn' as const } : {}),
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
      const victim = eventVictim(e)
      return {
        cells: [
          { text: e.id },
          { text: formatEventWhen(e, lang) ?? '—' },
          { text: t(lang, `kind.${e.kind}` as MessageKey) },
          { text: e.trigger.comm ? `${e.trigger.comm} (${e.trigger.pid ?? '—'})` : '—' },
          { text: victim ? `${victim.comm} (${victim.pid})` : '—' },
          { text: a.findings[0] ? findingTitle(a.findings[0], lang) : '—' },
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
  blocks.push(...warningBlocks(analysis.issues, lang))
  return { id: 'summary', title: t(lang, 'section.summary'), level: 1, blocks }
}
