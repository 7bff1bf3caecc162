/**
 * What-if: the same replay under changed tunables. One pure function the renderer calls on every
 * slider move, so it reuses the model's basis and only redoes arithmetic over the zones.
 */
import type { MemEvent } from '../event/types'
import { pagesMinFromKbytes } from '../kernel/watermarks'
import { parseNodeList, replayAllocation, type EffectiveMarks } from './allocation-replay'
import { marksFor, printedMarks, reservesFor, toZoneWatermarks, withBoost } from './recompute-zones'
import { replayVictim, totalPagesFor } from './victim-replay'
import type { BasisZone, ModelBasis, VictimReplay, WhatIfResult, WhatIfSettings } from './types'

/**
 * Free CMA pages per zone after resizing the CMA area to `cmaKb`. Shrinking turns CMA pageblocks into
 * ordinary ones — the free ones stay free but stop being CMA — so free_cma drops by the cut (spread
 * pro rata, the CMA area being cut as a whole); growing converts ordinary free pages into free CMA, up to `free`.
 */
export function resizedFreeCma(zones: readonly BasisZone[], basis: ModelBasis, cmaKb: number): number[] {
  const current = zones.map((z) => z.freeCmaPages)
  const totalCma = basis.cmaReservedPages ?? current.reduce((a, b) => a + b, 0)
  const target = Math.max(0, Math.floor(cmaKb / basis.pageSizeKb))
  if (target === totalCma) return current
  if (target < totalCma) return current.map((free) => (totalCma > 0 ? Math.floor((free * target) / totalCma) : 0))
  const sizeTotal = zones.reduce((a, z) => a + z.sizePages, 0)
  return current.map((free, i) => {
    const z = zones[i] as BasisZone
    const grow = sizeTotal > 0 ? Math.floor(((target - totalCma) * z.freePages) / sizeTotal) : 0
    return Math.min(z.freePages, free + grow)
  })
}

/**
 * With no CMA area at all its pageblocks are ordinary movable ones: the free blocks the buddy lines
 * showed as `C` count as `M` for the order > 0 free-list check (`__zone_watermark_ok`, 4.4+).
 */
function withoutCmaBlocks(zones: readonly BasisZone[]): BasisZone[] {
  return zones.map((z) =>
    z.buddyTypes ? { ...z, buddyTypes: z.buddyTypes.map((t) => (t === null ? null : t.replace('C', 'M'))) } : z,
  )
}

/**
 * See the module comment. `event` supplies the task table; `unchangedVictim` is the model's own victim,
 * reused when no setting touches victim selection (min_free_kbytes, scale factor and CMA do not).
 */
export function runWhatIfImpl(
  event: MemEvent,
  basis: ModelBasis,
  settings: WhatIfSettings,
  unchangedVictim: VictimReplay | null,
): WhatIfResult {
  const { zones, layout, version, pageSizeKb } = basis
  const sizes = zones.map((z) => z.sizePages)
  const wmarkChanged = settings.min_free_kbytes !== undefined || settings.watermark_scale_factor !== undefined
  const pagesMin =
    settings.min_free_kbytes !== undefined ? pagesMinFromKbytes(settings.min_free_kbytes, pageSizeKb) : basis.pagesMin
  const wsf = settings.watermark_scale_factor ?? basis.watermarkScaleFactor
  let marks: EffectiveMarks[]
  let boosts: number[]
  if (pagesMin !== null && wmarkChanged) {
    // A sysctl write runs __setup_per_zone_wmarks over today's managed counts and resets every boost.
    marks = withBoost(marksFor(zones, sizes, layout, version, pagesMin, wsf), [])
    boosts = zones.map(() => 0)
  } else {
    boosts = zones.map((z) => z.boostPages)
    const fallback = pagesMin !== null ? withBoost(marksFor(zones, sizes, layout, version, pagesMin, wsf), boosts) : []
    marks = printedMarks(zones, fallback)
  }
  // min_free_kbytes / watermark_scale_factor writes do not recompute lowmem_reserve: keep the printed rows.
  const computedReserves = zones.every((z) => z.printedReserve)
    ? []
    : reservesFor(zones, sizes, layout, basis.lowmemReserveRatios, version)
  const reserves = zones.map((z, i) => z.printedReserve ?? computedReserves[i] ?? [])
  const freeCmaPages =
    settings.cma_kb !== undefined ? resizedFreeCma(zones, basis, settings.cma_kb) : zones.map((z) => z.freeCmaPages)
  const replay =
    basis.gfpFlags.length > 0 && zones.length > 0 && event.kind !== 'memcg-oom'
      ? replayAllocation({
          version,
          pageSizeKb,
          layout,
          zones: settings.cma_kb === 0 ? withoutCmaBlocks(zones) : zones,
          marks,
          reserves,
          freeCmaPages,
          gfpFlags: new Set(basis.gfpFlags),
          order: basis.order,
          cmaUnusable: basis.cmaUnusable,
          allowedNodes: parseNodeList(event.trigger.nodemask),
        })
      : null
  const extraSwapPages = settings.swap_kb !== undefined ? Math.floor(settings.swap_kb / pageSizeKb) : 0
  const parts = {
    totalRamPages: basis.totalRamPages,
    totalRamFrom: basis.totalRamFrom,
    swapPages: basis.swapPages,
    memcgLimitPages: basis.memcgLimitPages,
  }
  const totalFrom = parts.memcgLimitPages !== null ? 'memcg-limit' : `${parts.totalRamFrom}+swap`
  const victimChanged = settings.swap_kb !== undefined || settings.oom_score_adj !== undefined
  const totalPages = totalPagesFor(parts, event, extraSwapPages)
  const victim = victimChanged
    ? replayVictim(event.tasks, totalPages, version, pageSizeKb, settings.oom_score_adj, totalFrom)
    : unchangedVictim
  return {
    settings,
    allocation: replay
      ? { succeeds: replay.succeeds, zone: replay.zone, marginKb: replay.marginKb }
      : { succeeds: false, zone: null, marginKb: 0 },
    zones: toZoneWatermarks(zones, marks, reserves, boosts, pageSizeKb),
    replay,
    victim,
  }
}
