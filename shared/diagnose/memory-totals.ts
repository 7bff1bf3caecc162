/**
 * Machine-wide amounts the rules compare against (kB, with the lines they came from): the global
 * Mem-Info counters when printed, else the per-node lines, else the sum of the zone lines.
 */
import type { LineIdx, MemEvent } from '../event/types'
import { accountingWaterfall, counterLines } from './accounting'

/** An amount in kB and the report lines it was read from. */
export interface Amount {
  readonly kb: number
  readonly at: readonly LineIdx[]
}

/** Node-line / zone-line names for a global counter name where they differ. */
const LOCAL_NAMES: Readonly<Record<string, string>> = {
  isolated_anon: 'isolated(anon)',
  isolated_file: 'isolated(file)',
}

/** A counter machine-wide in kB: global block (pages), else node lines (kB), else zone lines (kB). */
export function counterKb(event: MemEvent, name: string): Amount | null {
  const key = Object.keys(event.counters).find((k) => k.toLowerCase() === name)
  if (key !== undefined) return { kb: (event.counters[key] ?? 0) * event.pageSizeKb, at: counterLines(event, key) }
  const local = LOCAL_NAMES[name] ?? name
  const nodes = event.nodes.filter((n) => n.fields[local] !== undefined)
  if (nodes.length > 0) return { kb: nodes.reduce((s, n) => s + (n.fields[local] ?? 0), 0), at: nodes.map((n) => n.at) }
  const zones = event.zones.filter((z) => z.fields[local] !== undefined && z.kbFields.includes(local))
  if (zones.length > 0) return { kb: zones.reduce((s, z) => s + (z.fields[local] ?? 0), 0), at: zones.map((z) => z.at) }
  return null
}

/** Sum of several counters; null when none was printed. */
export function sumKb(event: MemEvent, names: readonly string[]): Amount | null {
  const parts = names.map((n) => counterKb(event, n)).filter((a): a is Amount => a !== null)
  if (parts.length === 0) return null
  return { kb: parts.reduce((s, a) => s + a.kb, 0), at: [...new Set(parts.flatMap((a) => a.at))] }
}

/** Managed memory of the whole machine (the global waterfall's base, or Σ zone managed/present). */
export function managedTotal(event: MemEvent): Amount | null {
  const zones = event.zones.filter((z) => z.managedKb !== null)
  const ram = event.ram
  if (ram.totalPages !== null && ram.reservedPages !== null && ram.at !== null) {
    const kb = (ram.totalPages - ram.reservedPages) * event.pageSizeKb
    const zoneSum = zones.reduce((s, z) => s + (z.managedKb ?? 0), 0)
    if (zones.length === event.zones.length && zones.length > 0 && kb <= zoneSum * 1.01) {
      return { kb: zoneSum, at: zones.map((z) => z.at) }
    }
    if (kb > 0) return { kb, at: [ram.at] }
  }
  if (zones.length > 0 && zones.length === event.zones.length) {
    return { kb: zones.reduce((s, z) => s + (z.managedKb ?? 0), 0), at: zones.map((z) => z.at) }
  }
  const global = accountingWaterfall(event).find((w) => w.scope === 'global')
  if (global) return { kb: global.managedKb, at: global.managedAt }
  const present = event.zones.filter((z) => z.presentKb !== null)
  if (present.length > 0)
    return { kb: present.reduce((s, z) => s + (z.presentKb ?? 0), 0), at: present.map((z) => z.at) }
  return null
}

/** Free memory machine-wide: the global `free` counter, else Σ zone free. */
export function freeTotal(event: MemEvent): Amount | null {
  const global = counterKb(event, 'free')
  if (global) return global
  if (event.zones.length === 0) return null
  return { kb: event.zones.reduce((s, z) => s + z.freeKb, 0), at: event.zones.map((z) => z.at) }
}

/** Anonymous memory that only swap can reclaim: anon LRU minus shmem (shmem sits on the anon LRU). */
export function anonKb(event: MemEvent): Amount | null {
  const anon = sumKb(event, ['active_anon', 'inactive_anon', 'isolated_anon'])
  if (!anon) return null
  const shmem = counterKb(event, 'shmem')
  return { kb: Math.max(0, anon.kb - (shmem?.kb ?? 0)), at: [...anon.at, ...(shmem?.at ?? [])] }
}

/** The first line of the report whose kernel message matches. */
export function findLine(event: MemEvent, pattern: RegExp): LineIdx | null {
  const idx = event.lines.findIndex((l) => pattern.test(l.message))
  return idx < 0 ? null : idx
}
