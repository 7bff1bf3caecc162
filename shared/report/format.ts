/** Times and paths for reports and the workbench; every number is formatted by `../i18n/format`. */
import type { Lang } from '../i18n/lang'
import { t } from '../i18n/t'

/** The last component of an input path (`sos.tar.xz!/var/log/messages` → `messages`), for evidence lines. */
export function shortPath(path: string): string {
  return (
    path
      .split(/[/\\!]/)
      .filter((p) => p !== '')
      .pop() ?? path
  )
}

const ISO_RE = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/

/** True when an ISO time printed its zone (`Z`, `+01:00`); a syslog stamp is local time and prints none. */
export function isoHasZone(iso: string): boolean {
  return ISO_RE.exec(iso)?.[4] !== undefined
}

/**
 * A time as the log printed it: `2017-02-02 04:10:01`, with the zone only when the log printed one
 * (`2017-02-02 04:10:01 UTC`, `… +01:00`). A syslog stamp is the host's local time in a zone the
 * log does not say, so it is never labelled UTC. The input unchanged when it is not ISO 8601.
 */
export function formatTime(iso: string | null): string {
  if (iso === null) return '—'
  const m = ISO_RE.exec(iso)
  if (!m) return iso
  const zone = m[4] === undefined ? '' : m[4] === 'Z' || m[4] === '+00:00' ? ' UTC' : ` ${m[4]}`
  return `${m[1]} ${m[2]}${zone}`
}

/**
 * When an event happened, one answer for the workbench and every report: its wall time as the log
 * printed it (`formatTime`), else the seconds after boot of a dmesg stamp, else null.
 */
export function formatEventWhen(
  e: { readonly time: string | null; readonly uptime: number | null },
  lang: Lang,
): string | null {
  if (e.time) return formatTime(e.time)
  return e.uptime === null ? null : t(lang, 'time.uptime', { s: e.uptime })
}

/**
 * Milliseconds for placing a wall time on an axis: the instant when the time printed its zone,
 * else the wall clock as printed read as if it were UTC (so the axis shows the log's own clock,
 * midnights where the log's midnights are, whatever zone the viewer is in). NaN when not ISO.
 */
export function wallClockMs(iso: string): number {
  return Date.parse(isoHasZone(iso) ? iso : `${iso}Z`)
}

/** Epoch ms or uptime ms as an axis label. */
export function formatAxisTime(ms: number, base: 'wall' | 'uptime'): string {
  if (base === 'uptime') return `${(ms / 1000).toFixed(1)} s`
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
}
