/**
 * fragmentation — an order > 0 request failed although a usable zone had enough free pages: what was
 * missing was a free block of 2^order contiguous pages in a migrate type the request may use (the
 * model's order check over the buddy lists, kernel-facts §9, §5.1). Order 0 is never fragmentation:
 * any single free page serves it. Three readings:
 * - the zone verdicts: order-0 margin positive, no usable block of the order (or every such block is
 *   CMA or HighAtomic, closed to this request);
 * - a report without a dump: a costly order (the model's `costly`: above PAGE_ALLOC_COSTLY_ORDER the
 *   allocator gives up after compaction and never kills) is inferred to have been a fragmentation failure;
 * - an OOM header that prints no order (2.6.x): every zone it may use had enough free pages, so the
 *   missing piece can only have been a contiguous block.
 */
import { type MessageParam, phrase, phrases } from '../../i18n/t'
import type { ZoneVerdict } from '../../model/types'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { eligibleZones, type EventRule, gfpLabel } from '../rule-context'
import { toldStage, zonePhrase } from '../zone-phrase'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const fragmentation: EventRule = (ctx) => {
  const { event, request } = ctx
  // Only a buddy request that failed at the zones can lack a block (not a cgroup charge, a manual kill,
  // a fault without an allocation, a vmalloc failure before any page, or a stall that has not failed).
  if (!request || request.failurePoint !== 'zone-watermarks') return null
  const order = request.order
  if (order !== null && order <= 0) return null
  const known = order ?? 0
  const blockKb = 2 ** known * event.pageSizeKb
  const header: EvidenceRef = { at: event.trigger.at, role: 'request' }
  const recs: RecSpec[] = order === null ? [] : [{ key: 'rec.fragmentation.vmalloc', params: { blockKb } }]
  if (request.canReclaim !== false) recs.push({ key: 'rec.fragmentation.compact' })
  const orderFact: FactSpec[] =
    order === null ? [] : [{ name: 'order', value: order, unit: 'count', at: [event.trigger.at] }]

  const allowed = eligibleZones(ctx)
  if (ctx.verdicts.length === 0) {
    // No Mem-Info in the report (a partial paste): what the header proves. A costly order that failed
    // without killing is the textbook fragmentation failure; say that it is inferred from the order.
    if (!request.costly || event.kind !== 'alloc-failure') return null
    return {
      code: 'fragmentation',
      severity: 'warning',
      detailKey: 'finding.fragmentation.detail-no-dump',
      params: { gfp: gfpLabel(ctx), order: known, blockKb },
      evidence: [header],
      facts: orderFact,
      recs,
    }
  }
  // Zones that had enough free pages for the order-0 part of the check (incl. the 2^order − 1 slack).
  const enough = allowed.filter((v) => toldStage(v).marginKb > 0)
  if (enough.length === 0) return null
  // Without an order only an old OOM header (2.6.x prints none) can stand for a buddy request: a
  // warn_alloc report without one is vmalloc's or another caller's, not a block the free lists lacked.
  if (order === null && (event.kind !== 'oom' || enough.length < allowed.length)) return null
  const noBlock = enough.filter((v) => !v.order.pass)
  const evidence: EvidenceRef[] = [header]
  const facts: FactSpec[] = [...orderFact]
  for (const v of enough) {
    const zone = event.zones.find((z) => z.node === v.node && z.zone === v.zone)
    if (zone) evidence.push({ at: zone.at, role: 'zone' })
    if (zone?.buddy) evidence.push({ at: zone.buddy.at, role: 'buddy' })
    const at = zone ? [zone.at] : 'model'
    facts.push({ name: `${v.label} free`, value: v.freeKb, unit: 'kB', at })
    facts.push({ name: `${v.label} min`, value: zone?.minKb ?? v.watermarkKb, unit: 'kB', at })
  }
  const best = [...enough].sort((a, b) => b.freeKb - a.freeKb)[0]
  if (!best) return null
  const params = {
    gfp: gfpLabel(ctx),
    order: known,
    blockKb,
    zone: best.label,
    free: best.freeKb,
    min: event.zones.find((z) => z.node === best.node && z.zone === best.zone)?.minKb ?? best.watermarkKb,
    largestKb: best.order.largestUsableKb ?? 0,
    cmaOnlyKb: best.order.cmaOnlyBlockKb,
    highatomicKb: best.order.highatomicOnlyBlockKb,
    compact: request.canCompact === false ? phrase('phrase.no-compaction') : '',
    fenced: fencedPhrase(ctx, known),
  }
  if (order === null) {
    // 2.6.x prints no order: enough free pages everywhere it could go, yet the request failed.
    return {
      code: 'fragmentation',
      severity: 'warning',
      detailKey: 'finding.fragmentation.detail-no-order',
      params,
      evidence,
      facts,
      recs,
    }
  }
  if (noBlock.length === enough.length) {
    return {
      code: 'fragmentation',
      detailKey: blockDetail(best),
      params,
      evidence,
      facts,
      recs,
    }
  }
  // The buddy lists are printed after the failure (reclaim and compaction ran in between); with
  // blocks visible now, a costly order or a request that could not compact is still the fragmentation case.
  if (!request.costly && request.canReclaim !== false && request.canCompact !== false) return null
  return {
    code: 'fragmentation',
    severity: 'warning',
    detailKey: 'finding.fragmentation.detail-after',
    params,
    evidence,
    facts,
    recs,
  }
}

function blockDetail(v: ZoneVerdict) {
  if (v.order.cmaOnlyBlockKb > 0 && v.order.allBlocksCma) return 'finding.fragmentation.detail-cma-blocks' as const
  if (v.order.highatomicOnlyBlockKb > 0 && v.order.allBlocksHighatomic)
    return 'finding.fragmentation.detail-highatomic-blocks' as const
  if (v.order.cmaOnlyBlockKb > 0) return 'finding.fragmentation.detail-cma-blocks' as const
  return 'finding.fragmentation.detail' as const
}

/** Zones that had a block of the order but failed the watermark or the reserve (a lower zone fenced by lowmem_reserve). */
function fencedPhrase(ctx: Parameters<EventRule>[0], order: number): MessageParam {
  const fenced = eligibleZones(ctx).filter((v) => toldStage(v).marginKb <= 0 && (v.order.usableBlockKb ?? 0) > 0)
  if (fenced.length === 0) return ''
  const why = phrases(fenced.map((v) => zonePhrase(v)))
  return phrase('phrase.fenced-zones', { order, why })
}
