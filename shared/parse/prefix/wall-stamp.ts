import { pad } from '../../base/text'

/**
 * A wall-clock stamp as a log prefix printed it. `year` is null for BSD syslog stamps, which print none;
 * the event assembler fills it from context (see `year-context.ts`).
 */
export interface WallStamp {
  readonly year: number | null
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
  /** Fractional seconds digits as printed (`123456`), or null. */
  readonly fraction: string | null
  /** UTC offset as printed (`Z`, `+01:00`, `+0100`), or null (local time). */
  readonly offset: string | null
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** A calendar date and clock time that exist (a damaged or hostile stamp may say Feb 30, 99:99). */
function isRealTime(stamp: WallStamp, year: number): boolean {
  const { month, day, hour, minute, second } = stamp
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12) return false
  const days = month === 2 && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0)
  // second 60 is a leap second, which syslog can print.
  return day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60
}

/**
 * The offset as ISO 8601 writes it: `+hh:mm`, `Z` for UTC/GMT, and nothing (local time) for a zone
 * name such as `CET` (journalctl -o short-full prints those; a name does not fix an offset).
 */
function isoOffset(printed: string | null): string | null {
  if (printed === null || printed === '') return ''
  if (/^(Z|UTC|GMT)$/i.test(printed)) return 'Z'
  const m = /^([+-])(\d\d):?(\d\d)$/.exec(printed)
  if (m) return Number(m[2]) <= 14 && Number(m[3]) <= 59 ? `${m[1]}${m[2]}:${m[3]}` : null
  return /^[A-Za-z]{2,6}$/.test(printed) ? '' : null
}

/**
 * ISO 8601 text of a stamp with a known year (offset normalised to `+hh:mm` or `Z`), or null when
 * the stamp names no real time — never a string that is not ISO 8601.
 */
export function wallStampToIso(stamp: WallStamp, year: number): string | null {
  const frac = stamp.fraction === null ? '' : `.${stamp.fraction}`
  const offset = isoOffset(stamp.offset)
  if (offset === null || !isRealTime(stamp, year)) return null
  return (
    `${pad(year, 4)}-${pad(stamp.month)}-${pad(stamp.day)}T` +
    `${pad(stamp.hour)}:${pad(stamp.minute)}:${pad(stamp.second)}${frac}${offset}`
  )
}
