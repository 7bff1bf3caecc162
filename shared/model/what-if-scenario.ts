/**
 * runScenario: one what-if scenario of an event, replayed end to end — the zones under the changed
 * tunables, the allocation (or cgroup charge) replay, the swap-reclaim estimate, the victim, and the
 * verdict. Settings equal to the recorded state are dropped first, so the recorded scenario is the
 * model's own replay, exactly. Pure; the renderer calls it on every slider move.
 */
import type { MemEvent } from '../event/types'
import { gfpToAllocFlags } from '../kernel/alloc-flags'
import { v } from '../kernel/version'
import { analyzeModelImpl } from './analyze-model'
import { replayScenario, scenarioVictim, scenarioZones, type ScenarioZones } from './what-if'
import { replayMemcg } from './what-if-memcg'
import { changedSettings, recordedCmaKb, recordedSettings } from './what-if-recorded'
import { afterSwapReclaim, extraReclaimKb, anonPerZoneKb } from './what-if-swap'
import type { MemcgReplay, ScenarioResult, ScenarioSettings, SwapEstimate } from './what-if-types'
import { scenarioVerdict, verdictZoneCheck } from './what-if-verdict'
import type { AllocationReplay, ModelBasis, ModelResult } from './types'

/**
 * The kernel refused although the replay of the recorded numbers passes (the model marks it
 * `outcome-unexplained`; a cgroup whose printed usage is below its limit): some rule we cannot see
 * decided, so no scenario may claim the request would then succeed.
 */
function recordedUnexplained(model: ModelResult, memcg: MemcgReplay | null): boolean {
  return (model.allocation?.assumptions ?? []).includes('outcome-unexplained') || !!memcg?.unexplained
}

function emptyResult(settings: ScenarioSettings, model: ModelResult, event: MemEvent): ScenarioResult {
  const memcg = replayMemcg(event, recordedSettings(event, model), settings)
  const verdict = scenarioVerdict({
    event,
    settings,
    recorded: Object.keys(settings).length === 0,
    replay: null,
    memcg,
    victim: model.predictedVictim,
    estimate: false,
    unexplained: recordedUnexplained(model, memcg),
  })
  return {
    settings,
    allocation: { succeeds: verdict.outcome === 'succeeds', zone: null, marginKb: 0 },
    zones: [],
    replay: null,
    victim: model.predictedVictim,
    verdict,
    recorded: Object.keys(settings).length === 0,
    freeCmaKb: [],
    buddyTypes: [],
    usableLetters: null,
    memcg,
    swap: null,
  }
}

/** The swap estimate and the replay after it, when swap was added to a zone replay that refused. */
function withSwap(
  event: MemEvent,
  model: ModelResult,
  basis: ModelBasis,
  state: ScenarioZones,
  replay: AllocationReplay | null,
  addedKb: number,
): { swap: SwapEstimate; replay: AllocationReplay | null } {
  const allowed = new Set((replay?.zones ?? []).filter((z) => z.allowed).map((z) => `${z.node}/${z.zone}`))
  const eligible = state.zones.map((z) => allowed.has(`${z.node}/${z.zone}`))
  const extra = extraReclaimKb(event, state.zones, addedKb, eligible)
  const anon = anonPerZoneKb(event, state.zones)
  const check = replay ? verdictZoneCheck(replay) : null
  const shortfallKb =
    replay && !replay.succeeds && check && check.decidingTerm !== 'order' ? Math.max(0, -check.marginKb) : 0
  const canReclaim = model.gfp?.canReclaim ?? false
  let after: AllocationReplay | null = replay
  if (replay && !replay.succeeds && canReclaim && extra.some((kb) => kb > 0)) {
    after = replayScenario(event, basis, afterSwapReclaim(state, extra, basis.pageSizeKb), true)
  }
  const swap: SwapEstimate = {
    addedKb,
    swappableKb: anon.reduce((s, kb, i) => s + (eligible[i] ? kb : 0), 0),
    reclaimableKb: extra.reduce((s, kb) => s + kb, 0),
    shortfallKb,
    canReclaim,
    covers: !!(after?.succeeds && replay && !replay.succeeds),
  }
  return { swap, replay: after }
}

/** The free-list letters the order check may use for this request (see `ScenarioResult.usableLetters`). */
function usableLetters(basis: ModelBasis): string | null {
  if (basis.version < v('4.4')) return null
  const stock = gfpToAllocFlags(new Set(basis.gfpFlags), basis.version, basis.order)
  const cma = stock.cma && !basis.cmaUnusable
  return `UME${cma ? 'C' : ''}${stock.highatomic ? 'H' : ''}`
}

/** See the module comment. */
export function runScenario(event: MemEvent, model: ModelResult, requested: ScenarioSettings): ScenarioResult {
  const full = model.basis ? model : analyzeModelImpl(event)
  const recorded = recordedSettings(event, full)
  const settings = changedSettings(requested, recorded)
  const basis = full.basis
  if (!basis) return emptyResult(settings, full, event)
  const isRecorded = Object.keys(settings).length === 0
  const state = scenarioZones(basis, settings, recordedCmaKb(event))
  // As recorded, the model's reconciled replay (it may have had to take CMA as unusable to match the log).
  let replay = isRecorded ? full.allocation : replayScenario(event, basis, state, full.allocation !== null)
  let swap: SwapEstimate | null = null
  const added = settings.swap_kb ?? 0
  if (added > 0 && event.kind !== 'memcg-oom') {
    const estimated = withSwap(event, full, basis, state, replay, added)
    swap = estimated.swap
    if (swap.covers) replay = estimated.replay
  }
  const memcg = replayMemcg(event, recorded, settings)
  const victim = scenarioVictim(event, basis, settings, full.predictedVictim)
  const verdict = scenarioVerdict({
    event,
    settings,
    recorded: isRecorded,
    replay,
    memcg,
    victim,
    estimate: !!swap?.covers || (memcg?.reclaimableKb ?? 0) > 0,
    unexplained: recordedUnexplained(full, memcg),
  })
  const pageKb = basis.pageSizeKb
  return {
    settings,
    allocation: replay
      ? { succeeds: replay.succeeds, zone: replay.zone, marginKb: replay.marginKb }
      : { succeeds: verdict.outcome === 'succeeds', zone: null, marginKb: 0 },
    zones: state.watermarks,
    replay,
    victim,
    verdict,
    recorded: isRecorded,
    freeCmaKb: state.freeCmaPages.map((p) => p * pageKb),
    buddyTypes: state.zones.map((z) => z.buddyTypes),
    usableLetters: usableLetters(basis),
    memcg,
    swap,
  }
}
