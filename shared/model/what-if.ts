/**
 * What-if: the same replay under changed tunables. One pure function the renderer calls on every
 * slider move, so it reuses the model's basis and only redoes arithmetic over the zones.
 */
import type { MemEvent } from '../event/types'
import { computeLowmemReserve } from '../kernel/lowmem-reserve'
import { pageblockPagesCandidates } from '../kernel/min-free-kbytes'
import { maxBoostPages } from '../kernel/tunables'
import { pagesMinFromKbytes } from '../kernel/watermarks'
import { parseNodeList, replayAllocation, type EffectiveMarks } from './allocation-replay'
import { marksFor, printedMarks, reservesFor, toZoneWatermarks, withBoost } from './recompute-zones'
import { replayVictim, totalPagesFor } from './victim-replay'
import { recordedCmaKb } from './what-if-recorded'
import type { ScenarioSettings } from './what-if-types'
import type { AllocationReplay, BasisZone, ModelBasis, VictimReplay, WhatIfResult, ZoneWatermarks } from './types'

/**
 * Free CMA pages per zone after resizing the CMA area to `cmaKb`. Shrinking turns CMA pageblocks into
 * ordinary ones — the free ones stay free but stop being CMA — so free_cma drops by the cut (spread
 * pro rata, the CMA area being cut as a whole); growing converts ordinary free pages into free CMA, up to `free`.
 */
export function resizedFreeCma(
  zones: readonly BasisZone[],
  pageSizeKb: number,
  recordedCmaKb: number,
  cmaKb: number,
): number[] {
  const current = zones.map((z) => z.freeCmaPages)
  const totalCma = Math.max(
    Math.floor(recordedCmaKb / pageSizeKb),
    current.reduce((a, b) => a + b, 0),
  )
  const target = Math.max(0, Math.floor(cmaKb / pageSizeKb))
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

/** The zone state one scenario replays: marks, reserves, free CMA and the zones as the checks see them. */
export interface ScenarioZones {
  readonly zones: readonly BasisZone[]
  readonly marks: readonly EffectiveMarks[]
  readonly boosts: readonly number[]
  readonly reserves: readonly (readonly number[])[]
  readonly freeCmaPages: readonly number[]
  readonly watermarks: readonly ZoneWatermarks[]
}

/**
 * Boost per zone under a changed watermark_boost_factor: a boost never grows past what the factor
 * allows (`boost_watermark` caps it at high × factor / 10000, one pageblock at least), and a lower cap
 * cuts what the zone carried; 0 removes it.
 */
function boostsUnderFactor(
  zones: readonly BasisZone[],
  marks: readonly EffectiveMarks[],
  factor: number,
  pageSizeKb: number,
): number[] {
  const pageblock = pageblockPagesCandidates(pageSizeKb)[0] ?? 512
  return zones.map((z, i) => {
    const high = (marks[i]?.highPages ?? 0) - z.boostPages
    return Math.min(z.boostPages, maxBoostPages(Math.max(0, high), factor, pageblock))
  })
}

/**
 * lowmem_reserve rows under a changed lowmem_reserve_ratio: a sysctl write recomputes every row from
 * today's managed sizes (`setup_per_zone_lowmem_reserve`), so all rows follow the new ratios.
 */
function reservesUnderRatios(basis: ModelBasis, ratios: readonly number[]): number[][] {
  const { zones, layout, version } = basis
  const byNode = new Map<number, number[][]>()
  for (const node of new Set(zones.map((z) => z.node))) {
    const sizes = layout.map((name) => zones.find((z) => z.node === node && z.zone === name)?.sizePages ?? 0)
    byNode.set(node, computeLowmemReserve(sizes, ratios, version))
  }
  return zones.map((z) => byNode.get(z.node)?.[z.index] ?? new Array<number>(layout.length).fill(0))
}

/**
 * The zone state under `settings` (settings equal to the recorded state must already be dropped);
 * `recordedCmaKb` is the CMA area the report shows (`recordedCmaKb` of what-if-recorded).
 */
export function scenarioZones(basis: ModelBasis, settings: ScenarioSettings, recordedCmaKb: number): ScenarioZones {
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
    if (settings.watermark_boost_factor !== undefined) {
      const next = boostsUnderFactor(zones, marks, settings.watermark_boost_factor, pageSizeKb)
      marks = marks.map((m, i) => {
        const cut = (boosts[i] ?? 0) - (next[i] ?? 0)
        return { minPages: m.minPages - cut, lowPages: m.lowPages - cut, highPages: m.highPages - cut }
      })
      boosts = next
    }
  }
  // min_free_kbytes / watermark_scale_factor writes do not recompute lowmem_reserve: keep the printed rows.
  let reserves: (readonly number[])[]
  if (settings.lowmem_reserve_ratio !== undefined) {
    reserves = reservesUnderRatios(basis, settings.lowmem_reserve_ratio)
  } else {
    const computed = zones.every((z) => z.printedReserve)
      ? []
      : reservesFor(zones, sizes, layout, basis.lowmemReserveRatios, version)
    reserves = zones.map((z, i) => z.printedReserve ?? computed[i] ?? [])
  }
  const freeCmaPages =
    settings.cma_kb !== undefined
      ? resizedFreeCma(zones, pageSizeKb, recordedCmaKb, settings.cma_kb)
      : zones.map((z) => z.freeCmaPages)
  return {
    zones: settings.cma_kb === 0 ? withoutCmaBlocks(zones) : zones,
    marks,
    boosts,
    reserves,
    freeCmaPages,
    watermarks: toZoneWatermarks(zones, marks, reserves, boosts, pageSizeKb),
  }
}

/**
 * The allocation replay over a scenario's zones, or null for events it cannot replay. `replayable`:
 * the model replayed the recorded request (a printed mask, even gfp 0, and zone lines).
 */
export function replayScenario(
  event: MemEvent,
  basis: ModelBasis,
  state: ScenarioZones,
  replayable = basis.gfpFlags.length > 0,
): AllocationReplay | null {
  if (!replayable || state.zones.length === 0 || event.kind === 'memcg-oom') return null
  return replayAllocation({
    version: basis.version,
    pageSizeKb: basis.pageSizeKb,
    layout: basis.layout,
    zones: state.zones,
    marks: state.marks,
    reserves: state.reserves,
    freeCmaPages: state.freeCmaPages,
    gfpFlags: new Set(basis.gfpFlags),
    order: basis.order,
    cmaUnusable: basis.cmaUnusable,
    allowedNodes: parseNodeList(event.trigger.nodemask),
  })
}

/**
 * The victim under a scenario: swap added and the group's limit change totalpages (the badness
 * scale), oom_score_adj overrides change points; anything else keeps the model's own victim.
 */
export function scenarioVictim(
  event: MemEvent,
  basis: ModelBasis,
  settings: ScenarioSettings,
  unchangedVictim: VictimReplay | null,
): VictimReplay | null {
  const changed =
    settings.swap_kb !== undefined || settings.oom_score_adj !== undefined || settings.memcg_limit_kb !== undefined
  if (!changed) return unchangedVictim
  const { pageSizeKb } = basis
  const extraSwapPages = settings.swap_kb !== undefined ? Math.floor(settings.swap_kb / pageSizeKb) : 0
  const limitPages =
    settings.memcg_limit_kb !== undefined && basis.memcgLimitPages !== null
      ? Math.floor(settings.memcg_limit_kb / pageSizeKb)
      : basis.memcgLimitPages
  const parts = {
    totalRamPages: basis.totalRamPages,
    totalRamFrom: basis.totalRamFrom,
    swapPages: basis.swapPages,
    memcgLimitPages: limitPages,
  }
  const totalFrom = parts.memcgLimitPages !== null ? 'memcg-limit' : `${parts.totalRamFrom}+swap`
  const totalPages = totalPagesFor(parts, event, extraSwapPages)
  return replayVictim(event.tasks, totalPages, basis.version, pageSizeKb, settings.oom_score_adj, totalFrom)
}

/**
 * See the module comment. `event` supplies the task table; `unchangedVictim` is the model's own victim,
 * reused when no setting touches victim selection (min_free_kbytes, scale factor and CMA do not).
 */
export function runWhatIfImpl(
  event: MemEvent,
  basis: ModelBasis,
  settings: ScenarioSettings,
  unchangedVictim: VictimReplay | null,
): WhatIfResult {
  const state = scenarioZones(basis, settings, recordedCmaKb(event))
  const replay = replayScenario(event, basis, state)
  return {
    settings,
    allocation: replay
      ? { succeeds: replay.succeeds, zone: replay.zone, marginKb: replay.marginKb }
      : { succeeds: false, zone: null, marginKb: 0 },
    zones: state.watermarks,
    replay,
    victim: scenarioVictim(event, basis, settings, unchangedVictim),
  }
}
