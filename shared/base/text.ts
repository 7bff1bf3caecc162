/** Small text helpers shared by the parsers. Pure; never throw. */

/** Replace no-break spaces (U+00A0, common in mail and web pastes) and tabs by plain spaces. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\t\u2007\u202f]/g, ' ')
}

/** True when every character is printable ASCII (after {@link normaliseSpaces}): kernel text, not prose. */
export function isPrintableAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text)
}

/** A decimal integer as printed (optionally signed), or null when `text` is not one or is unsafe. */
export function toInt(text: string | undefined): number | null {
  if (text === undefined || !/^[+-]?\d+$/.test(text)) return null
  const n = Number(text)
  return Number.isSafeInteger(n) ? n : null
}

/** A decimal number as printed (`64377.426677`), or null. */
export function toNumber(text: string | undefined): number | null {
  if (text === undefined || !/^[+-]?\d+(\.\d+)?$/.test(text)) return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/** Month abbreviations as syslog and `dmesg -T` print them, index = month - 1. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

/** 1-based month of an English abbreviation, or null. */
export function monthNumber(abbrev: string): number | null {
  const i = MONTHS.indexOf(abbrev as (typeof MONTHS)[number])
  return i < 0 ? null : i + 1
}

/** Zero-padded decimal, for ISO strings. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

const LONG_DIGITS = /\d{16,}/g

/**
 * The first decimal digit run in `text` past 2^53, which a JS number cannot hold exactly (a printed
 * u64 -1, a corrupt digit run), or null. Parsers drop such values rather than keep a rounded one.
 */
export function firstUnsafeInteger(text: string): string | null {
  for (const m of text.matchAll(LONG_DIGITS)) if (!Number.isSafeInteger(Number(m[0]))) return m[0]
  return null
}
