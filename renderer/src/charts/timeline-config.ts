import type { ChartConfiguration, ChartDataset } from 'chart.js'
import type { TimelineSpec } from '../../../shared/report/chart-spec-types'
import { formatAxisTime, formatKb } from '../../../shared/report/format'
import { withAlpha, type ChartTheme } from './chart-theme'

/** A timeline point; `eventId` is set on event lanes so a click can open the event. */
export interface TimelineDatum {
  readonly x: number
  readonly y: number
  readonly eventId?: string
}

type TimelineConfig = ChartConfiguration<'scatter' | 'line', TimelineDatum[]>

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A tick label as the log's own clock reads it: wall times went through Date.parse of a zone-less
 * ISO string (local time), so local getters give the printed wall clock back. Seconds appear once the
 * visible span is short enough for them to matter.
 */
export function formatTimelineTick(ms: number, base: 'wall' | 'uptime', spanMs: number): string {
  if (base === 'uptime') return formatAxisTime(ms, base)
  const d = new Date(ms)
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  if (spanMs > 3 * 86_400_000) return day
  return spanMs > 2 * 3_600_000 ? `${day} ${hm}` : `${hm}:${pad(d.getSeconds())}`
}

/** Lanes by kind (one row each) above counter lanes (kB, on their own stacked axis); x is time. */
export function toTimelineConfig(
  spec: TimelineSpec,
  theme: ChartTheme,
  options: { readonly selectedId: string | null; readonly laneLabel: (laneId: string) => string },
): TimelineConfig {
  const lanes = spec.eventLanes
  const datasets: ChartDataset<'scatter' | 'line', TimelineDatum[]>[] = lanes.map((lane, y) => ({
    type: 'scatter' as const,
    label: options.laneLabel(lane.id),
    yAxisID: 'lanes',
    data: lane.points.map((p) => ({ x: p.tMs, y, eventId: p.eventId })),
    backgroundColor: withAlpha(lane.color, 0.85),
    borderColor: lane.points.map((p) => (p.eventId === options.selectedId ? theme.text : lane.color)),
    borderWidth: lane.points.map((p) => (p.eventId === options.selectedId ? 2.5 : 1)),
    pointRadius: lane.points.map((p) => (p.eventId === options.selectedId ? 7 : 5)),
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
  const margin = spec.startMs !== null && spec.endMs !== null ? Math.max((spec.endMs - spec.startMs) * 0.03, 60_000) : 60_000
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
          ticks: {
            color: theme.textMuted,
            font: { size: 10 },
            maxTicksLimit: 8,
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
            callback: (value) => {
              const lane = lanes[Number(value)]
              return lane ? options.laneLabel(lane.id) : ''
            },
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
                ticks: { color: theme.textMuted, font: { size: 10 }, maxTicksLimit: 4, callback: (v: string | number) => formatKb(Number(v)) },
              },
            }
          : {}),
      },
      plugins: {
        legend: { display: hasCounters, position: 'top', align: 'end', labels: { color: theme.text, boxWidth: 10, font: { size: 11 } } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const d = item.raw as TimelineDatum
              if (d.eventId) {
                const lane = lanes[d.y]
                const point = lane?.points.find((p) => p.eventId === d.eventId)
                return `${point?.label ?? d.eventId} · ${formatAxisTime(d.x, spec.timeBase)}`
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
