/**
 * Every number OOMLens shows, formatted once (messages, report tables, charts, the workbench), without
 * Intl so the output is the same in every runtime the core runs in: thousands grouped with commas, a
 * fixed number of decimals, `—` where a value is unknown. kB stay exact (the kernel's own unit);
 * the readable MiB/GiB size is added in prose, or given alone where width is scarce (chart axes).
 */

/** A number to format, or nothing known (`—`). */
type MaybeNumber = number | null | undefined

const known = (value: MaybeNumber): value is number => value !== null && value !== undefined && Number.isFinite(value)

/** `1155752` → `1,155,752`; `811.63` with 1 decimal → `811.6`; `—` when unknown. Negative numbers keep their sign. */
export function formatNumber(value: MaybeNumber, decimals = 0): string {
  if (!known(value)) return '—'
  const fixed = Math.abs(value).toFixed(decimals)
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : ''
  const [intPart = '0', fracPart] = fixed.split('.')
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return sign + (fracPart === undefined ? grouped : `${grouped}.${fracPart}`)
}

/** A signed whole number (`+120`, `-116`, `0`) for margins in a table whose header names the unit. */
export function formatSigned(value: MaybeNumber): string {
  if (!known(value)) return '—'
  return `${value > 0 && Math.round(value) !== 0 ? '+' : ''}${formatNumber(value)}`
}

/** `3,556 kB` — exact, as the kernel counts it; `—` when unknown. */
export function formatKb(kb: MaybeNumber): string {
  return known(kb) ? `${formatNumber(kb)} kB` : '—'
}

/** Signed kB for margins: `+120 kB`, `-116 kB`. */
export function formatSignedKb(kb: MaybeNumber): string {
  return known(kb) ? `${formatSigned(kb)} kB` : '—'
}

/** A kB amount as MiB with one decimal (`831100` → `811.6`). */
export function formatMib(kb: number): string {
  return formatNumber(kb / 1024, 1)
}

/**
 * A kB amount the way an engineer reads it in a sentence: `831,100 kB (811.6 MiB)`; below 1 MiB only
 * the kB; from 1 GiB on, GiB with two decimals in the parentheses.
 */
export function formatKbWithSize(kb: MaybeNumber): string {
  if (!known(kb)) return '—'
  const abs = Math.abs(kb)
  if (abs < 1024) return formatKb(kb)
  if (abs < 1024 * 1024) return `${formatKb(kb)} (${formatMib(kb)} MiB)`
  return `${formatKb(kb)} (${formatNumber(kb / 1024 / 1024, 2)} GiB)`
}

/** `3.5 MiB`, `1.1 GiB`, `96 kB` — the size alone, for chart labels where width is scarce. */
export function formatSize(kb: number): string {
  const abs = Math.abs(kb)
  if (abs >= 1024 * 1024) return `${formatNumber(kb / 1024 / 1024, abs >= 10 * 1024 * 1024 ? 0 : 1)} GiB`
  if (abs >= 1024) return `${formatNumber(kb / 1024, abs >= 10 * 1024 ? 0 : 1)} MiB`
  return formatKb(kb)
}

/** `4k`, `128k`, `2M`, `1G` — block sizes in a narrow axis header. */
export function formatBlockSize(kb: number): string {
  if (kb >= 1024 * 1024) return `${kb / 1024 / 1024}G`
  if (kb >= 1024) return `${kb / 1024}M`
  return `${kb}k`
}

/** A ratio (0.945) as a percentage with one decimal (`94.5`). */
export function formatPercent(ratio: number): string {
  return formatNumber(ratio * 100, 1)
}
