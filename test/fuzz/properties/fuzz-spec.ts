// The shape every fuzz property shares, so the `npm run fuzz` runner and the unit suite run the same
// definitions and differ only in the number of cases.
import fc from 'fast-check'
import { excusedBy, noteExcused } from '../known-failures'

/** One broken invariant: which check, and what was found. */
export interface Violation {
  readonly check: string
  readonly detail: string
}

export interface FuzzOutcome {
  readonly name: string
  readonly numRuns: number
  readonly seed: number
  readonly failed: boolean
  readonly millis: number
  /** fast-check's report (counterexample, seed and path to replay) when failed. */
  readonly report: string
}

export interface FuzzSpec {
  readonly name: string
  /** Share of the total case budget, relative to the other specs. */
  readonly weight: number
  run(numRuns: number, seed: number): FuzzOutcome
}

/** Throws when a violation is not excused by the known-failures table. */
export function assertNoViolations(spec: string, violations: readonly Violation[]): void {
  const open = violations.filter((v) => {
    const known = excusedBy(spec, v)
    if (known) noteExcused(known.id)
    return !known
  })
  if (open.length > 0) throw new Error(open.map((v) => `${v.check}: ${v.detail}`).join('\n'))
}

/** Turns an exception escaping the code under test into a violation (a parser must never throw). */
export function catchThrow<T>(check: string, fn: () => T): { value: T | null; violation: Violation | null } {
  try {
    return { value: fn(), violation: null }
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message} @ ${firstFrame(error)}` : String(error)
    return { value: null, violation: { check, detail } }
  }
}

function firstFrame(error: Error): string {
  const frame = (error.stack ?? '').split('\n').find((l) => /\/(shared|electron)\//.test(l))
  return frame
    ? frame
        .trim()
        .replace(/^at /, '')
        .replace(/\(?\/.*?\/(shared|electron)\//, '$1/')
    : '?'
}

function failureReport<Ts>(details: fc.RunDetails<Ts>): string {
  const error =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '')
  const clip = (line: string): string => (line.length > 800 ? `${line.slice(0, 800)}… (${line.length} chars)` : line)
  const head = (fc.defaultReportMessage(details) ?? 'failed').split('\n').slice(0, 3).map(clip).join('\n')
  return `${head}\nviolation: ${error.slice(0, 2000)}\nreplay: seed ${details.seed}, path "${details.counterexamplePath ?? ''}"`
}

/** A spec from an arbitrary and a check that lists violations. */
export function defineFuzz<T>(
  name: string,
  weight: number,
  arbitrary: fc.Arbitrary<T>,
  check: (input: T) => readonly Violation[],
): FuzzSpec {
  return {
    name,
    weight,
    run(numRuns, seed) {
      const started = performance.now()
      const details = fc.check(
        fc.property(arbitrary, (input) => assertNoViolations(name, check(input))),
        { numRuns, seed, endOnFailure: false, maxSkipsPerRun: 10 },
      )
      return {
        name,
        numRuns: details.numRuns,
        seed,
        failed: details.failed,
        millis: performance.now() - started,
        report: details.failed ? failureReport(details) : '',
      }
    },
  }
}
