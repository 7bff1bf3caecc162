import type { Chart, ChartConfiguration } from 'chart.js'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { ZoneChartRow, ZoneChartSpec } from '../../../shared/report/chart-spec-types'
import { buildZoneChartSpec } from '../../../shared/report/chart-specs'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { redrawMarksOnly, zoneMarksPlugin } from '../../../renderer/src/charts/zone-marks-plugin'
import { toZoneRowConfig } from '../../../renderer/src/charts/zone-row-config'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'

type Call = [string, ...unknown[]]

/** The plugin's drawing on a recording canvas context, the x scale mapping kB to pixels linearly. */
function drawn(row: ZoneChartRow, legend: ZoneChartSpec['legend'], pxPerKb: number): Call[] {
  const calls: Call[] = []
  const ctx = new Proxy({} as Record<string, unknown>, {
    get:
      (_t, name: string) =>
      (...args: unknown[]) =>
        void calls.push([name, ...args]),
    set: (_t, name: string, value) => (calls.push([`=${name}`, value]), true),
  })
  const config = toZoneRowConfig(row, legend, LIGHT_CHART_THEME)
  const chart = {
    ctx,
    chartArea: { left: 0, right: 1000, top: 5, bottom: 39 },
    scales: { x: { getPixelForValue: (kb: number) => kb * pxPerKb } },
    config,
  } as unknown as Chart<'bar'>
  zoneMarksPlugin.afterDatasetsDraw?.(chart, {}, {}, false)
  return calls
}

/** x of every vertical line the plugin stroked from the top to the bottom of the plot. */
function verticalLines(calls: Call[]): number[] {
  const xs: number[] = []
  calls.forEach((c, i) => {
    const next = calls[i + 1]
    if (c[0] === 'moveTo' && next?.[0] === 'lineTo' && c[1] === next[1] && c[2] === 5 && next[2] === 39)
      xs.push(c[1] as number)
  })
  return xs
}

describe('zone-marks-plugin', () => {
  let spec: ZoneChartSpec
  beforeAll(async () => {
    const d = detailOf(await sampleAnalysis([SEED_000]), SEED_000)
    spec = buildZoneChartSpec(d.event, d.model)
  })

  it('strokes min, low and high where the x scale puts their kB, inside the plot only', () => {
    const row = spec.rows.find((r) => r.minKb !== null && r.lowKb !== null && r.highKb !== null)
    expect(row).toBeDefined()
    if (!row) return
    const pxPerKb = 900 / row.axisMaxKb
    const calls = drawn(row, spec.legend, pxPerKb)
    const px = (kb: number) => Math.round(kb * pxPerKb)
    const lines = verticalLines(calls).map((x) => Math.floor(x))
    for (const kb of [row.minKb, row.lowKb, row.highKb]) expect(lines).toContain(px(kb ?? 0))
    // Clipped to the chart area before anything is drawn, restored after.
    const clipAt = calls.findIndex((c) => c[0] === 'clip')
    const firstStroke = calls.findIndex((c) => c[0] === 'stroke')
    expect(clipAt).toBeGreaterThan(-1)
    expect(clipAt).toBeLessThan(firstStroke)
    expect(calls.filter((c) => c[0] === 'save').length).toBe(calls.filter((c) => c[0] === 'restore').length)
  })

  it('draws nothing on a chart without marks', () => {
    const row = spec.rows[0]
    if (!row) return
    const calls: Call[] = []
    const chart = {
      config: { options: { plugins: {} } },
      ctx: { save: () => calls.push(['save']) },
    } as unknown as Chart<'bar'>
    zoneMarksPlugin.afterDatasetsDraw?.(chart, {}, {}, false)
    expect(calls).toEqual([])
  })

  it('redraws a row whose move changed only its marks, and leaves any other change to a full update', () => {
    const row = spec.rows.find((r) => r.minKb !== null && r.lowKb !== null && r.highKb !== null)
    if (!row) return
    const render = vi.fn()
    const chart = { config: { options: { plugins: {} } }, render } as unknown as Chart
    const config = (r: ZoneChartRow) =>
      toZoneRowConfig(r, spec.legend, LIGHT_CHART_THEME) as unknown as ChartConfiguration
    expect(redrawMarksOnly(chart, config(row))).toBe(false) // first: the caller lays it out
    const moved = config({ ...row, minKb: (row.minKb ?? 0) + 1, lowKb: (row.lowKb ?? 0) + 1 })
    expect(redrawMarksOnly(chart, moved)).toBe(true)
    expect(render).toHaveBeenCalledTimes(1)
    expect(chart.config.options?.plugins?.zoneMarks).toBe(moved.options?.plugins?.zoneMarks)
    // A new free size or a new scale is a layout change: a full update, not a redraw.
    expect(redrawMarksOnly(chart, config({ ...row, freeKb: row.freeKb + 4 }))).toBe(false)
    expect(redrawMarksOnly(chart, config({ ...row, freeKb: row.freeKb + 4, axisMaxKb: row.axisMaxKb * 2 }))).toBe(false)
    expect(render).toHaveBeenCalledTimes(1)
    // A chart without zone marks (buddy, accounting, timeline) is never redrawn this way.
    const plain = { type: 'bar', data: { datasets: [] }, options: {} } as unknown as ChartConfiguration
    expect([redrawMarksOnly(chart, plain), redrawMarksOnly(chart, plain)]).toEqual([false, false])
  })
})
