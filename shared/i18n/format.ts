/**
 * Number formatting for messages, without Intl (deterministic in every runtime the core runs in):
 * thousands grouped with commas, a fixed number of decimals, kB shown as MiB or GiB where readable.
 */

/** `1155752` → `1,155,752`; `811.63` with 1 decimal → `811.6`. Negative numbers keep their sign. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value)
  const sign = value < 0 ? '-' : ''
  const fixed = Math.abs(value).toFixed(decimals)
  const [intPart = '0', fracPart] = fixed.split('.')
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return sign + (fracPart === undefined ? grouped : `${grouped}.${fracPart}`)
}

/** A kB amount as MiB with one decimal (`831100` → `811.6`). */
export function formatMib(kb: number): string {
  return formatNumber(kb / 1024, 1)
}

/**
 * A kB amount the way an engineer reads it: `831,100 kB (811.6 MiB)`; below 1 MiB only the kB;
 * from 1 GiB on, GiB with two decimals in the parentheses.
 */
export function formatKb(kb: number): string {
  const abs = Math.abs(kb)
  if (abs < 1024) return `${formatNumber(kb)} kB`
  if (abs < 1024 * 1024) return `${formatNumber(kb)} kB (${formatMib(kb)} MiB)`
  return `${formatNumber(kb)} kB (${formatNumber(kb / 1024 / 1024, 2)} GiB)`
}

/** A ratio (0.945) as a percentage with one decimal (`94.5`). */
export function formatPercent(ratio: number): string {
  return formatNumber(ratio * 100, 1)
}
