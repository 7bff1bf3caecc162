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

/** `2017-02-02 04:10:01 UTC` from an ISO string; the input unchanged when it does not parse. */
export function formatTime(iso: string | null): string {
  if (iso === null) return '—'
  const ms = Date.parse(iso)
  if (!Number.isFinite(ms)) return iso
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** Epoch ms or uptime ms as an axis label. */
export function formatAxisTime(ms: number, base: 'wall' | 'uptime'): string {
  if (base === 'uptime') return `${(ms / 1000).toFixed(1)} s`
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ')
}
