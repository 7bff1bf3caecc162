import { beforeAll, describe, expect, it } from 'vitest'
import type { BuddyChartSpec } from '../../../shared/report/chart-spec-types'
import { buildBuddyChartSpec } from '../../../shared/report/chart-specs'
import { toBuddyConfig } from '../../../renderer/src/charts/buddy-config'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'

describe('buddy-config', () => {
  let spec: BuddyChartSpec
  beforeAll(async () => {
    spec = buildBuddyChartSpec(detailOf(await sampleAnalysis([SEED_000]), SEED_000).event)
  })

  it('has one bar series per zone and one category per order', () => {
    const config = toBuddyConfig(spec, LIGHT_CHART_THEME, 'requested')
    expect(config.data.labels).toHaveLength(spec.maxOrder + 1)
    expect(config.data.datasets.map((d) => d.label)).toEqual(spec.rows.map((r) => r.key))
  })

  it('leaves empty orders as gaps on the log axis', () => {
    const config = toBuddyConfig(spec, LIGHT_CHART_THEME, 'requested')
    spec.rows.forEach((row, i) => {
      const data = config.data.datasets[i]?.data ?? []
      row.cells.forEach((cell) => expect(data[cell.order]).toBe(cell.count > 0 ? cell.count : null))
    })
    expect(config.options?.scales?.['y']?.type).toBe('logarithmic')
  })

  it('shades the orders that could have served the request', () => {
    const config = toBuddyConfig(spec, LIGHT_CHART_THEME, 'requested')
    const box = (config.options?.plugins?.annotation?.annotations as Record<string, { xMin?: number; xMax?: number }>)['requested']
    if (spec.requestOrder === null) expect(box).toBeUndefined()
    else expect([box?.xMin, box?.xMax]).toEqual([spec.requestOrder - 0.5, spec.maxOrder + 0.5])
  })
})
