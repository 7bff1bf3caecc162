/**
 * Values on a zone line that cannot be real, or that are missing, flagged with what the model does
 * with them — never dropped: the zone still gets a verdict over its printed numbers, and an impossible
 * size is left out of the inference of min_free_kbytes so it cannot poison the other zones.
 */
import { MAX_ORDER_ANY_BUILD } from '../kernel/alloc-stages'
import type { MemEvent, Zone } from '../event/types'
import type { ModelAnomaly, ZoneFlag } from './types'

/**
 * The largest physical address space any architecture Linux runs on has: 52 bits (x86_64 5-level
 * paging, arm64 LPA) = 4 PiB = 2^42 kB. No zone size or watermark can exceed it; a larger value is an
 * underflowed counter (`managed` going "negative" as an unsigned long) or a corrupt line.
 */
export const PHYS_LIMIT_KB = 2 ** 42

/**
 * Free pages can exceed managed ones only by the per-CPU counter drift (`zone_page_state` is not exact:
 * up to stat_threshold ≤ 125 pages per CPU). 1 % of the zone or 4 MB covers that on any machine size.
 */
const FREE_DRIFT_SHARE = 0.01
const FREE_DRIFT_FLOOR_KB = 4096

/** Whether a zone's printed size is usable for recomputing watermarks (present and believable). */
export function sizeUsable(z: Zone): boolean {
  const size = z.managedKb ?? z.presentKb
  if (size === null || size <= 0 || size >= PHYS_LIMIT_KB) return false
  return !(z.managedKb !== null && z.presentKb !== null && z.managedKb > z.presentKb)
}

/** The flags of one zone line. */
export function zoneFlags(z: Zone): ZoneFlag[] {
  const out: ZoneFlag[] = []
  for (const [field, value] of [
    ['managed', z.managedKb],
    ['present', z.presentKb],
  ] as const) {
    if (value !== null && value >= PHYS_LIMIT_KB) {
      out.push({
        code: 'absurd-managed',
        field,
        note: `${field}:${value}kB exceeds any physical address space (2^52 bytes): an underflowed counter; the zone is checked as printed but left out of the min_free_kbytes inference.`,
      })
    }
  }
  if (z.managedKb !== null && z.presentKb !== null && z.managedKb > z.presentKb && z.managedKb < PHYS_LIMIT_KB) {
    out.push({
      code: 'absurd-managed',
      field: 'managed',
      note: `managed:${z.managedKb}kB is above present:${z.presentKb}kB, which the kernel never allows; the size is not used for recomputing.`,
    })
  }
  const marks = [
    ['min', z.minKb],
    ['low', z.lowKb],
    ['high', z.highKb],
  ] as const
  for (const [field, value] of marks) {
    if (value !== null && value >= PHYS_LIMIT_KB) {
      out.push({
        code: 'absurd-watermark',
        field,
        note: `${field}:${value}kB exceeds any physical address space: a corrupt or underflowed value; the check uses it as printed (every request fails it) and the inference ignores it.`,
      })
    }
  }
  if (z.minKb !== null && z.lowKb !== null && z.highKb !== null && !(z.minKb <= z.lowKb && z.lowKb <= z.highKb)) {
    out.push({
      code: 'absurd-watermark',
      field: 'low',
      note: `min ≤ low ≤ high does not hold (${z.minKb}/${z.lowKb}/${z.highKb} kB), which __setup_per_zone_wmarks never produces.`,
    })
  }
  const size = z.managedKb ?? z.presentKb
  if (
    size !== null &&
    size < PHYS_LIMIT_KB &&
    z.freeKb > size + Math.max(FREE_DRIFT_FLOOR_KB, size * FREE_DRIFT_SHARE)
  ) {
    out.push({
      code: 'free-above-managed',
      field: 'free',
      note: `free:${z.freeKb}kB is above the zone's size (${size} kB) by more than per-CPU counter drift explains.`,
    })
  }
  if (size === null) {
    out.push({
      code: 'missing-size',
      field: 'managed',
      note: 'the zone line was cut before present/managed: its size comes from lowmem_reserve or the RAM totals, or the verdict uses the printed watermarks only.',
    })
  }
  if (z.minKb === null) {
    out.push({
      code: 'missing-watermarks',
      field: 'min',
      note: "the zone line was cut before its watermarks: the model's recompute is used where it has one.",
    })
  }
  return out
}

/** Event-wide anomalies: every zone flag that is not a mere cut, with its line. */
export function modelAnomalies(
  event: MemEvent,
  flags: readonly (readonly ZoneFlag[])[],
  labels: readonly string[],
): ModelAnomaly[] {
  const out: ModelAnomaly[] = []
  flags.forEach((list, i) => {
    const zone = event.zones[i]
    for (const f of list) {
      if (f.code === 'missing-size' || f.code === 'missing-watermarks') continue
      out.push({ code: f.code, where: labels[i] ?? null, note: f.note, at: zone ? [zone.at] : [] })
    }
  })
  const order = event.trigger.order
  if (order !== null && order > MAX_ORDER_ANY_BUILD) {
    out.push({
      code: 'absurd-order',
      where: null,
      note: `order=${order} is above the largest buddy order of any build (${MAX_ORDER_ANY_BUILD}): the allocator refuses it before checking a zone, so the zones are checked at order ${MAX_ORDER_ANY_BUILD}`,
      at: [event.trigger.at],
    })
  }
  return out
}
