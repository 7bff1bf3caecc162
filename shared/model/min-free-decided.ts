/**
 * Whether a raised min_free_kbytes decided the outcome: the request's decisive stage replayed with the
 * watermarks the boot default would have given this machine. A min_free_kbytes write runs
 * `setup_per_zone_wmarks` (mm/page_alloc.c `min_free_kbytes_sysctl_handler`, every version) — every
 * zone's min/low/high from the new pages_min, the same watermark_scale_factor — and leaves
 * lowmem_reserve alone (`setup_per_zone_lowmem_reserve` runs only for its own sysctl and at boot); THP's
 * `set_recommended_min_free_kbytes` goes through the same `setup_per_zone_wmarks`. So the counterfactual
 * is the same zones, the same free pages, reserves and boost, with the default's watermarks: if a zone
 * the request may use passes there, the raised value is what refused it; if none does, memory was
 * simply exhausted and the raised value is context at most.
 */
import type { StageRule } from '../kernel/alloc-stages'
import type { KernelVersionCode } from '../kernel/version'
import { pagesMinFromKbytes } from '../kernel/watermarks'
import { marksFor, withBoost } from './recompute-zones'
import type { BasisZone, MinFreeDecision, RequestModel, ZoneFlag } from './types'
import { zoneVerdicts } from './zone-verdicts'

export interface MinFreeDecisionInput {
  readonly version: KernelVersionCode
  readonly pageSizeKb: number
  readonly layout: readonly string[]
  readonly zones: readonly BasisZone[]
  readonly watermarkScaleFactor: number
  /** The lowmem_reserve rows in effect (printed, else recomputed), pages. */
  readonly reserves: readonly (readonly number[])[]
  readonly freeCmaPages: readonly number[]
  readonly request: RequestModel
  readonly stages: readonly StageRule[]
  readonly flags: readonly (readonly ZoneFlag[])[]
  /** The machine ran with this; the boot default for its lowmem (kB). */
  readonly inferredKb: number
  readonly defaultKb: number
  /** Labels of the allowed zones that failed / passed the decisive stage with the marks in effect. */
  readonly failedNow: boolean
}

/** The replay with the default's watermarks; null when the value was not raised or no zone has a size. */
export function minFreeDecision(input: MinFreeDecisionInput): MinFreeDecision | null {
  const { zones, pageSizeKb, defaultKb, inferredKb } = input
  if (inferredKb <= defaultKb || zones.length === 0 || zones.some((z) => z.sizePages <= 0)) return null
  const marks = withBoost(
    marksFor(
      zones,
      zones.map((z) => z.sizePages),
      input.layout,
      input.version,
      pagesMinFromKbytes(defaultKb, pageSizeKb),
      input.watermarkScaleFactor,
    ),
    zones.map((z) => z.boostPages),
  )
  // The printed marks are the raised ones: the counterfactual checks against the default's only.
  const unprinted = zones.map((z, i) => ({
    ...z,
    printedMinPages: null,
    printedLowPages: null,
    printedHighPages: null,
    printedReserve: input.reserves[i] ?? z.printedReserve,
  }))
  const verdicts = zoneVerdicts({
    version: input.version,
    pageSizeKb,
    layout: input.layout,
    zones: unprinted,
    computedMarks: marks,
    computedReserves: input.reserves,
    freeCmaPages: input.freeCmaPages,
    request: input.request,
    stages: input.stages,
    flags: input.flags,
  })
  const passing = verdicts.filter((v) => v.allowed && v.pass)
  return {
    defaultKb,
    stage: input.request.decisiveStage,
    passingWithDefault: passing.map((v) => v.label),
    marginsWithDefault: verdicts
      .filter((v) => v.allowed)
      .map((v) => ({ zone: v.label, marginKb: v.marginKb, watermarkKb: v.watermarkKb })),
    decided: input.failedNow && passing.length > 0,
  }
}
