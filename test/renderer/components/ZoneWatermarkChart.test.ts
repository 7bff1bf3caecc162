import { mount } from '@vue/test-utils'
import { Chart } from 'chart.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ZoneChartSpec } from '../../../shared/report/chart-spec-types'
import { buildZoneChartSpec } from '../../../shared/report/chart-specs'
import ZoneWatermarkChart from '../../../renderer/src/components/ZoneWatermarkChart.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

describe('ZoneWatermarkChart', () => {
  let spec: ZoneChartSpec
  beforeAll(async () => {
    const d = detailOf(await sampleAnalysis([SEED_000]), SEED_000)
    spec = buildZoneChartSpec(d.event, d.model)
  })

  it('puts every zone with its printed numbers into the DOM', () => {
    const w = mount(ZoneWatermarkChart, { ...mountOptions(), props: { spec } })
    const rows = w.findAll('[data-testid="zone-row"]')
    expect(rows.map((r) => [r.attributes('data-zone'), Number(r.attributes('data-min-kb'))])).toEqual(
      spec.rows.map((r) => [r.zone, r.minKb]),
    )
  })

  it('draws a Chart.js bar per zone with the min line at the printed min', () => {
    const w = mount(ZoneWatermarkChart, { ...mountOptions(), props: { spec }, attachTo: document.body })
    const canvases = w.findAll('canvas')
    expect(canvases).toHaveLength(spec.rows.length)
    const normalIndex = spec.rows.findIndex((r) => r.zone === 'Normal')
    const chart = Chart.getChart(canvases[normalIndex]?.element as HTMLCanvasElement)
    const ann = chart?.config.options?.plugins?.zoneMarks?.marks as Record<string, { value?: number }>
    expect(ann['min']?.value).toBe(spec.rows[normalIndex]?.minKb)
    w.unmount()
  })
})
