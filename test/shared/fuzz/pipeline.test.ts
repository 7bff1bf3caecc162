// The fuzz properties of test/fuzz/properties at a small budget (≥ 1,000 cases in total), so `npm test`
// runs every one of them; `npm run fuzz` runs the same definitions at ≥ 100,000 cases. The seed is
// fixed here so a failure in CI replays; the runner picks a fresh one each time.
import { describe, expect, it } from 'vitest'
import { KNOWN_FAILURE_REPROS } from '../../fuzz/known-failure-repros'
import { KNOWN_FAILURES } from '../../fuzz/known-failures'
import { FUZZ_SPECS, casesFor } from '../../fuzz/properties'

const UNIT_CASES = 1_500
const SEED = 20261123

describe('fuzz properties', () => {
  it('cover at least 1,000 cases in total when run by the unit suite', () => {
    const total = FUZZ_SPECS.reduce((s, spec) => s + casesFor(spec, UNIT_CASES, 25), 0)
    expect(total).toBeGreaterThanOrEqual(1_000)
  })

  it('name only existing properties in the known-failures table', () => {
    const names = new Set(FUZZ_SPECS.map((s) => s.name))
    const stale = KNOWN_FAILURES.flatMap((k) => k.specs.filter((s) => !names.has(s)).map((s) => `${k.id}: ${s}`))
    expect(stale).toEqual([])
  })

  it('give every known failure a minimal repro the runner can re-check', () => {
    expect(KNOWN_FAILURES.map((k) => k.id).filter((id) => !(id in KNOWN_FAILURE_REPROS))).toEqual([])
  })

  // A repro whose bug was fixed stays as a regression check: it must keep passing.
  const open = new Set(KNOWN_FAILURES.map((k) => k.id))
  for (const [id, stillFails] of Object.entries(KNOWN_FAILURE_REPROS).filter(([id]) => !open.has(id))) {
    it(`stays fixed: ${id}`, () => {
      expect(stillFails()).toBe(false)
    })
  }

  for (const [i, spec] of FUZZ_SPECS.entries()) {
    it(`holds: ${spec.name}`, () => {
      const outcome = spec.run(casesFor(spec, UNIT_CASES, 25), SEED + i)
      expect(outcome.failed, outcome.report).toBe(false)
      expect(outcome.numRuns).toBeGreaterThanOrEqual(25)
    })
  }
})
