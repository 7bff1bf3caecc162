/**
 * "The observed outcome is ground truth" (kernel-facts §6): an OOM report or allocation failure means
 * every zone check failed in that kernel. When the stock rules of the report's version predict
 * success, find the rule that must have differed, using the numbers; today the one known case is CMA
 * being unusable for the request (seed 004: a vendor CMA policy or a pinned/no-CMA context).
 */
import { replayAllocation, type ReplayInput } from './allocation-replay'
import type { AllocationReplay } from './types'

/** The replay to report and whether CMA had to be taken as unusable to match the log. */
export interface Reconciled {
  readonly replay: AllocationReplay
  readonly cmaUnusable: boolean
}

/** Reconcile a stock replay with the observed failure (`failed` = the report shows the allocation failed). */
export function reconcileWithOutcome(stock: AllocationReplay, input: ReplayInput, failed: boolean): Reconciled {
  if (!failed || !stock.succeeds) {
    return { replay: { ...stock, stockSucceeds: stock.succeeds, assumptions: [] }, cmaUnusable: false }
  }
  const hasFreeCma = input.freeCmaPages.some((p) => p > 0)
  if (stock.cmaEligible && hasFreeCma) {
    const noCma = replayAllocation({ ...input, cmaUnusable: true })
    if (!noCma.succeeds) {
      return { replay: { ...noCma, stockSucceeds: true, assumptions: ['cma-unusable'] }, cmaUnusable: true }
    }
  }
  // Nothing we model explains it: report the failure the log shows, keep the stock per-zone numbers.
  return {
    replay: { ...stock, succeeds: false, zone: null, stockSucceeds: true, assumptions: ['outcome-unexplained'] },
    cmaUnusable: false,
  }
}
