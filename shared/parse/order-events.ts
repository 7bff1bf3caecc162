import type { MemEvent } from '../event/types'

function compare(a: MemEvent, b: MemEvent): number {
  // Wall time first when both have it (ISO strings of the same form sort as text, offsets aside).
  if (a.time !== null && b.time !== null && a.time !== b.time) {
    const ta = Date.parse(a.time)
    const tb = Date.parse(b.time)
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb) return ta - tb
  }
  // Uptime orders reports of one boot (same file and host).
  if (a.uptime !== null && b.uptime !== null && a.path === b.path && a.host === b.host && a.uptime !== b.uptime) {
    return a.uptime - b.uptime
  }
  if (a.path !== b.path) return a.path < b.path ? -1 : 1
  return a.line - b.line
}

/**
 * Sort events in time order — wall-clock time, then uptime (within one file and host), then source
 * position — and assign the final ids `e1 … eN`. Returns new objects; the input is not changed.
 */
export function orderEvents(events: readonly MemEvent[]): MemEvent[] {
  return [...events].sort(compare).map((e, i) => ({ ...e, id: `e${i + 1}` }))
}
