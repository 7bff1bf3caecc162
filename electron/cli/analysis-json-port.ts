// The contract serialiser. TEMPORARY: shared/contract/to-analysis-json.ts is being written in
// parallel; until it lands this minimal stand-in keeps the CLI runnable. Replaced by a re-export.
import type { CaseAnalysis } from '../../shared/analysis/types'

export function toAnalysisJson(analysis: CaseAnalysis): unknown {
  return {
    schema: 'oomlens.analysis/1',
    inputs: analysis.inputs.map((i) => ({ path: i.path, kind: i.kind, bytes: i.bytes })),
    events: analysis.events.map(({ event }) => ({
      id: event.id,
      kind: event.kind,
      source: { path: event.path, line: event.line },
      time: event.time,
      uptime: event.uptime,
      host: event.host,
    })),
    snapshots: analysis.snapshots.map((s) => ({ path: s.path, kind: s.kind, time: s.time, data: s.data })),
    warnings: analysis.issues.map((i) => ({ path: i.path, line: i.line, message: i.message })),
  }
}
