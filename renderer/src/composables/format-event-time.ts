import type { EventSummary } from '../../../shared/api/api-types'
import { formatTime } from '../../../shared/report/format'

type Translate = (key: string, values: Record<string, unknown>) => string

/**
 * Wall-clock time as the log wrote it (no time-zone conversion, a zone only where the log printed
 * one: syslog stamps are the host's local time), else seconds after boot (dmesg), else a dash.
 */
export function formatEventTime(e: Pick<EventSummary, 'time' | 'uptime'>, t: Translate): string {
  if (e.time) return formatTime(e.time)
  if (e.uptime !== null) return t('case.uptime', { s: e.uptime.toFixed(1) })
  return '—'
}
