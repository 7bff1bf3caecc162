import type { MemEvent } from '../event/types'

/** The number of a provisional id (`p12`), for reports read from one line. */
function provisional(e: MemEvent): number {
  const n = /^p(\d+)$/.exec(e.id)
  return n ? Number(n[1]) : 0
}

function compare(a: MemEvent, b: MemEvent): number {
  // Wall time first when both have it (ISO strings of the same form sort as text, offsets aside).
  if (a.time !== null && b.time !== null && a.time !== b.time) {
    const ta = Date.parse(a.time)
    const tb = Date.parse(b.time)
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb
  }
  // Within one file, the file's own order is the time order: a log is appended to, and uptime restarts
  // at every boot (a file holding two boots' reports has the second boot's smaller uptimes later).
  // Two reports on one physical line (a collapsed paste, rsyslog `#012` records) keep the order they
  // were read in: provisional ids count up in that order.
  if (a.path === b.path) return a.line - b.line || provisional(a) - provisional(b)
  // Across files of one host, uptime orders reports of one boot (dmesg next to messages).
  if (a.uptime !== null && b.uptime !== null && a.host === b.host && a.uptime !== b.uptime) return a.uptime - b.uptime
  return a.path < b.path ? -1 : 1
}

/**
 * Sort events in time order — wall-clock time when both have it; within one file, source position
 * (a file is chronological, while uptime restarts at each boot); across files of one host, uptime;
 * else by path — and assign the final ids `e1 … eN`. Returns new objects; the input is not changed.
 */
export function orderEvents(events: readonly MemEvent[]): MemEvent[] {
  return [...events].sort(compare).map((e, i) => ({ ...e, id: `e${i + 1}` }))
}
