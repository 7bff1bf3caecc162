import { beforeAll, describe, expect, it } from 'vitest'
import type { BuddyChartSpec } from '../../../shared/report/chart-spec-types'
import { buildBuddyChartSpec } from '../../../shared/report/chart-specs'
import { toBuddyConfig } from '../../../renderer/src/charts/buddy-config'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { detailOf, sampleAnalysis, SEED_000, SEED_001 } from '../fixtures/sample-case'

describe('buddy-config', () => {
  let spec: BuddyChartSpec
  let order10: BuddyChartSpec
  beforeAll(async () => {
    const analysis = await sampleAnalysis([SEED_000, SEED_001])
    spec = buildBuddyChartSpec(detailOf(analysis, SEED_000).event)
    order10 = buildBuddyChartSpec(detailOf(analysis, SEED_001).event)
  })

  it('has one bar series per zone and one category per order', () => {
    const config = toBuddyConfig(spec, LIGHT_CHART_THEME)
    expect(config.data.labels).toHaveLength(spec.maxOrder + 1)
    expect(config.data.datasets.map((d) => d.label)).toEqual(spec.rows.map((r) => r.key))
  })

  it('leaves empty orders as gaps on the log axis', () => {
    const config = toBuddyConfig(spec, LIGHT_CHART_THEME)
    spec.rows.forEach((row, i) => {
      const data = config.data.datasets[i]?.data ?? []
      row.cells.forEach((cell) => expect(data[cell.order]).toBe(cell.count > 0 ? cell.count : null))
    })
    expect(config.options?.scales?.['y']?.type).toBe('logarithmic')
  })

  const box = (s: BuddyChartSpec) =>
    (
      toBuddyConfig(s, LIGHT_CHART_THEME).options?.plugins?.annotation?.annotations as Record<
        string,
        { xMin?: number; xMax?: number }
      >
    )['requested']

  it('shades the orders that could have served a higher-order request', () => {
    expect(order10.requestOrder).toBe(10)
    expect([box(order10)?.xMin, box(order10)?.xMax]).toEqual([9.5, order10.maxOrder + 0.5])
  })

  it('shades nothing for an order-0 request, which any block serves', () => {
    expect(spec.requestOrder).toBe(0)
    expect(box(spec)).toBeUndefined()
  })
})
