import { dateFromArchiveName } from '../../../shared/analysis/machine-states'
import { wallStampToIso, type WallStamp } from '../../../shared/parse/prefix/wall-stamp'

/** Where a date for undated evidence came from, best first (a file's modification time comes after both). */
export type CaseDateSource = 'date-file' | 'archive-name'

/** A date that undated evidence in its scope takes: the moment a sosreport was collected. */
export interface CaseDate {
  /** ISO 8601 (`Z`, an offset, or none when the date file names a zone like `CET`; day only from a name). */
  readonly iso: string
  readonly year: number
  readonly source: CaseDateSource
  /** The date file, or the archive whose name gives the day. */
  readonly from: string
}

/**
 * sosreport keeps the output of `date` (and `date --utc`) in `sos_commands/date/`, and a link `date`
 * to it at its root; a copied tree may keep only the root file.
 */
const DATE_FILES = ['sos_commands/date/date', 'sos_commands/date/date_--utc', 'date']

/** Largest file read as a date file: `date` prints one short line. */
const DATE_FILE_MAX_BYTES = 256

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * `date`'s output in the C locale (`%a %b %e %H:%M:%S %Z %Y`: `Tue Mar  5 14:02:11 UTC 2024`, the zone a
 * name or a numeric offset), or one ISO 8601 date-time (`date -Iseconds`).
 */
const DATE_OUTPUT =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(\d{1,2}) (\d\d):(\d\d):(\d\d)(?: ([A-Za-z]{1,6}|[+-]\d\d:?\d\d))? (\d{4})$/
const ISO_OUTPUT = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,]\d+)?(Z|[+-]\d\d:?\d\d)?$/

/** The moment a date file states, as ISO 8601, or null when the text is not one date. */
export function parseDateFile(text: string): string | null {
  const line = text.trim()
  if (line.includes('\n')) return null
  const c = DATE_OUTPUT.exec(line)
  const iso = c ? null : ISO_OUTPUT.exec(line)
  // year, month, day, hour, minute, second as printed, and the zone or offset.
  const parts = c
    ? [c[7], String(MONTHS.indexOf(c[1]!) + 1), c[2], c[3], c[4], c[5], c[6]]
    : iso
      ? iso.slice(1, 8)
      : null
  if (!parts) return null
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.slice(0, 6).map(Number)
  const stamp: WallStamp = { year, month, day, hour, minute, second, fraction: null, offset: parts[6] ?? null }
  return wallStampToIso(stamp, year)
}

/** The folder a date file speaks for (the sosreport's root), or null when `path` is no date file's place. */
export function dateFileScope(path: string): string | null {
  const p = path.replaceAll('\\', '/')
  for (const name of DATE_FILES) {
    if (p === name) return ''
    if (p.endsWith(`/${name}`)) return p.slice(0, -name.length - 1)
  }
  return null
}

/** True when a file of `bytes` bytes at `path` may be a date file (worth reading for noteDateFile). */
export function mayBeDateFile(path: string, bytes: number): boolean {
  return bytes <= DATE_FILE_MAX_BYTES && dateFileScope(path) !== null
}

const inScope = (path: string, scope: string): boolean =>
  scope === '' || path.startsWith(`${scope}/`) || path.startsWith(`${scope}!/`)

/**
 * The dates a case's containers give to evidence that prints none (a syslog's year, a /proc file's
 * capture time): a sosreport's date file for everything under its root, else the day in the name of
 * the archive a file sits in (`sosreport-web1-2024-03-05-abc.tar.xz`, the rule the machine-state view
 * uses). Both come before the file's modification time, which a copy or an extraction may have reset.
 */
export class CaseDates {
  /** Date files by the root they speak for. */
  private readonly files = new Map<string, CaseDate>()

  /**
   * Notes a date file's content; false when `path` is not where a date file sits or the text is not
   * one date. `date --utc` (a zone) replaces `date` printed in a named zone, not the other way round.
   */
  noteDateFile(path: string, text: string): boolean {
    const scope = dateFileScope(path)
    const iso = scope === null ? null : parseDateFile(text)
    if (scope === null || iso === null) return false
    const known = this.files.get(scope)
    if (!known || (!hasZone(known.iso) && hasZone(iso)))
      this.files.set(scope, { iso, year: Number(iso.slice(0, 4)), source: 'date-file', from: path })
    return true
  }

  /** The date for evidence at `path`: the innermost date file's scope holding it, else its archive's name. */
  dateFor(path: string): CaseDate | null {
    let best: { scope: string; date: CaseDate } | null = null
    for (const [scope, date] of this.files)
      if (inScope(path, scope) && (!best || scope.length > best.scope.length)) best = { scope, date }
    if (best) return best.date
    const day = dateFromArchiveName(path)
    if (day === null) return null
    return { iso: day, year: Number(day.slice(0, 4)), source: 'archive-name', from: datedArchive(path) }
  }
}

/** The (outermost) archive on `path` whose name gives the day, as dateFromArchiveName reads it. */
function datedArchive(path: string): string {
  const parts = path.split('!/')
  for (let n = 1; n < parts.length; n++) {
    const archive = parts.slice(0, n).join('!/')
    if (dateFromArchiveName(`${archive}!/`) !== null) return archive
  }
  return parts[0] ?? path
}

function hasZone(iso: string): boolean {
  return /(Z|[+-]\d\d:\d\d)$/.test(iso)
}
