/**
 * cma-unusable — most free memory sat in CMA pageblocks and this request could not use them
 * (kernel-facts §6: only MIGRATE_MOVABLE requests get ALLOC_CMA; without it free CMA does not count
 * toward the watermark, and CMA blocks are not handed out). Also the case where the stock rules say
 * the request could use CMA yet it failed anyway: the observed outcome is ground truth, and the
 * numbers only fit a check without CMA (vendor CMA policy, pinned/no-CMA context).
 */
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { type EventRule, gfpLabel, share } from '../rule-context'

/** "Most free memory is CMA" (contract): at least half of the allowed zones' free pages. */
const CMA_MAJORITY = 0.5

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const cmaUnusable: EventRule = (ctx) => {
  const { event, gfp } = ctx
  if (event.kind === 'memcg-oom') return null
  const allowed = ctx.zones.filter((v) => v.allowed && v.freeCmaKb > 0)
  if (allowed.length === 0) return null
  const freeKb = allowed.reduce((s, v) => s + v.freeKb, 0)
  const cmaKb = allowed.reduce((s, v) => s + v.freeCmaKb, 0)
  if (share(cmaKb, freeKb) < CMA_MAJORITY) return null
  const order = Math.max(0, gfp.order ?? 0)
  const slackKb = (2 ** order - 1) * event.pageSizeKb
  // Margin of each zone with CMA removed from free: the check the kernel must have made.
  const withoutCma = allowed.map((v) => ({
    v,
    marginKb: v.freeKb - v.freeCmaKb - slackKb - v.watermarkKb - v.reserveKb,
  }))
  const watermarkDecided = withoutCma.filter((z) => z.marginKb <= 0 && z.v.passesWithCma)
  const blocksDecided = order > 0 ? allowed.filter((v) => v.usableBlockKb === 0 && v.cmaOnlyBlockKb > 0) : []
  if (watermarkDecided.length === 0 && blocksDecided.length === 0) return null
  const replay = ctx.model.allocation
  const modelSaysCma =
    (replay?.assumptions?.includes('cma-unusable') || replay?.zones.some((z) => z.decidingTerm === 'cma')) ?? false
  // A movable request may use CMA on a stock kernel: then only the failure itself proves it could not.
  const stockEligible = gfp.cmaEligible === true
  if (stockEligible && !modelSaysCma && watermarkDecided.length === 0) return null

  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  for (const v of allowed) {
    evidence.push({ at: v.zone.at, role: 'zone' })
    if (blocksDecided.includes(v) && v.zone.buddy) evidence.push({ at: v.zone.buddy.at, role: 'buddy' })
    facts.push({ name: `${v.zone.zone} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
    facts.push({ name: `${v.zone.zone} free_cma`, value: v.freeCmaKb, unit: 'kB', at: [v.zone.at] })
  }
  if (event.pageSizeKb !== 4) {
    // 64 kB pages (seed 004) change every page count; say where the page size was read.
    const buddyAt = allowed.find((v) => v.zone.buddy)?.zone.buddy?.at
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
  const worst = [...withoutCma].sort((a, b) => a.marginKb - b.marginKb)[0]
  const params = {
    gfp: gfpLabel(ctx),
    order,
    zone: worst?.v.zone.zone ?? '',
    free: freeKb,
    cma: cmaKb,
    pct: share(cmaKb, freeKb),
    nonCma: freeKb - cmaKb,
    min: worst ? worst.v.watermarkKb + worst.v.reserveKb : 0,
    miss: worst ? -worst.marginKb : 0,
    cmaOnlyKb: allowed.reduce((s, v) => s + v.cmaOnlyBlockKb, 0),
    blockKb: 2 ** order * event.pageSizeKb,
    cmaReserved: cmaReservedKb,
  }
  if (watermarkDecided.length > 0 && worst && cmaReservedKb > 0) {
    // The largest CMA area that would have left the non-CMA free above the watermark (rounded down
    // to whole MiB): shrink CMA by the miss plus one page of the strict `>` comparison.
    const maxCmaKb = Math.floor((cmaReservedKb - (-worst.marginKb + event.pageSizeKb)) / 1024) * 1024
    if (maxCmaKb > 0)
      recs.push({
        key: 'rec.cma-unusable.size',
        params: { maxCma: maxCmaKb, cmaReserved: cmaReservedKb, zone: worst.v.zone.zone },
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
      : 'finding.cma-unusable.detail-blocks'
  return { code: 'cma-unusable', detailKey, params, evidence, facts, recs }
}
