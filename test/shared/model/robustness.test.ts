import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { MemEvent, Zone } from '../../../shared/event/types'
import { analyzeModel, runWhatIf } from '../../../shared/model/index'
import { seedEvent } from './seed-events'

const SEEDS = ['000', '001', '002', '003', '004'].map(seedEvent)

/** Knock out parts of a zone line the way cut or partial reports do. */
function damageZone(z: Zone, mask: number): Zone {
  return {
    ...z,
    managedKb: mask & 1 ? null : z.managedKb,
    presentKb: mask & 2 ? null : z.presentKb,
    minKb: mask & 4 ? null : z.minKb,
    lowmemReserve: mask & 8 ? null : mask & 16 ? [1] : z.lowmemReserve,
    buddy: mask & 32 ? null : z.buddy,
    freeCmaKb: mask & 64 ? null : z.freeCmaKb,
  }
}

describe('robustness', () => {
  it('never throws and keeps margins finite when report parts are missing or odd', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 0, maxLength: 4 }),
        fc.record({
          noVersion: fc.boolean(),
          noMask: fc.boolean(),
          order: fc.integer({ min: -1, max: 12 }),
          pageSizeKb: fc.constantFrom(0, 4, 16, 64),
        }),
        fc.record({
          min_free_kbytes: fc.option(fc.integer({ min: 0, max: 1 << 20 }), { nil: undefined }),
          watermark_scale_factor: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
          cma_kb: fc.option(fc.integer({ min: 0, max: 1 << 22 }), { nil: undefined }),
          swap_kb: fc.option(fc.integer({ min: 0, max: 1 << 24 }), { nil: undefined }),
        }),
        (i, masks, odd, settings) => {
          const base = SEEDS[i] as MemEvent
          const event: MemEvent = {
            ...base,
            kernelVersion: odd.noVersion ? null : base.kernelVersion,
            taskLine: odd.noVersion ? null : base.taskLine,
            pageSizeKb: odd.pageSizeKb,
            trigger: { ...base.trigger, order: odd.order, gfpMask: odd.noMask ? null : base.trigger.gfpMask },
            zones: base.zones.map((z, k) => damageZone(z, masks[k] ?? 0)),
          }
          const model = analyzeModel(event)
          const what = runWhatIf(event, model, settings)
          for (const z of [...(model.allocation?.zones ?? []), ...(what.replay?.zones ?? [])]) {
            expect(Number.isFinite(z.marginKb)).toBe(true)
          }
          expect(JSON.parse(JSON.stringify(model))).toBeTruthy()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('keeps every margin finite and flags the order when a corrupted header prints order=1022 (seed 001, fuzz-found)', () => {
    const base = seedEvent('001')
    const event: MemEvent = { ...base, trigger: { ...base.trigger, order: 1022 } }
    const model = analyzeModel(event)
    const margins = [
      ...(model.zoneVerdicts ?? []).flatMap((v) => [v.marginKb, v.usableFreeKb, ...v.stages.map((st) => st.marginKb)]),
      ...(model.allocation?.zones ?? []).map((z) => z.marginKb),
    ]
    expect(margins.length).toBeGreaterThan(0)
    expect(margins.every(Number.isFinite)).toBe(true)
    expect(model.anomalies?.map((a) => a.code)).toContain('absurd-order')
    // The checks ran at the largest order any build has: the same verdicts as order 17 printed.
    const at17 = analyzeModel({ ...base, trigger: { ...base.trigger, order: 17 } })
    expect(model.zoneVerdicts?.map((v) => v.marginKb)).toEqual(at17.zoneVerdicts?.map((v) => v.marginKb))
    expect(at17.anomalies?.map((a) => a.code)).not.toContain('absurd-order')
  })
})
