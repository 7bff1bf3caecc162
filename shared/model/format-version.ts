/**
 * When a report printed no kernel release, bound the version by the report's own format: which
 * fields the zone lines carry (kernel-facts §8.2: `managed` 3.x, `writepending` 4.8, `reserved_highatomic`
 * ≈5.5, `boost` 5.16, `free_highatomic`/`zspages` in the 2026 mm tree), the task-table columns (§8.3)
 * and the `protections[]` line of 2.6.1x kernels. The newest version the format allows is used, so the
 * rules applied are the closest the evidence permits.
 */
import type { MemEvent } from '../event/types'
import { v, type KernelVersionCode } from '../kernel/version'

/** The newest kernel version the report's format allows, or null when the format says nothing. */
export function versionFromFormat(event: MemEvent): KernelVersionCode | null {
  const fields = new Set(event.zones.flatMap((z) => Object.keys(z.fields)))
  if (event.lines.some((l) => /^\s*protections\[\]:/.test(l.message))) return v('2.6.10')
  if (fields.has('free_highatomic') || fields.has('zspages')) return null
  if (fields.has('boost')) return null
  if (fields.has('reserved_highatomic')) return v('5.15')
  if (fields.has('writepending')) return v('5.4')
  if (fields.has('managed')) return v('4.7')
  const columns = event.taskColumns ?? []
  if (columns.includes('pgtables_bytes')) return v('5.15')
  if (columns.includes('nr_pmds')) return v('4.14')
  if (columns.includes('nr_ptes')) return v('3.19')
  if (fields.has('present')) return v('3.7')
  return null
}
