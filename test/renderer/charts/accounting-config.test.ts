import { beforeAll, describe, expect, it } from 'vitest'
import { memoryBalance } from '../../../shared/model/memory-balance'
import type { AccountingChartSpec } from '../../../shared/report/chart-spec-types'
import { buildAccountingChartSpec } from '../../../shared/report/chart-specs'
import { stepRange, toAccountingConfig } from '../../../renderer/src/charts/accounting-config'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'

describe('accounting-config', () => {
  let spec: AccountingChartSpec
  beforeAll(async () => {
    const event = detailOf(await sampleAnalysis([SEED_000]), SEED_000).event
    const first = memoryBalance(event).ledgers[0]
    if (!first) throw new Error('seed 000 has no accounting waterfall')
    spec = buildAccountingChartSpec(first)
  })

  it('hangs each part from the running total and ends at the unexplained rest', () => {
    const config = toAccountingConfig(spec, LIGHT_CHART_THEME)
    const ranges = config.data.datasets[0]?.data ?? []
    spec.steps.forEach((step, i) => {
      const [from, to] = ranges[i] ?? [NaN, NaN]
      expect(to - from).toBe(Math.abs(step.kb))
    })
    expect(config.data.labels).toEqual(spec.steps.map((s) => s.label))
  })

  it('makes the parts of the waterfall meet end to end', () => {
    const parts = spec.steps.filter((s) => s.role === 'part').map(stepRange)
    for (let i = 1; i < parts.length; i++) expect(parts[i]?.[1]).toBe(parts[i - 1]?.[0])
  })

  it('draws a negative rest below zero when counters overlap', () => {
    expect(stepRange({ id: 'rest', label: 'rest', kb: -120, role: 'rest', startKb: 0, color: '#9e9e9e' })).toEqual([
      -120, 0,
    ])
  })
})
