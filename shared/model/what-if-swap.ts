/**
 * Swap, honestly. Anonymous and shmem pages live on the swap-backed LRU lists and can only be
 * reclaimed into swap (mm/vmscan.c: `can_reclaim_anon_pages`), so with no swap room they are stuck.
 * The report is printed after reclaim failed: whatever swap room it had was already used. Added swap
 * lets reclaim move at most min(anon in the zone, new room) − min(anon, old room) more out of each zone
 * the request may use — an estimate (reclaim also needs time, and may find the pages hot), never a
 * replayed fact, and only for a request that may reclaim at all.
 */
import type { MemEvent, Zone } from '../event/types'
import type { ScenarioZones } from './what-if'
import type { BasisZone } from './types'

/** Swap-backed pages a zone line shows, kB (`active_anon` + `inactive_anon`, shmem included). */
function zoneAnonKb(zone: Zone | undefined): number | null {
  if (!zone) return null
  const active = zone.fields['active_anon']
  const inactive = zone.fields['inactive_anon']
  if (active === undefined && inactive === undefined) return null
  return (active ?? 0) + (inactive ?? 0)
}

/**
 * Anon per zone in kB, index-aligned with `zones`: the zone lines' own counters, else the global
 * counters shared out by zone size (zone lines of some kernels print no LRU counters).
 */
export function anonPerZoneKb(event: MemEvent, zones: readonly BasisZone[]): number[] {
  const printed = zones.map((z) => zoneAnonKb(event.zones.find((e) => e.node === z.node && e.zone === z.zone)))
  if (printed.every((kb) => kb !== null)) return printed as number[]
  const globalKb = ((event.counters['active_anon'] ?? 0) + (event.counters['inactive_anon'] ?? 0)) * event.pageSizeKb
  const total = zones.reduce((s, z) => s + z.sizePages, 0)
  return zones.map((z, i) => printed[i] ?? (total > 0 ? Math.floor((globalKb * z.sizePages) / total) : 0))
}

/**
 * How much more each eligible zone could free into `addedKb` of new swap, kB (see the module
 * comment). The swap room is one for the machine: the extra it takes is shared out over the eligible
 * zones in proportion to their anon (direct reclaim shrinks every zone of the zonelist).
 */
export function extraReclaimKb(
  event: MemEvent,
  zones: readonly BasisZone[],
  addedKb: number,
  eligible: readonly boolean[],
): number[] {
  const roomBefore = event.swap ? Math.max(0, event.swap.freeKb) : 0
  const roomAfter = roomBefore + Math.max(0, addedKb)
  const anon = anonPerZoneKb(event, zones).map((kb, i) => (eligible[i] ? kb : 0))
  const total = anon.reduce((s, kb) => s + kb, 0)
  const extra = Math.min(total, roomAfter) - Math.min(total, roomBefore)
  return anon.map((kb) => (total > 0 ? Math.floor((extra * kb) / total) : 0))
}

/** The scenario's zones after reclaim moved `extraKb` per zone to swap (free grows by that much). */
export function afterSwapReclaim(state: ScenarioZones, extraKb: readonly number[], pageSizeKb: number): ScenarioZones {
  return {
    ...state,
    zones: state.zones.map((z, i) => ({
      ...z,
      freePages: z.freePages + Math.floor((extraKb[i] ?? 0) / pageSizeKb),
    })),
  }
}
