import { MONTHS, toInt } from '../../base/text'
import type { WallStamp } from './wall-stamp'

/**
 * `dmesg -T` stamps in any locale. util-linux prints them with strftime's `%a %b %e %H:%M:%S %Y`, so
 * the shape is fixed while the weekday and month names are the locale's: `[Sat Apr 11 17:52:58 2020]`,
 * `[Mi Mär  5 14:02:11 2025]`, `[周三 3月  5 14:02:11 2025]`, `[ср мар  5 14:02:11 2025]`. The shape
 * (a bracket holding a clock time and a four-digit year) is what is recognised, never a word list;
 * the month name is then looked up in the locales the JavaScript runtime knows (ECMA-402 `Intl`).
 */

/** A bracket of 8–48 characters with a clock time and a year in it. */
const BRACKET = /^\[([^[\]]{8,48})\]\s?/
const TIME = /^(\d{1,2}):(\d\d):(\d\d)$/
const YEAR = /^\d{4}$/
const DAY = /^(\d{1,2})\D{0,2}$/

/** Locales whose month names are tried (the runtime supplies the names; this is only which to ask). */
const LOCALES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'is',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'hu',
  'ro',
  'bg',
  'ru',
  'uk',
  'be',
  'el',
  'tr',
  'ca',
  'eu',
  'gl',
  'et',
  'lv',
  'lt',
  'id',
  'ms',
  'vi',
  'af',
]

let monthNames: ReadonlyArray<readonly [string, number]> | null = null

function normalise(name: string): string {
  return name.toLowerCase().replace(/[.\s]/g, '')
}

/** Every short and long month name of {@link LOCALES}, normalised, with its month (1–12). */
function names(): ReadonlyArray<readonly [string, number]> {
  if (monthNames) return monthNames
  const out: Array<readonly [string, number]> = MONTHS.map((m, i) => [normalise(m), i + 1] as const)
  if (typeof Intl !== 'undefined') {
    for (const locale of LOCALES) {
      for (const month of ['short', 'long'] as const) {
        try {
          const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' })
          for (let m = 0; m < 12; m++) out.push([normalise(format.format(Date.UTC(2001, m, 15))), m + 1])
        } catch {
          // A runtime without that locale simply knows fewer names.
        }
      }
    }
  }
  monthNames = out
  return out
}

/**
 * The month a strftime `%b` token names: digits in it (`3月`, `03.`) or a name that a known locale's
 * short or long month name begins with (glibc's `Mär` vs the runtime's `März`); null when unknown or
 * when two months would fit.
 */
export function monthOfToken(token: string): number | null {
  const digits = /^(\d{1,2})\D{0,2}$/.exec(token)
  if (digits) {
    const n = toInt(digits[1])
    return n !== null && n >= 1 && n <= 12 ? n : null
  }
  const t = normalise(token)
  if (t.length < 2) return null
  let found: number | null = null
  for (const [name, month] of names()) {
    const short = Math.min(name.length, t.length)
    if (short < Math.min(3, t.length) || !(name.startsWith(t) || t.startsWith(name))) continue
    if (found !== null && found !== month) return null
    found = month
  }
  return found
}

/** A `dmesg -T` stamp at the start of `text`: its length and the stamp (null when the month is unknown). */
export function readBracketDate(text: string): { length: number; wall: WallStamp | null } | null {
  if (text.charCodeAt(0) !== 0x5b) return null
  const m = BRACKET.exec(text)
  if (!m) return null
  const tokens = (m[1] ?? '').trim().split(/\s+/)
  const t = tokens.findIndex((x) => TIME.test(x))
  const y = tokens.findIndex((x, i) => i > t && YEAR.test(x))
  if (t < 2 || y < 0) return null
  const d = DAY.exec(tokens[t - 1] ?? '')
  const time = TIME.exec(tokens[t] ?? '')
  if (!d || !time) return null
  const month = monthOfToken(tokens[t - 2] ?? '')
  const wall: WallStamp | null =
    month === null
      ? null
      : {
          year: toInt(tokens[y]),
          month,
          day: toInt(d[1]) ?? 1,
          hour: toInt(time[1]) ?? 0,
          minute: toInt(time[2]) ?? 0,
          second: toInt(time[3]) ?? 0,
          fraction: null,
          offset: null,
        }
  return { length: m[0].length, wall }
}
