// The one reasoned skip list of the fuzzers: bugs found in code other engineers own, each with the
// owner area, a minimal repro and what goes wrong. A violation matching an entry is excused (and
// counted, so the runner prints how often each entry still fires); everything else fails. Remove an
// entry as soon as its owner's fix lands — the runner lists entries that no longer fire.
import type { Violation } from './properties/fuzz-spec'

export interface KnownFailure {
  readonly id: string
  /** Owner area (who must fix it). */
  readonly owner: string
  /** The smallest input that shows it. */
  readonly repro: string
  /** What goes wrong. */
  readonly problem: string
  /** Which fuzz specs it may excuse (names as in properties/index.ts). */
  readonly specs: readonly string[]
  /** Which violations it excuses: the check names and a pattern over the detail. */
  readonly checks: readonly string[]
  readonly detail: RegExp
}

// Every other failure the fuzzers found has been fixed; each one's repro stays in
// known-failure-repros.ts and is checked as a regression by test/shared/fuzz/pipeline.test.ts.
export const KNOWN_FAILURES: readonly KnownFailure[] = []

const hits = new Map<string, number>()

/** The entry excusing a violation of `spec`, if any. */
export function excusedBy(spec: string, v: Violation): KnownFailure | null {
  return (
    KNOWN_FAILURES.find((k) => k.specs.includes(spec) && k.checks.includes(v.check) && k.detail.test(v.detail)) ?? null
  )
}

/** Count one excused violation. */
export function noteExcused(id: string): void {
  hits.set(id, (hits.get(id) ?? 0) + 1)
}

/** How often each known failure fired since the process started (0 = fixed, remove the entry). */
export function knownFailureHits(): ReadonlyMap<string, number> {
  return new Map(KNOWN_FAILURES.map((k) => [k.id, hits.get(k.id) ?? 0]))
}
