/**
 * CaseAnalysis → CaseSummary: what the case view needs and nothing heavy (no report lines, no task
 * tables). Main and the HTTP bridge both call this, so the two transports send the same summary.
 */
import type { AnalysedEvent, CaseAnalysis } from '../analysis/types'
import type { CaseId, CaseSummary, EventSummary } from './api-types'
import { MAX_SUMMARY_ISSUES } from './api-types'
import { buildTimelineSpec } from '../report/timeline-spec'

/** The list row of one analysed event. */
export function summarizeEvent({ event, findings }: AnalysedEvent): EventSummary {
  const victim = event.killed ?? event.selected
  const first = findings[0]
  return {
    id: event.id,
    kind: event.kind,
    time: event.time,
    timeYearInferred: event.timeYearInferred,
    uptime: event.uptime,
    host: event.host,
    kernelVersion: event.kernelVersion,
    path: event.path,
    line: event.line,
    trigger: {
      comm: event.trigger.comm,
      pid: event.trigger.pid,
      order: event.trigger.order,
      gfpMask: event.trigger.gfpMask,
    },
    victim: victim ? { pid: victim.pid, comm: victim.comm } : null,
    primaryFinding: first ? { code: first.code, severity: first.severity, title: first.title } : null,
    findingCodes: findings.map((f) => f.code),
  }
}

/** The summary `openCase` resolves with. */
export function summarizeCase(
  caseId: CaseId,
  paths: readonly string[],
  analysis: CaseAnalysis,
  origin: CaseSummary['origin'] = 'paths',
): CaseSummary {
  return {
    caseId,
    paths,
    origin,
    inputs: analysis.inputs,
    events: analysis.events.map(summarizeEvent),
    timeline: buildTimelineSpec(
      analysis.events.map((a) => a.event),
      analysis.snapshots,
      analysis.lang,
    ),
    caseFindings: analysis.caseFindings,
    issues: analysis.issues.slice(0, MAX_SUMMARY_ISSUES),
    issueCount: analysis.issues.length,
    snapshotCount: analysis.snapshots.length,
    lang: analysis.lang,
  }
}
