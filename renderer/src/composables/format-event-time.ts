import type { EventSummary } from '../../../shared/api/api-types'

type Translate = (key: string, values: Record<string, unknown>) => string

/**
 * Wall-clock time as the log wrote it (no time-zone conversion: syslog stamps are the host's local
 * time), else seconds after boot (dmesg), else a dash.
 */
export function formatEventTime(e: Pick<EventSummary, 'time' | 'uptime'>, t: Translate): string {
  if (e.time) return e.time.replace('T', ' ').slice(0, 19)
  if (e.uptime !== null) return t('case.uptime', { s: e.uptime.toFixed(1) })
  return '—'
}
