import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseSummary } from '../../../shared/api/api-types'
import { LIGHT_CHART_THEME } from '../../../renderer/src/charts/chart-theme'
import { toTimelineConfig, type TimelineDatum } from '../../../renderer/src/charts/timeline-config'
import { fakeApi, sampleAnalysis } from '../fixtures/sample-case'

describe('timeline-config', () => {
  let summary: CaseSummary
  beforeAll(async () => {
    summary = fakeApi(await sampleAnalysis()).summary
  })

  it("puts every dated event on its host's lane, shaped by its kind", () => {
    const spec = summary.timeline
    const config = toTimelineConfig(spec, LIGHT_CHART_THEME, { selectedId: null })
    const points = config.data.datasets.flatMap((d) => d.data as TimelineDatum[]).filter((p) => p.eventId)
    const onAxis = spec.eventLanes.reduce((n, l) => n + l.points.length, 0)
    expect(points).toHaveLength(onAxis)
    expect(onAxis).toBeGreaterThan(0)
    for (const p of points) {
      const event = summary.events.find((e) => e.id === p.eventId)
      expect(spec.eventLanes[p.y]?.host).toBe(event?.host)
    }
    const hosts = new Set(summary.events.filter((e) => e.time).map((e) => e.host))
    expect(spec.eventLanes.map((l) => l.host).sort()).toEqual([...hosts].sort())
    const styles = config.data.datasets.flatMap((d, y) =>
      y < spec.eventLanes.length
        ? (d.pointStyle as readonly string[]).map((s, i) => [spec.eventLanes[y]!.points[i]!.kind, s])
        : [],
    )
    expect(new Set(styles.map(([kind, style]) => `${kind}:${style}`)).size).toBe(new Set(styles.map(([k]) => k)).size)
  })

  it('marks the selected event with a larger point', () => {
    const spec = summary.timeline
    const first = spec.eventLanes[0]?.points[0]
    if (!first) return
    const config = toTimelineConfig(spec, LIGHT_CHART_THEME, { selectedId: first.eventId })
    const radii = config.data.datasets[0]?.pointRadius as number[]
    expect(radii[0]).toBeGreaterThan(radii[1] ?? 5)
  })

  it('zooms and pans along time only', () => {
    const spec = summary.timeline
    const zoom = toTimelineConfig(spec, LIGHT_CHART_THEME, { selectedId: null }).options?.plugins?.zoom
    expect([zoom?.zoom?.mode, zoom?.pan?.mode]).toEqual(['x', 'x'])
  })

  it("labels the lane of events with no host in the UI's language", () => {
    const spec = summary.timeline
    const unnamed = spec.eventLanes.findIndex((l) => l.host === null)
    expect(unnamed).toBeGreaterThanOrEqual(0)
    const config = toTimelineConfig(spec, LIGHT_CHART_THEME, { selectedId: null, noHostLabel: '未註明主機' })
    expect(config.data.datasets[unnamed]?.label).toBe('未註明主機')
    const named = spec.eventLanes.findIndex((l) => l.host !== null)
    expect(config.data.datasets[named]?.label).toBe(spec.eventLanes[named]?.host)
  })
})
