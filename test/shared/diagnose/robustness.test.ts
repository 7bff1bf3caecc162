import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../shared/diagnose/index'
import type { MemEvent, Zone } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import { corpusPath, eventsOf, seedPath } from './real-events'

const REAL: MemEvent[] = [
  ...['000', '001', '002', '003', '004'].map(seedPath),
  ...['005', '010', '020', '022', '032', '033', '043'].map(corpusPath),
].flatMap(eventsOf)

/** A real event with parts lost the way damaged or cut logs lose them. */
const damaged = fc
  .record({
    index: fc.nat({ max: REAL.length - 1 }),
    dropManaged: fc.boolean(),
    dropBuddy: fc.boolean(),
    dropCounters: fc.boolean(),
    dropNodes: fc.boolean(),
    dropLowmemReserve: fc.boolean(),
    zeroFree: fc.boolean(),
    keepLines: fc.nat({ max: 400 }),
  })
  .map((d): MemEvent => {
    const e = REAL[d.index]!
    const zones = e.zones.map((z): Zone => ({
      ...z,
      managedKb: d.dropManaged ? null : z.managedKb,
      buddy: d.dropBuddy ? null : z.buddy,
      lowmemReserve: d.dropLowmemReserve ? null : z.lowmemReserve,
      freeKb: d.zeroFree ? 0 : z.freeKb,
    }))
    return {
      ...e,
      zones,
      counters: d.dropCounters ? {} : e.counters,
      nodes: d.dropNodes ? [] : e.nodes,
      lines: e.lines.slice(0, Math.max(1, d.keepLines)),
    }
  })

describe('diagnose (damaged input)', () => {
  it('never throws and cites only lines the event holds when parts of a real report are missing', () => {
    fc.assert(
      fc.property(damaged, (event) => {
        const findings = diagnoseEvent(event, analyzeModel(event), 'en')
        const texts = new Set(event.lines.map((l) => `${l.line}\u0000${l.text}`))
        for (const f of findings) {
          expect(f.evidence.length).toBeGreaterThan(0)
          for (const ev of f.evidence) expect(texts.has(`${ev.line}\u0000${ev.text}`)).toBe(true)
          expect(f.detail).not.toMatch(/NaN|undefined|Infinity/)
          // every placeholder filled
          for (const text of [f.title, f.detail, ...(f.recommendations ?? [])])
            expect(text).not.toMatch(/\{\w+(:\w+)?\}/)
        }
      }),
      { numRuns: 300, seed: 4 },
    )
  })
})
