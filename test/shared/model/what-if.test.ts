import { describe, expect, it } from 'vitest'
import { analyzeModel, runWhatIf } from '../../../shared/model/index'
import { seedEvent } from './seed-events'

describe('what-if', () => {
  it('flips seed 004 to success when CMA is reduced to 0', () => {
    const ev = seedEvent('004')
    const model = analyzeModel(ev)
    expect(runWhatIf(ev, model, {}).allocation.succeeds).toBe(false)
    const r = runWhatIf(ev, model, { cma_kb: 0 })
    expect(r.allocation).toMatchObject({ succeeds: true, zone: 'DMA32' })
    expect(r.allocation.marginKb).toBe(613120 - 91584)
  })

  it('needs seed 004 CMA cut below about 510 MB before the request fits (free CMA shrinks pro rata)', () => {
    const ev = seedEvent('004')
    const model = analyzeModel(ev)
    // 510 MiB of 512: free CMA 8184 → 8152 pages, free − free_cma = 91392 kB < min 91584 kB.
    expect(runWhatIf(ev, model, { cma_kb: 510 * 1024 }).allocation.succeeds).toBe(false)
    expect(runWhatIf(ev, model, { cma_kb: 500 * 1024 }).allocation.succeeds).toBe(true)
    expect(runWhatIf(ev, model, { cma_kb: 1024 * 1024 }).allocation.succeeds).toBe(false)
  })

  it('reproduces the printed watermarks with no settings and rescales them for a new min_free_kbytes', () => {
    const ev = seedEvent('000')
    const model = analyzeModel(ev)
    const same = runWhatIf(ev, model, {})
    expect(same.zones.map((z) => z.minKb)).toEqual([64, 3672, 512])
    const doubled = runWhatIf(ev, model, { min_free_kbytes: 7486 })
    const normal = doubled.zones.find((z) => z.zone === 'Normal')
    expect(normal?.minKb).toBeGreaterThan(7300)
    expect(doubled.zones.find((z) => z.zone === 'HighMem')?.minKb).toBe(512)
    // Lowering min_free_kbytes far enough lets Normal serve the GFP_KERNEL request.
    expect(runWhatIf(ev, model, { min_free_kbytes: 1024 }).allocation).toMatchObject({ succeeds: true, zone: 'Normal' })
  })

  it('widens the low/high gap with watermark_scale_factor on 4.6+ kernels', () => {
    const ev = seedEvent('003')
    const r = runWhatIf(ev, analyzeModel(ev), { watermark_scale_factor: 200 })
    const dma32 = r.zones.find((z) => z.zone === 'DMA32')
    expect((dma32?.lowKb ?? 0) - (dma32?.minKb ?? 0)).toBe(Math.floor((508096 * 200) / 10000) * 4)
  })

  it('moves the victim when the chosen task is made unkillable, and lowers scores when swap is added', () => {
    const ev = seedEvent('002')
    const model = analyzeModel(ev)
    const other = runWhatIf(ev, model, { oom_score_adj: { 1439: -1000 } })
    expect(other.victim?.pid).not.toBe(1439)
    expect(other.victim?.pid).toBe(716)
    const swapped = runWhatIf(ev, model, { swap_kb: 1024 * 1024 })
    expect(swapped.victim).toMatchObject({ pid: 1439, totalPages: 255090 + 262144 })
    expect(swapped.victim?.score).toBeLessThan(368)
  })

  it("lets seed 001's order-10 GFP_ATOMIC request use the former CMA blocks once CMA is gone", () => {
    const ev = seedEvent('001')
    const model = analyzeModel(ev)
    const normal = model.allocation?.zones.find((z) => z.zone === 'Normal')
    expect(normal).toMatchObject({ pass: false, decidingTerm: 'order' })
    expect(runWhatIf(ev, model, { cma_kb: 0 }).allocation).toMatchObject({ succeeds: true, zone: 'Normal' })
    expect(runWhatIf(ev, model, { cma_kb: 100 * 1024 }).allocation.succeeds).toBe(false)
  })
})
