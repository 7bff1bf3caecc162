/**
 * fragmentation — an order > 0 request failed although a usable zone had enough free pages: what was
 * missing was a free block of 2^order contiguous pages in a migrate type the request may use
 * (kernel-facts §9, §5.1: for order > 0 the watermark check also needs a free list of order ≥ k).
 * Order 0 is never fragmentation: any single free page serves it.
 */
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { t } from '../../i18n/t'
import { type EventRule, gfpLabel } from '../rule-context'
import { joinPhrases, zonePhrase } from '../zone-phrase'

/** PAGE_ALLOC_COSTLY_ORDER: above it the allocator gives up after compaction and never OOM-kills. */
const COSTLY_ORDER = 3

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const fragmentation: EventRule = (ctx) => {
  const { event, gfp } = ctx
  const order = gfp.order ?? 0
  if (order <= 0) return null
  const blockKb = 2 ** order * event.pageSizeKb
  const header: EvidenceRef = { at: event.trigger.at, role: 'request' }
  const recs: RecSpec[] = [{ key: 'rec.fragmentation.vmalloc', params: { blockKb } }]
  if (gfp.canReclaim !== false) recs.push({ key: 'rec.fragmentation.compact' })

  const allowed = ctx.zones.filter((v) => v.allowed)
  if (allowed.length === 0) {
    // No Mem-Info in the report (a partial paste): a costly-order failure in a report without any
    // sign of exhaustion is the textbook fragmentation failure; say that it is inferred from the order.
    if (order <= COSTLY_ORDER || event.kind !== 'alloc-failure' || event.zones.length > 0) return null
    return {
      code: 'fragmentation',
      severity: 'warning',
      detailKey: 'finding.fragmentation.detail-no-dump',
      params: { gfp: gfpLabel(ctx), order, blockKb },
      evidence: [header],
      facts: [{ name: 'order', value: order, unit: 'count', at: [event.trigger.at] }],
      recs,
    }
  }
  // Zones that had enough free pages for the order-0 part of the check (incl. the 2^order − 1 slack).
  const enough = allowed.filter((v) => v.marginKb > 0)
  if (enough.length === 0) return null
  const noBlock = enough.filter((v) => v.usableBlockKb === 0)
  const evidence: EvidenceRef[] = [header]
  const facts: FactSpec[] = [{ name: 'order', value: order, unit: 'count', at: [event.trigger.at] }]
  for (const v of enough) {
    evidence.push({ at: v.zone.at, role: 'zone' })
    if (v.zone.buddy) evidence.push({ at: v.zone.buddy.at, role: 'buddy' })
    facts.push({ name: `${v.zone.zone} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
    facts.push({ name: `${v.zone.zone} min`, value: v.zone.minKb ?? 0, unit: 'kB', at: [v.zone.at] })
  }
  const best = [...enough].sort((a, b) => b.freeKb - a.freeKb)[0] ?? enough[0]
  if (!best) return null
  const params = {
    gfp: gfpLabel(ctx),
    order,
    blockKb,
    zone: best.zone.zone,
    free: best.freeKb,
    min: best.zone.minKb ?? 0,
    largestKb: largestUsableBlockKb(event.pageSizeKb, best),
    cmaOnlyKb: best.cmaOnlyBlockKb,
    compact: gfp.canCompact === false ? t(ctx.lang, 'phrase.no-compaction') : '',
    fenced: fencedPhrase(ctx, order),
  }
  if (noBlock.length === enough.length) {
    return {
      code: 'fragmentation',
      detailKey: best.cmaOnlyBlockKb > 0 ? 'finding.fragmentation.detail-cma-blocks' : 'finding.fragmentation.detail',
      params,
      evidence,
      facts,
      recs,
    }
  }
  // The buddy lists are printed after the failure (reclaim and compaction ran in between); with
  // blocks visible now, a costly order that could not compact is still the fragmentation case.
  if (order <= COSTLY_ORDER && gfp.canReclaim !== false) return null
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

/** Largest free block (kB) of any order in a migrate type the request may use; CMA-only blocks excluded. */
function largestUsableBlockKb(
  pageKb: number,
  v: {
    zone: { buddy: { counts: readonly number[]; types: readonly (string | null)[]; order0Kb: number | null } | null }
  },
): number {
  const buddy = v.zone.buddy
  if (!buddy) return 0
  let largest = 0
  buddy.counts.forEach((count, k) => {
    const types = buddy.types[k]
    const cmaOnly =
      types !== null && types !== undefined && types.length > 0 && [...types].every((c) => c === 'C' || c === 'I')
    if (count > 0 && !cmaOnly) largest = (buddy.order0Kb ?? pageKb) * 2 ** k
  })
  return largest
}

/** Zones that had a block of the order but failed the watermark or the reserve (042: DMA32 fenced by lowmem_reserve). */
function fencedPhrase(ctx: Parameters<EventRule>[0], order: number): string {
  const fenced = ctx.zones.filter((v) => v.allowed && v.marginKb <= 0 && (v.usableBlockKb ?? 0) > 0)
  if (fenced.length === 0) return ''
  const why = joinPhrases(
    ctx.lang,
    fenced.map((v) => zonePhrase(ctx.lang, ctx.event, v)),
  )
  return t(ctx.lang, 'phrase.fenced-zones', { order, why })
}
