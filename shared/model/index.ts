/**
 * The kernel model's entry points: recompute what the kernel decided for one event, and the same
 * under changed tunables (what-if). Pure functions over plain data.
 */
import type { MemEvent } from '../event/types'
import { analyzeModelImpl } from './analyze-model'
import { runWhatIfImpl } from './what-if'
import type { ModelResult, WhatIfResult, WhatIfSettings } from './types'

/** Recompute watermarks, reserves, the allocation replay and the victim replay for one event. */
export function analyzeModel(event: MemEvent): ModelResult {
  return analyzeModelImpl(event)
}

/** The same recomputation under changed settings; the renderer calls this on every slider move. */
export function runWhatIf(event: MemEvent, model: ModelResult, settings: WhatIfSettings): WhatIfResult {
  const full = model.basis ? model : analyzeModelImpl(event)
  const basis = full.basis
  if (!basis) {
    return { settings, allocation: { succeeds: false, zone: null, marginKb: 0 }, zones: [], replay: null, victim: null }
  }
  return runWhatIfImpl(event, basis, settings, full.predictedVictim)
}

/** Live snapshots: recompute from /proc/zoneinfo + /proc/sys/vm, and the adapters from parsed snapshots. */
export { recomputeSnapshotWatermarks } from './snapshot-watermarks'
export { vmSysctls, zoneinfoZones } from './snapshot-input'

/** Page-table pages of a task row, as the badness replay counts them (the task tables show them in kB). */
export { pageTablePages } from '../kernel/oom-badness'
