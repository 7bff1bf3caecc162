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

/** ISO 8601 text of a stamp with a known year (offset normalised to `+hh:mm`). */
export function wallStampToIso(stamp: WallStamp, year: number): string {
  const frac = stamp.fraction === null ? '' : `.${stamp.fraction}`
  let offset = stamp.offset ?? ''
  if (/^[+-]\d{4}$/.test(offset)) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`
  return (
    `${pad(year, 4)}-${pad(stamp.month)}-${pad(stamp.day)}T` +
    `${pad(stamp.hour)}:${pad(stamp.minute)}:${pad(stamp.second)}${frac}${offset}`
  )
}
