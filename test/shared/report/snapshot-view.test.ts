import { describe, expect, it } from 'vitest'
import type { Snapshot } from '../../../shared/event/snapshot'
import {
  meminfoWaterfall,
  snapshotBuddy,
  snapshotPageSizeKb,
  snapshotZones,
} from '../../../shared/report/snapshot-view'
import { procSet } from '../analysis/proc-sets'

/** A corpus set as one machine state, with the kernel its manifest names. */
const stateOf = (set: string, kernelVersion: string | null) => ({ snapshots: procSet(set, set), kernelVersion })
const THIS_MACHINE = stateOf('this-machine-6.18.44-fc-x86_64', '6.18.44')
const ROUTER = stateOf('zte-router-armv7-4.1.25', '4.1.25')
const DEBIAN = stateOf('debian-11-5.10.0-10-qemu', null)

function zoneinfoOf(snapshots: readonly Snapshot[]) {
  const z = snapshots.find((s) => s.kind === 'zoneinfo')
  if (z?.kind !== 'zoneinfo') throw new Error('no zoneinfo')
  return z.data.zones
}

describe('snapshot-view', () => {
  it('reads the page size off the capture: MemFree over the zones free pages', () => {
    expect([THIS_MACHINE, ROUTER, DEBIAN].map(snapshotPageSizeKb)).toEqual([4, 4, 4])
  })

  it('shows each zone as captured: free and the watermarks zoneinfo printed, in kB', () => {
    const view = snapshotZones(ROUTER, null)
    const printed = zoneinfoOf(ROUTER.snapshots).filter((z) => z.fields['min'] !== undefined)
    expect(view.rows.map((r) => [r.zone, r.freeKb, r.minKb, r.lowKb, r.highKb])).toEqual(
      printed.map((z) => [
        z.zone,
        (z.fields['free'] ?? z.fields['nr_free_pages'])! * 4,
        z.fields['min']! * 4,
        z.fields['low']! * 4,
        z.fields['high']! * 4,
      ]),
    )
    for (const r of view.rows) {
      const expected =
        r.managedKb === 0
          ? 'empty'
          : r.freeKb > r.highKb
            ? 'above-high'
            : r.freeKb > r.lowKb
              ? 'above-low'
              : r.freeKb > r.minKb
                ? 'above-min'
                : 'below-min'
      expect(r.level).toBe(expected)
    }
    expect(view.recorded?.min_free_kbytes).toBeGreaterThan(0)
  })

  it('moves the watermarks with min_free_kbytes as the kernel would, and gives the recorded ones back at the recorded value', () => {
    const recorded = snapshotZones(THIS_MACHINE, null)
    const minFree = recorded.recorded!.min_free_kbytes
    // The recompute with the captured sysctls reproduces what zoneinfo printed.
    expect(recorded.recomputeMatches?.every(Boolean)).toBe(true)
    const same = snapshotZones(THIS_MACHINE, { min_free_kbytes: minFree })
    const managed = (rows: typeof recorded.rows) => rows.filter((r) => (r.managedKb ?? 0) > 0)
    for (const [a, b] of managed(recorded.rows).map((r, i) => [r, managed(same.rows)[i]!] as const))
      expect(Math.abs(a.minKb - b.minKb)).toBeLessThanOrEqual(recorded.pageSizeKb)
    const doubled = snapshotZones(THIS_MACHINE, { min_free_kbytes: 2 * minFree })
    const sum = (rows: typeof recorded.rows) => managed(rows).reduce((n, r) => n + r.minKb, 0)
    // min is min_free_kbytes shared out over the lowmem zones: doubling one doubles the other.
    expect(sum(doubled.rows) / sum(same.rows)).toBeCloseTo(2, 1)
    expect(managed(doubled.rows).every((r) => r.lowKb > r.minKb && r.highKb > r.lowKb)).toBe(true)
  })

  it('calls a zone with no managed memory empty, not short of memory', () => {
    const rows = snapshotZones(THIS_MACHINE, null).rows
    expect(rows.filter((r) => r.level === 'empty').map((r) => r.zone)).toEqual(['Movable', 'Device'])
  })

  it('offers no recompute where the capture has no /proc/sys/vm', () => {
    const view = snapshotZones(DEBIAN, { min_free_kbytes: 1 })
    expect(view.recorded).toBeNull()
    expect(view.rows.map((r) => r.minKb)).toEqual(view.rows.map((r) => r.printed.minKb))
  })

  it('lists free blocks by migrate type, each row adding up in kB', () => {
    const zones = snapshotBuddy(THIS_MACHINE)
    expect(zones.length).toBeGreaterThan(0)
    const types = new Set(zones.flatMap((z) => z.rows.map((r) => r.type)))
    expect(types).toContain('Movable')
    expect(types).toContain('Unmovable')
    for (const row of zones.flatMap((z) => z.rows))
      expect(row.totalKb).toBe(row.counts.reduce((n, c, order) => n + c * 4 * 2 ** order, 0))
    // Without pagetypeinfo, buddyinfo's per-order totals.
    expect(snapshotBuddy(DEBIAN).every((z) => z.rows.length === 1 && z.rows[0]?.type === null)).toBe(true)
  })

  it('closes the meminfo waterfall at MemTotal: every part plus the rest', () => {
    const spec = meminfoWaterfall(ROUTER, 'en')!
    const total = spec.steps.find((s) => s.role === 'total')!
    const parts = spec.steps.filter((s) => s.role === 'part').reduce((n, s) => n + s.kb, 0)
    const rest = spec.steps.find((s) => s.role === 'rest')!
    expect(total.label).toBe('MemTotal')
    expect(parts + rest.kb).toBe(total.kb)
    expect(spec.steps.map((s) => s.id)).toContain('MemFree')
  })
})
