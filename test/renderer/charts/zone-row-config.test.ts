import { beforeAll, describe, expect, it } from 'vitest'
import type { ZoneChartSpec } from '../../../shared/report/chart-spec-types'
import { buildZoneChartSpec } from '../../../shared/report/chart-specs'
import { LIGHT_CHART_THEME, withAlpha } from '../../../renderer/src/charts/chart-theme'
import { axisStep, toZoneRowConfig } from '../../../renderer/src/charts/zone-row-config'
import { detailOf, sampleAnalysis, SEED_000, SEED_004 } from '../fixtures/sample-case'

type Annotations = Record<string, { value?: number; xMin?: number; xMax?: number }>

describe('zone-row-config', () => {
  let seed000: ZoneChartSpec
  let seed004: ZoneChartSpec
  beforeAll(async () => {
    const analysis = await sampleAnalysis([SEED_000, SEED_004])
    const d0 = detailOf(analysis, SEED_000)
    const d4 = detailOf(analysis, SEED_004)
    seed000 = buildZoneChartSpec(d0.event, d0.model)
    seed004 = buildZoneChartSpec(d4.event, d4.model)
  })

  it('draws the printed watermarks as lines when the zone printed them', () => {
    const normal = seed000.rows.find((r) => r.zone === 'Normal')
    expect(normal).toBeDefined()
    if (!normal) return
    const config = toZoneRowConfig(normal, seed000.legend, LIGHT_CHART_THEME)
    const ann = config.options?.plugins?.zoneMarks?.marks as Annotations
    expect({ min: ann['min']?.value, low: ann['low']?.value, high: ann['high']?.value }).toEqual({
      min: normal.minKb,
      low: normal.lowKb,
      high: normal.highKb,
    })
    expect(config.options?.scales?.['x']?.suggestedMax).toBeGreaterThanOrEqual(normal.axisMaxKb)
  })

  it('splits free into non-CMA and CMA parts when the zone has free CMA', () => {
    const cmaRow = seed004.rows.find((r) => r.freeCmaKb > 0)
    expect(cmaRow).toBeDefined()
    if (!cmaRow) return
    const config = toZoneRowConfig(cmaRow, seed004.legend, LIGHT_CHART_THEME)
    const [free, cma] = config.data.datasets
    expect([free?.data[0], cma?.data[0]]).toEqual([cmaRow.freeKb - cmaRow.freeCmaKb, cmaRow.freeCmaKb])
    expect((free?.data[0] ?? 0) + (cma?.data[0] ?? 0)).toBe(cmaRow.freeKb)
  })

  it('shades the lowmem_reserve below the required level when the replay needed one', () => {
    const row = [...seed000.rows, ...seed004.rows].find((r) => (r.reserveKb ?? 0) > 0 && r.requiredKb !== null)
    if (!row) return // no replay demanded a reserve here; nothing to shade
    const ann = toZoneRowConfig(row, seed000.legend, LIGHT_CHART_THEME).options?.plugins?.zoneMarks
      ?.marks as Annotations
    expect([ann['reserve']?.xMin, ann['reserve']?.xMax]).toEqual([
      (row.requiredKb ?? 0) - (row.reserveKb ?? 0),
      row.requiredKb,
    ])
  })

  it('ends the axis on a round number at most a quarter above what it must show, the same for nearby values', () => {
    for (const kb of [1, 7, 96, 3_420, 4_328, 29_904, 119_640, 1_155_752, 16_777_216]) {
      const end = axisStep(kb)
      expect(end).toBeGreaterThanOrEqual(kb)
      expect(end).toBeLessThanOrEqual(kb * 1.34)
      expect(Number((end / 10 ** Math.floor(Math.log10(end))).toPrecision(3))).toSatisfy((m: number) =>
        [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8].includes(m),
      )
    }
    // A slider moving the high watermark by a few kB leaves the scale where it was.
    expect(new Set([4_100, 4_200, 4_328, 4_700, 5_000].map(axisStep))).toEqual(new Set([5_000]))
  })

  it('turns a spec colour into rgba when an alpha is given', () => {
    expect(withAlpha('#2f6fd6', 0.5)).toBe('rgba(47, 111, 214, 0.5)')
    expect(withAlpha('red', 0.5)).toBe('red')
  })
})
