import { mount } from '@vue/test-utils'
import { Chart, type ActiveElement, type ChartEvent } from 'chart.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TimelineSpec } from '../../../shared/report/chart-spec-types'
import TheTimeline from '../../../renderer/src/components/TheTimeline.vue'
import { fakeApi, sampleAnalysis } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'
import { en } from '../../../renderer/src/i18n/en'

describe('TheTimeline', () => {
  let spec: TimelineSpec
  beforeAll(async () => {
    spec = fakeApi(await sampleAnalysis()).summary.timeline
  })

  function mountTimeline() {
    const w = mount(TheTimeline, { ...mountOptions(), props: { spec, selectedId: null }, attachTo: document.body })
    const chart = Chart.getChart(w.find('canvas').element as HTMLCanvasElement)
    if (!chart) throw new Error('no chart')
    return { w, chart }
  }

  it('counts the dated events it draws', () => {
    const { w } = mountTimeline()
    const points = spec.eventLanes.reduce((n, l) => n + l.points.length, 0)
    expect(points).toBeGreaterThan(0)
    expect(w.attributes('data-points')).toBe(String(points))
    w.unmount()
  })

  it('asks to open the event whose point was clicked', () => {
    const { w, chart } = mountTimeline()
    const hit = [{ datasetIndex: 0, index: 0 }] as unknown as ActiveElement[]
    chart.options.onClick?.call(chart, {} as ChartEvent, hit, chart)
    expect(w.emitted('pick')?.[0]).toEqual([spec.eventLanes[0]?.points[0]?.eventId])
    w.unmount()
  })

  it('zooms in and back out when reset', async () => {
    const { w, chart } = mountTimeline()
    const zoomable = chart as unknown as { zoom(f: number): void }
    // Zoom acts on the time axis only (mode 'x'); check that axis's range rather than the plugin's
    // overall level, which also folds in the kB axis of the counter lanes.
    const range = () => (chart.scales.x?.max ?? 0) - (chart.scales.x?.min ?? 0)
    const before = range()
    zoomable.zoom(2)
    expect(range()).toBeLessThan(before)
    await w.find('button').trigger('click')
    expect(range()).toBe(before)
    w.unmount()
  })

  it('says why there is nothing to draw instead of an empty chart when no event has a time', () => {
    const empty: TimelineSpec = { ...spec, eventLanes: [], counterLanes: [], startMs: null, endMs: null, ticksMs: [] }
    const w = mount(TheTimeline, { ...mountOptions(), props: { spec: empty, selectedId: null } })
    expect(w.find('canvas').exists()).toBe(false)
    expect(w.find('[data-testid="timeline-empty"]').text()).toBe(en.case.timelineEmpty)
    w.unmount()
  })
})
