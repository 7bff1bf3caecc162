import type { EventSummary } from '../../../shared/api/api-types'
import type { Lang } from '../../../shared/i18n/lang'
import { formatEventWhen } from '../../../shared/report/format'

/**
 * Wall-clock time as the log wrote it (no time-zone conversion, a zone only where the log printed
 * one: syslog stamps are the host's local time), else seconds after boot (dmesg), else a dash — the
 * reports' own answer (`formatEventWhen`).
 */
export function formatEventTime(e: Pick<EventSummary, 'time' | 'uptime'>, lang: Lang): string {
  return formatEventWhen(e, lang) ?? '—'
}
