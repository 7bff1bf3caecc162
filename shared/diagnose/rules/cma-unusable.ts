/**
 * cma-unusable — most free memory sat in CMA pageblocks and this request could not use them
 * (kernel-facts §6: only MIGRATE_MOVABLE requests get ALLOC_CMA; without it free CMA does not count
 * toward the watermark, and CMA blocks are not handed out). Read from the model's zone verdicts: a zone
 * refused with the `cma` term (it would pass counting free CMA), or an order check whose free blocks of
 * the order are all CMA. Also the case where the stock rules say the request could use CMA yet it
 * failed: the model reconciles the observed outcome (kernel-facts §6) and the verdicts carry `cma`.
 * And, when the free lists are not in the report, an order > 0 request without ALLOC_CMA that failed
 * although every zone passed its watermark: its block could only come from the non-CMA minority.
 */
import type { StageCheck, ZoneVerdict } from '../../model/types'
import { flipOf } from '../../model/what-if-knobs'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { eligibleZones, type EventRule, gfpLabel, share, zoneLine } from '../rule-context'
import { toldStage } from '../zone-phrase'

/** "Most free memory is CMA" (contract): at least half of the allowed zones' free pages. */
const CMA_MAJORITY = 0.5

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const cmaUnusable: EventRule = (ctx) => {
  const { event, request } = ctx
  if (event.kind === 'memcg-oom' || request?.failurePoint === 'memcg-charge') return null
  const allowed = eligibleZones(ctx).filter((v) => v.freeCmaKb > 0)
  if (allowed.length === 0) return null
  const freeKb = allowed.reduce((s, v) => s + v.freeKb, 0)
  const cmaKb = allowed.reduce((s, v) => s + v.freeCmaKb, 0)
  if (share(cmaKb, freeKb) < CMA_MAJORITY) return null
  const order = Math.max(0, request?.order ?? 0)
  const watermarkDecided = allowed.filter(
    (v) => !v.pass && (v.term === 'cma' || (v.passesWithCma && v.term === 'watermark')),
  )
  const blocksDecided =
    order > 0
      ? allowed.filter((v) => v.order.allBlocksCma || (v.order.usableBlockKb === 0 && v.order.cmaOnlyBlockKb > 0))
      : []
  // Free lists not printed (or cut): the order check cannot be replayed (`order.source` none). When
  // every allowed zone passed its watermark, what failed is the block (the request failed), and a
  // request without ALLOC_CMA could take a block only outside CMA pageblocks (kernel-facts §6).
  const unread =
    order > 0 && request?.cmaEligible !== true && eligibleZones(ctx).every((v) => v.pass)
      ? allowed.filter((v) => v.order.source === 'none')
      : []
  if (watermarkDecided.length === 0 && blocksDecided.length === 0 && unread.length === 0) return null
  // A movable request may use CMA on a stock kernel: then only the reconciled failure proves it could not.
  const stockEligible = request?.cmaEligible === true
  const reconciled = ctx.model.allocation?.assumptions?.includes('cma-unusable') ?? false
  if (stockEligible && !reconciled && watermarkDecided.every((v) => v.term !== 'cma')) return null

  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  for (const v of allowed) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'zone' })
    const buddyAt = event.zones.find((z) => z.node === v.node && z.zone === v.zone)?.buddy?.at
    if (blocksDecided.includes(v) && buddyAt !== undefined) evidence.push({ at: buddyAt, role: 'buddy' })
    const lines = at === undefined ? 'model' : [at]
    facts.push({ name: `${v.label} free`, value: v.freeKb, unit: 'kB', at: lines })
    facts.push({ name: `${v.label} free_cma`, value: v.freeCmaKb, unit: 'kB', at: lines })
  }
  if (event.pageSizeKb !== 4) {
    // Large pages (64 kB on arm64/ppc64) change every page count; say where the page size was read.
    const buddyAt = event.zones.find((z) => z.buddy)?.buddy?.at
    facts.push({
      name: 'page size',
      value: event.pageSizeKb,
      unit: 'kB',
      at: buddyAt === undefined ? 'model' : [buddyAt],
    })
  }
  const cmaReservedAt = event.ram.cmaReservedPages !== null && event.ram.at !== null ? event.ram.at : null
  const cmaReservedKb = (event.ram.cmaReservedPages ?? 0) * event.pageSizeKb
  const recs: RecSpec[] = []
  const told = (v: ZoneVerdict) => withoutCma(request?.cmaEligible === true, v)
  const worst = [...watermarkDecided].sort((a, b) => told(a).marginKb - told(b).marginKb)[0]
  const worstStage = worst ? told(worst) : null
  const named: ZoneVerdict | undefined = worst ?? blocksDecided[0] ?? allowed[0]
  const params = {
    gfp: gfpLabel(ctx),
    order,
    zone: named?.label ?? '',
    free: freeKb,
    cma: cmaKb,
    pct: share(cmaKb, freeKb),
    nonCma: freeKb - cmaKb,
    min: worst && worstStage ? worstStage.watermarkKb + worst.reserveKb : 0,
    mark: worstStage?.watermark ?? 'min',
    miss: worstStage ? -worstStage.marginKb : 0,
    cmaOnlyKb: allowed.reduce((s, v) => s + v.order.cmaOnlyBlockKb, 0),
    blockKb: 2 ** order * event.pageSizeKb,
    cmaReserved: cmaReservedKb,
  }
  if (worst && worstStage && cmaReservedKb > 0) {
    // The largest CMA area with which the request would have been served: the what-if's flip point for
    // the CMA knob (the model replays the allocation at each size), so the advice and the slider agree.
    const flipKb = flipOf(event, ctx.model, 'cma_kb')
    const maxCmaKb = flipKb !== null && flipKb < cmaReservedKb ? flipKb : null
    if (maxCmaKb !== null && maxCmaKb > 0)
      recs.push({
        key: 'rec.cma-unusable.size',
        params: { maxCma: maxCmaKb, cmaReserved: cmaReservedKb, zone: worst.label },
      })
    facts.push({
      name: 'cma reserved',
      value: cmaReservedKb,
      unit: 'kB',
      at: cmaReservedAt === null ? [] : [cmaReservedAt],
    })
  }
  recs.push({ key: stockEligible ? 'rec.cma-unusable.policy' : 'rec.cma-unusable.caller' })
  recs.push({ key: 'rec.cma-unusable.right-size' })
  const detailKey = stockEligible
    ? 'finding.cma-unusable.detail-outcome'
    : watermarkDecided.length > 0
      ? 'finding.cma-unusable.detail'
      : blocksDecided.length > 0
        ? 'finding.cma-unusable.detail-blocks'
        : 'finding.cma-unusable.detail-unread'
  return { code: 'cma-unusable', detailKey, params, evidence, facts, recs }
}

/**
 * The check to tell for a zone refused on CMA. A request that may use CMA on a stock kernel passed the
 * slow path with free CMA counted; the observed failure means CMA did not count for it, and that same
 * slow-path check without the free CMA it could not use is the model's slow-path margin less that CMA.
 * Otherwise the stage the model's verdict tells (the slow path when it failed there).
 */
function withoutCma(stockEligible: boolean, v: ZoneVerdict): StageCheck {
  const slow = v.stages.find((s) => s.stage === 'slowpath')
  if (stockEligible && slow?.pass) return { ...slow, pass: false, term: 'cma', marginKb: slow.marginKb - v.freeCmaKb }
  return toldStage(v)
}
