/**
 * CaseAnalysis → CaseSummary: what the case view needs and nothing heavy (no report lines, no task
 * tables). Main and the HTTP bridge both call this, so the two transports send the same summary.
 */
import { machineStates, type MachineState } from '../analysis/machine-states'
import type { AnalysedEvent, CaseAnalysis } from '../analysis/types'
import type { CaseId, CaseSummary, EventSummary, MachineStateDetail, MachineStateSummary } from './api-types'
import { MAX_SUMMARY_ISSUES } from './api-types'
import { buildTimelineSpec } from '../report/timeline-spec'
import { eventVictim } from '../event/victim'

/** The list row of one analysed event. */
export function summarizeEvent({ event, findings }: AnalysedEvent): EventSummary {
  const victim = eventVictim(event)
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
    victim,
    primaryFinding: first
      ? {
          code: first.code,
          severity: first.severity,
          title: first.title,
          titleKey: first.titleKey,
          params: first.params,
        }
      : null,
    findingCodes: findings.map((f) => f.code),
  }
}

function summarizeState(state: MachineState): MachineStateSummary {
  return { id: state.id, root: state.root, time: state.time, timeFrom: state.timeFrom, kinds: state.kinds }
}

/**
 * One machine state in full, or null for an unknown id. Raw lines stay behind (the view reads
 * values; `readLines` serves text); the kernel is the case's events' one when they agree.
 */
export function machineStateDetail(analysis: CaseAnalysis, stateId: string): MachineStateDetail | null {
  const state = machineStates(analysis.snapshots).find((s) => s.id === stateId)
  if (!state) return null
  const kernels = [...new Set(analysis.events.map((a) => a.event.kernelVersion))]
  return {
    ...summarizeState(state),
    snapshots: state.snapshots.map((s) => ({ ...s, lines: [] })),
    kernelVersion: kernels.length === 1 ? (kernels[0] ?? null) : null,
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
    machineStates: machineStates(analysis.snapshots).map(summarizeState),
    lang: analysis.lang,
  }
}
