// A case analysis of one input with nothing in it: what a stub loadCase resolves with when a test is
// about the hosts (API backend, bridge), not about what the case holds.
import type { CaseAnalysis } from '../../shared/analysis/types'

export function emptyAnalysis(path: string, bytes = 10): CaseAnalysis {
  return {
    inputs: [{ path, kind: 'kernel-log', bytes }],
    events: [],
    snapshots: [],
    issues: [],
    caseFindings: [],
    lang: 'en',
  }
}
