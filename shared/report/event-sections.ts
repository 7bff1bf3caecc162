/** The sections of one event: headline, diagnosis, environment, zones, accounting, tasks, what-if, advice. */
import type { AnalysedEvent } from '../analysis/types'
import type { Lang } from '../i18n/lang'
import type { ScenarioSettings } from '../model/what-if-types'
import { buildAccountingChartSpec } from './accounting-chart-spec'
import { buildBuddyChartSpec } from './buddy-chart-spec'
import { environmentFacts } from './environment-facts'
import { eventHeadline } from './event-headline'
import { findingViews, recommendationsOf } from './finding-views'
import { formatEventWhen } from './format'
import type { MessageKey } from '../i18n/catalog/en'
import { t } from '../i18n/t'
import type { Block, ReportSection } from './report-doc-types'
import { taskTable } from './task-table'
import { whatIfTable } from './what-if-table'
import { buildZoneChartSpec } from './zone-chart-spec'
import { zoneTable } from './zone-table'

/** `e1 · OOM kill · python (593) · 2017-02-02 04:10:01 UTC` */
export function eventTitle(a: AnalysedEvent, lang: Lang): string {
  const e = a.event
  const who = e.killed
    ? `${e.killed.comm} (${e.killed.pid})`
    : e.trigger.comm
      ? `${e.trigger.comm} (${e.trigger.pid ?? '—'})`
      : null
  const when = formatEventWhen(e, lang)
  return [e.id, t(lang, `kind.${e.kind}` as MessageKey), who, when].filter((p) => p !== null).join(' · ')
}

function zoneBlocks(a: AnalysedEvent, lang: Lang): Block[] {
  if (a.event.zones.length === 0) return []
  const zoneSpec = buildZoneChartSpec(a.event, a.model, lang)
  const buddySpec = buildBuddyChartSpec(a.event, lang)
  const blocks: Block[] = [zoneTable(zoneSpec, lang), { type: 'chart', caption: zoneSpec.title, spec: zoneSpec }]
  if (buddySpec.rows.length > 0) blocks.push({ type: 'chart', caption: buddySpec.title, spec: buddySpec })
  return blocks
}

function accountingBlocks(a: AnalysedEvent, lang: Lang): Block[] {
  return (a.model.memoryBalance?.ledgers ?? []).map((w) => {
    const spec = buildAccountingChartSpec(w, lang)
    return { type: 'chart', caption: spec.title, spec }
  })
}

/** Every section of one event, in reading order; empty ones are left out. */
export function eventSections(
  a: AnalysedEvent,
  scenarios: readonly ScenarioSettings[],
  lang: Lang,
  newPage = true,
): ReportSection[] {
  const id = a.event.id
  const source = t(lang, 'event.source', { path: a.event.path, line: a.event.line, host: a.event.host ?? '—' })
  const tasks = taskTable(a.event, a.model, lang)
  const whatIf = whatIfTable(a.event, a.model, scenarios, lang)
  const advice = recommendationsOf(a.findings, lang)
  const findings: Block[] = a.findings.length
    ? [{ type: 'findings', items: findingViews(a.findings, lang), evidenceLabel: t(lang, 'findings.evidence') }]
    : [{ type: 'paragraph', text: t(lang, 'findings.none') }]
  const sections: (ReportSection | null)[] = [
    {
      id,
      title: eventTitle(a, lang),
      level: 1,
      pageBreakBefore: newPage,
      blocks: [{ type: 'paragraph', text: source }, eventHeadline(a, lang)],
    },
    { id: `${id}-diagnosis`, title: t(lang, 'section.diagnosis'), level: 2, blocks: findings },
    // What to change comes right after why: the part a ticket reader acts on.
    advice.length
      ? {
          id: `${id}-advice`,
          title: t(lang, 'section.recommendations'),
          level: 2,
          blocks: [{ type: 'list', items: advice }],
        }
      : null,
    {
      id: `${id}-env`,
      title: t(lang, 'section.environment'),
      level: 2,
      blocks: [{ type: 'facts', items: environmentFacts(a.event, a.model, lang) }],
    },
    { id: `${id}-zones`, title: t(lang, 'section.zones'), level: 2, blocks: zoneBlocks(a, lang) },
    { id: `${id}-accounting`, title: t(lang, 'section.accounting'), level: 2, blocks: accountingBlocks(a, lang) },
    tasks ? { id: `${id}-tasks`, title: t(lang, 'section.tasks'), level: 2, blocks: [tasks] } : null,
    whatIf ? { id: `${id}-whatif`, title: t(lang, 'section.whatIf'), level: 2, blocks: [whatIf] } : null,
  ]
  return sections.filter((s): s is ReportSection => s !== null && s.blocks.length > 0)
}
