/**
 * The observed outcome is ground truth (kernel-facts §6): an OOM report or an allocation failure means
 * every allowed zone failed its check at the stage that decided. When a zone passes over the printed
 * numbers, say how far and what could explain it, instead of claiming the request would have succeeded.
 */
import type { OutcomeCheck, RequestModel, ZoneVerdict } from './types'

/**
 * How much the numbers can move between the check and show_mem's printout without anything being
 * wrong: the per-CPU free lists get drained back into the buddy lists (`drain_all_pages` on the retry
 * path; the zone's `free_pcp`), and NR_FREE_PAGES is a per-CPU-batched counter (up to stat_threshold ≤
 * 125 pages per CPU; the report does not say how many CPUs): 0.5 % of the zone covers 8 CPUs × 125
 * pages on an 800 MB zone and is the floor.
 */
const DRIFT_SHARE = 0.005

/** The check for one event; null when no allocation failed at a zone (memcg, manual, pagefault). */
export function outcomeCheck(
  request: RequestModel,
  verdicts: readonly ZoneVerdict[],
  sizeKb: (v: ZoneVerdict) => number,
  freePcpKb: (v: ZoneVerdict) => number,
  cmaUnusable: boolean,
): OutcomeCheck | null {
  if (request.failurePoint !== 'zone-watermarks' || verdicts.length === 0) return null
  const passing = verdicts.filter((v) => v.allowed && v.pass)
  if (passing.length === 0) {
    return {
      verdict: 'consistent',
      passing: [],
      marginKb: 0,
      note: 'every zone the request may use fails at the decisive stage',
    }
  }
  const marginKb = Math.max(...passing.map((v) => v.marginKb))
  if (cmaUnusable) {
    return {
      verdict: 'cma-unusable',
      passing: passing.map((v) => v.label),
      marginKb,
      note: 'the zones pass only with free CMA counted; the failure fits a kernel where CMA was unusable for this request',
    }
  }
  const moved = passing.every((v) => v.marginKb <= Math.max(freePcpKb(v), sizeKb(v) * DRIFT_SHARE))
  return {
    verdict: moved ? 'numbers-moved' : 'unexplained',
    passing: passing.map((v) => v.label),
    marginKb,
    note: moved
      ? `${passing.map((v) => v.label).join(', ')} pass by at most ${marginKb} kB, within what drained per-CPU lists and counter drift move between the check and the printout`
      : `${passing.map((v) => v.label).join(', ')} pass by ${marginKb} kB over the printed numbers: no stock rule of this kernel explains the failure`,
  }
}
