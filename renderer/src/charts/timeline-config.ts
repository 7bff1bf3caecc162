import type { ChartConfiguration, ChartDataset } from 'chart.js'
import type { TimelineSpec } from '../../../shared/report/chart-spec-types'
import { formatAxisTime } from '../../../shared/report/format'
import { formatKb } from '../../../shared/i18n/format'
import { formatTimelineTick, timeTicks } from '../../../shared/report/timeline-spec'
import { withAlpha, type ChartTheme } from './chart-theme'

export { formatTimelineTick }

/** A timeline point; `eventId` is set on event lanes so a click can open the event. */
export interface TimelineDatum {
  readonly x: number
  readonly y: number
  readonly eventId?: string
}

type TimelineConfig = ChartConfiguration<'scatter' | 'line', TimelineDatum[]>

/** Point shapes by kind, so a kind reads without its colour too. */
const KIND_SHAPES = { oom: 'circle', 'memcg-oom': 'triangle', 'alloc-failure': 'rectRot' } as const

/**
 * One row per host (its events coloured and shaped by kind), above counter lanes (kB, on their own
 * stacked axis; one line per counter and host); x is time, with ticks on round times (midnights
 * over days) recomputed as the user zooms.
 */
export function toTimelineConfig(
  spec: TimelineSpec,
  theme: ChartTheme,
  options: { readonly selectedId: string | null; readonly noHostLabel?: string },
): TimelineConfig {
  // The spec was built in the case's language; the lane of events with no host follows the UI's.
  const lanes = spec.eventLanes.map((l) =>
    l.host === null && options.noHostLabel ? { ...l, label: options.noHostLabel } : l,
  )
  const datasets: ChartDataset<'scatter' | 'line', TimelineDatum[]>[] = lanes.map((lane, y) => ({
    type: 'scatter' as const,
    label: lane.label,
    yAxisID: 'lanes',
    data: lane.points.map((p) => ({ x: p.tMs, y, eventId: p.eventId })),
    backgroundColor: lane.points.map((p) => withAlpha(p.color, 0.85)),
    borderColor: lane.points.map((p) => (p.eventId === options.selectedId ? theme.text : p.color)),
    borderWidth: lane.points.map((p) => (p.eventId === options.selectedId ? 2.5 : 1)),
    pointRadius: lane.points.map((p) => (p.eventId === options.selectedId ? 7 : 5)),
    pointStyle: lane.points.map((p) => KIND_SHAPES[p.kind]),
    pointHoverRadius: 8,
  }))
  for (const counter of spec.counterLanes) {
    datasets.push({
      type: 'line' as const,
      label: counter.label,
      yAxisID: 'kb',
      data: counter.samples.map((s) => ({ x: s.tMs, y: s.kb })),
      borderColor: counter.color,
      backgroundColor: withAlpha(counter.color, 0.1),
      borderWidth: 1.5,
      pointRadius: 2,
      tension: 0,
    })
  }
  const hasCounters = spec.counterLanes.length > 0
  // A lone point (or a burst within seconds) still gets a minute of context either side.
  const margin =
    spec.startMs !== null && spec.endMs !== null ? Math.max((spec.endMs - spec.startMs) * 0.03, 60_000) : 60_000
  const min = spec.startMs === null ? undefined : spec.startMs - margin
  const max = spec.endMs === null ? undefined : spec.endMs + margin
  return {
    type: 'scatter',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      parsing: false,
      scales: {
        x: {
          type: 'linear',
          min,
          max,
          grid: { color: theme.grid },
          // Round times (the core's rule, the same as the report's axis), for whatever range is in view.
          afterBuildTicks: (axis) => {
            axis.ticks = timeTicks(axis.min, axis.max).map((value) => ({ value }))
          },
          ticks: {
            color: theme.textMuted,
            font: { size: 10 },
            autoSkip: false,
            callback(value) {
              return formatTimelineTick(Number(value), spec.timeBase, this.max - this.min)
            },
          },
        },
        lanes: {
          type: 'linear',
          position: 'left',
          min: -0.5,
          max: Math.max(lanes.length, 1) - 0.5,
          reverse: true, // first lane on top, as the legend and the list read
          stack: 'timeline',
          stackWeight: Math.max(lanes.length, 1),
          grid: { color: theme.grid },
          // One tick per lane, whatever range Chart.js would pick for the axis.
          afterBuildTicks: (axis) => {
            axis.ticks = lanes.map((_, value) => ({ value }))
          },
          ticks: {
            color: theme.text,
            font: { size: 11 },
            callback: (value) => lanes[Number(value)]?.label ?? '',
          },
        },
        ...(hasCounters
          ? {
              kb: {
                type: 'linear' as const,
                position: 'left' as const,
                stack: 'timeline',
                stackWeight: 2,
                offset: true,
                grid: { color: theme.grid },
                ticks: {
                  color: theme.textMuted,
                  font: { size: 10 },
                  maxTicksLimit: 4,
                  callback: (v: string | number) => formatKb(Number(v)),
                },
              },
            }
          : {}),
      },
      plugins: {
        legend: {
          display: hasCounters,
          position: 'top',
          align: 'end',
          // Host rows are labelled on the axis; the legend names the counter lines only.
          labels: {
            color: theme.text,
            boxWidth: 10,
            font: { size: 11 },
            filter: (item) => (item.datasetIndex ?? 0) >= lanes.length,
          },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const d = item.raw as TimelineDatum
              if (d.eventId) {
                const lane = lanes[d.y]
                const point = lane?.points.find((p) => p.eventId === d.eventId)
                return `${point?.label ?? d.eventId} · ${formatAxisTime(d.x, spec.timeBase)}${spec.zone ? ` ${spec.zone}` : ''}`
              }
              return `${item.dataset.label ?? ''}: ${formatKb(d.y)}`
            },
          },
        },
        zoom: {
          limits: { x: { min: min ?? 'original', max: max ?? 'original' } },
          pan: { enabled: true, mode: 'x' },
          zoom: { wheel: { enabled: true }, pinch: { enabled: true }, mode: 'x' },
        },
      },
    },
  }
}
