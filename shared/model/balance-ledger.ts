/**
 * The pieces every ledger of the memory balance is built from: the counters that overlap a bucket
 * (never added twice), reading a zone-line counter in kB, and closing a ledger (managed − counted).
 */
import type { LineIdx, MemEvent, Zone } from '../event/types'
import type { BalanceBucket, BalanceLedger } from './types'

/** The LRU lists, same names in every block. Old `active`/`inactive` are the pre-2.6.28 unsplit LRU. */
export const LRU = [
  'active_anon',
  'inactive_anon',
  'active_file',
  'inactive_file',
  'active',
  'inactive',
  'unevictable',
] as const

/** Printed counters that are subsets of a bucket (see memory-balance.ts): listed, never added. */
const OVERLAPPING = [
  'mlocked',
  'mapped',
  'shmem',
  'dirty',
  'writeback',
  'writepending',
  'unstable',
  'free_cma',
  'reserved_highatomic',
  'free_highatomic',
  'local_pcp',
  'anon_thp',
  'shmem_thp',
]

/** A zone-line counter in kB (zone lines print most in kB, a few in pages), null when not printed. */
export function zoneFieldKb(event: MemEvent, zone: Zone, name: string): number | null {
  const value = zone.fields[name]
  if (value === undefined) return null
  return zone.kbFields.includes(name) ? value : value * event.pageSizeKb
}

/** The ledger with its counted sum and the unaccounted rest. */
export function closeLedger(
  scope: BalanceLedger['scope'],
  node: number | null,
  zone: string | null,
  managed: { kb: number; from: BalanceLedger['managedFrom']; at: readonly LineIdx[] },
  buckets: BalanceBucket[],
  excluded: string[],
): BalanceLedger {
  const countedKb = buckets.reduce((sum, b) => sum + b.kb, 0)
  return {
    scope,
    node,
    zone,
    managedKb: managed.kb,
    managedFrom: managed.from,
    managedAt: managed.at,
    buckets,
    countedKb,
    unaccountedKb: managed.kb - countedKb,
    excluded,
  }
}

/** The printed counters a ledger leaves out because they overlap a bucket. */
export function excludedOf(printed: readonly string[]): string[] {
  const set = new Set(printed.map((p) => p.toLowerCase()))
  return OVERLAPPING.filter((name) => set.has(name))
}
