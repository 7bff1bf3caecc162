/** Number and time formatting for reports: exact kB in tables (so they match the log), short sizes in charts. */

/** `3556 kB` — exact, as the kernel printed it; `—` for unknown. */
export function formatKb(kb: number | null | undefined): string {
  if (kb === null || kb === undefined || !Number.isFinite(kb)) return '—'
  return `${Math.round(kb)} kB`
}

/** A bare integer as the kernel prints it (`3556`), for tables whose header names the unit; `—` for unknown. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—'
  return String(Math.round(value))
}

/** A signed bare integer (`+120`, `-116`) for margins in a table whose header names the unit. */
export function formatSigned(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—'
  return `${value > 0 ? '+' : ''}${Math.round(value)}`
}

/** `3.5 MiB`, `1.1 GiB`, `96 kB` — for chart labels, where width is scarce. */
export function formatSize(kb: number): string {
  const abs = Math.abs(kb)
  if (abs >= 1024 * 1024) return `${(kb / 1024 / 1024).toFixed(abs >= 10 * 1024 * 1024 ? 0 : 1)} GiB`
  if (abs >= 1024) return `${(kb / 1024).toFixed(abs >= 10 * 1024 ? 0 : 1)} MiB`
  return `${Math.round(kb)} kB`
}

/** The last component of an input path (`sos.tar.xz!/var/log/messages` → `messages`), for evidence lines. */
export function shortPath(path: string): string {
  return (
    path
      .split(/[/\\!]/)
      .filter((p) => p !== '')
      .pop() ?? path
  )
}

/** `4k`, `128k`, `2M`, `1G` — block sizes in a narrow axis header. */
export function formatBlockSize(kb: number): string {
  if (kb >= 1024 * 1024) return `${kb / 1024 / 1024}G`
  if (kb >= 1024) return `${kb / 1024}M`
  return `${kb}k`
}

/** Signed kB for margins: `+120 kB`, `-116 kB`. */
export function formatSignedKb(kb: number | null): string {
  if (kb === null || !Number.isFinite(kb)) return '—'
  return `${kb > 0 ? '+' : ''}${Math.round(kb)} kB`
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
