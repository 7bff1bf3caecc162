/**
 * Build the report model for a case: summary, one part per selected event, and the raw report text
 * in an appendix. Pure: everything it shows comes from the CaseAnalysis and the options.
 */
import type { CaseAnalysis } from '../analysis/types'
import { appendixLines } from './appendix-lines'
import type { Lang } from '../i18n/lang'
import type { ScenarioSettings } from '../model/what-if-types'
import { caseSummarySection, caseTitle } from './case-summary-section'
import { eventSections, eventTitle } from './event-sections'
import { shortPath } from './format'
import { t } from '../i18n/t'
import { inputNotesSection } from './input-notes'
import type { ReportDoc, ReportSection } from './report-doc-types'
import { scenariosOfEvent, type EventScenario } from './what-if-table'

export interface ReportOptions {
  /** Report language; default: the analysis' language (findings come translated in it). */
  readonly lang?: Lang
  /** Shown in the title and page header; default: host, date and what happened (`caseTitle`), else the first input's file name. */
  readonly caseName?: string
  /** ISO 8601; default: now. Tests pass a fixed value. */
  readonly generatedAt?: string
  /**
   * What-if settings for the whole case (the CLI's `--set`): under each event, the part of them that
   * applies to that event (a CMA size under a cgroup OOM would mean nothing).
   */
  readonly whatIf?: readonly ScenarioSettings[]
  /** Scenarios pinned on one event each: reported under that event only. */
  readonly scenarios?: readonly EventScenario[]
  /** Event ids to include; default: all. */
  readonly eventIds?: readonly string[]
  /** Include the raw report text appendix (default true). */
  readonly appendix?: boolean
}

/** The last path component of an input (archive members keep their member name). */
export function defaultCaseName(analysis: CaseAnalysis, lang: Lang = analysis.lang): string {
  return (
    caseTitle(
      analysis.events.map((a) => a.event),
      lang,
    ) ?? shortPath(analysis.inputs[0]?.path ?? 'case')
  )
}

function appendix(analysis: CaseAnalysis, ids: ReadonlySet<string>, lang: Lang): ReportSection[] {
  const events = analysis.events.filter((a) => ids.has(a.event.id))
  if (events.length === 0) return []
  const parts: ReportSection[] = events.map((a) => ({
    id: `appendix-${a.event.id}`,
    title: eventTitle(a, lang),
    level: 2,
    blocks: [
      {
        type: 'code',
        caption: `${a.event.path}:${a.event.lines[0]?.line ?? a.event.line}`,
        lines: appendixLines(a, lang),
      },
    ],
  }))
  return [
    {
      id: 'appendix',
      title: t(lang, 'section.appendix'),
      level: 1,
      pageBreakBefore: true,
      blocks: [{ type: 'paragraph', text: t(lang, 'appendix.note') }],
    },
    ...parts,
  ]
}

/** Build the {@link ReportDoc} for `analysis`. */
export function buildReportDoc(analysis: CaseAnalysis, options: ReportOptions = {}): ReportDoc {
  const lang = options.lang ?? analysis.lang
  const wanted = options.eventIds ? new Set(options.eventIds) : null
  const events = analysis.events.filter((a) => wanted === null || wanted.has(a.event.id))
  const caseName = options.caseName ?? defaultCaseName({ ...analysis, events }, lang)
  const notes = inputNotesSection(analysis.issues, lang)
  const ids = new Set(events.map((a) => a.event.id))
  const sections: ReportSection[] = [
    caseSummarySection(analysis, events, caseName, lang),
    // The first event follows the summary on page 1: the reader sees what happened without turning a page.
    ...events.flatMap((a, i) =>
      eventSections(a, scenariosOfEvent(a.event, a.model, options.scenarios ?? [], options.whatIf ?? []), lang, i > 0),
    ),
    ...(options.appendix === false ? [] : appendix(analysis, ids, lang)),
    // Parser notes always close the report: they say what was assumed in reading the evidence.
    ...(notes ? [notes] : []),
  ]
  return {
    lang,
    title: t(lang, 'report.title', { name: caseName }),
    caseName,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    labels: {
      contents: t(lang, 'report.contents'),
      generated: t(lang, 'report.generated'),
      line: t(lang, 'report.line'),
    },
    sections,
  }
}
