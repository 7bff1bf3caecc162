/**
 * Metamorphic tests of the diagnosis over every real report we have (five seeds, public, public-2):
 * - the same report on a machine k times the size finds the same causes, with every amount read from
 *   the report scaled by k (the rules' thresholds are shares of managed memory);
 * - the same report cut before its Mem-Info keeps what its header proves — a memcg OOM, a manual
 *   trigger, a costly order, a request that could not reclaim, a panic — and never ends with nothing.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagnoseEvent } from '../../../shared/diagnose/index'
import type { Finding, FindingCode } from '../../../shared/diagnose/types'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'
import { parseText } from '../../../shared/parse/index'
import { corpusEntries, eventsOf, SEEDS_DIR } from './real-events'
import { dropMemInfo, scaleEvent } from './transform-events'

const PATHS = [...readdirSync(SEEDS_DIR).map((f) => join(SEEDS_DIR, f)), ...corpusEntries().map((e) => e.path)]

const diagnose = (event: MemEvent): Finding[] => diagnoseEvent(event, analyzeModel(event), 'en')
const codesOf = (findings: readonly Finding[]): FindingCode[] => findings.map((f) => f.code).sort()

describe('diagnose (metamorphic)', () => {
  // min_free_kbytes comes from formulas that are not linear in memory (the √ default, THP's fixed
  // pageblocks and its 5 % cap): a machine ×k with every watermark ×k is no longer one those formulas
  // made, so whether its reserve reads as a raised one is the model's call, not a transform invariant.
  const linear = (codes: readonly FindingCode[]) => codes.filter((c) => c !== 'high-min-watermark')
  // ×16 is not here on purpose: a 12 MB board at ×16 crosses the absolute floors (a booted kernel's own
  // slab and tmpfs are several MiB on any machine), so its slab and shmem become findings, as they should.
  for (const k of [2, 3]) {
    it(`finds the same causes, with every amount read from the report ×${k}, when the machine is ${k} times the size`, () => {
      let facts = 0
      for (const path of PATHS) {
        for (const event of eventsOf(path)) {
          const before = diagnose(event)
          const after = diagnose(scaleEvent(event, k))
          expect(linear(codesOf(after)), `${path} ${event.id}`).toEqual(linear(codesOf(before)))
          for (const f of before) {
            const scaled = after.find((x) => x.code === f.code)
            for (const fact of f.facts ?? []) {
              // Amounts read from the report scale; the page size and model-computed values (integer
              // rounding, the √ law of the boot default) are the model's to test.
              if (fact.unit !== 'kB' || fact.from === 'model' || fact.name === 'page size') continue
              expect(scaled?.facts?.find((x) => x.name === fact.name)?.value, `${path} ${f.code} ${fact.name}`).toBe(
                fact.value * k,
              )
              facts++
            }
          }
        }
      }
      expect(facts).toBeGreaterThan(150)
    })
  }

  it('keeps what the header proves and never ends with nothing when every report loses its Mem-Info', () => {
    /** Codes a report without its Mem-Info can still prove: header, memcg lines, stack, panic. */
    const headerProvable: readonly FindingCode[] = [
      'memcg-limit',
      'shmem-tmpfs',
      'manual-trigger',
      'fragmentation',
      'atomic-no-reclaim',
      'constraint-cpuset-mempolicy',
      'panic-on-oom',
      'no-killable-task',
      'outcome-unexplained',
    ]
    let cut = 0
    for (const path of PATHS) {
      const text = readFileSync(path, 'utf8')
      const shorter = dropMemInfo(text)
      if (shorter === text) continue
      const before = parseText(path, text).events
      const after = parseText(path, shorter).events
      // A collapsed one-line paste holds header and Mem-Info on one line: nothing is left to compare.
      if (after.length !== before.length) continue
      after.forEach((event, i) => {
        const original = before[i]!
        const found = codesOf(diagnose(event))
        const label = `${path} ${event.id} [${found.join(',')}]`
        // A document that quotes zone lines in its prose (seed 001) still has some: not a cut report.
        if (event.zones.length > 0) return
        expect(found.length, label).toBeGreaterThan(0)
        for (const code of found) expect(headerProvable, label).toContain(code)
        // What the header alone proves survives the cut.
        const kept = codesOf(diagnose(original)).filter((c) =>
          ['manual-trigger', 'memcg-limit', 'panic-on-oom'].includes(c),
        )
        for (const code of kept) expect(found, label).toContain(code)
        const model = analyzeModel(event).request
        if (event.kind === 'alloc-failure' && model?.costly) expect(found, label).toContain('fragmentation')
        if (event.kind === 'alloc-failure' && model?.canReclaim === false)
          expect(found, label).toContain('atomic-no-reclaim')
        cut++
      })
    }
    expect(cut).toBeGreaterThan(25)
  })
})
