/**
 * The kernel model's entry points. (Skeleton stub: the kernel-model work replaces the bodies and
 * keeps the signatures.)
 */
import type { MemEvent } from '../event/types'
import type { ModelResult, WhatIfResult, WhatIfSettings } from './types'

/** Recompute watermarks, reserves, the allocation replay and the victim replay for one event. */
export function analyzeModel(event: MemEvent): ModelResult {
  void event
  return {
    inferredMinFreeKbytes: null,
    minFreeSource: 'unknown',
    watermarkScaleFactor: null,
    zones: [],
    gfp: null,
    allocation: null,
    predictedVictim: null,
  }
}

/** The same recomputation under changed settings; the renderer calls this on every slider move. */
export function runWhatIf(event: MemEvent, model: ModelResult, settings: WhatIfSettings): WhatIfResult {
  void event
  void model
  return { settings, allocation: { succeeds: false, zone: null, marginKb: 0 }, zones: [], replay: null, victim: null }
}
