/**
 * atomic-no-reclaim — the request could not reclaim or compact: no __GFP_DIRECT_RECLAIM (GFP_ATOMIC,
 * GFP_NOWAIT; interrupt and softirq context), or kswapd itself (PF_MEMALLOC never recurses into
 * direct reclaim). Such a request can only take what is free above its (reduced) min watermark at
 * that instant; clean page cache that reclaim would free in microseconds is out of its reach.
 */
import { t } from '../../i18n/t'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { sumKb } from '../memory-totals'
import { type EventRule, gfpLabel } from '../rule-context'
import { preferredZone, zonePhrase } from '../zone-phrase'

/** Target kswapd headroom for the recommendation: watermark_scale_factor 1 % (100) of each zone. */
const SUGGESTED_WSF = 100

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const atomicNoReclaim: EventRule = (ctx) => {
  const { event, gfp, lang } = ctx
  // The OOM killer is only reached from the slow path after direct reclaim: an OOM report is never
  // an atomic request. Only page allocation failures can be.
  if (event.kind !== 'alloc-failure') return null
  if (gfp.canReclaim !== false && !gfp.memallocContext) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  const missed = ctx.zones.filter((v) => v.allowed && !v.pass && v.decidingTerm !== 'order')
  for (const v of missed) {
    evidence.push({ at: v.zone.at, role: 'zone' })
    facts.push({ name: `${v.zone.zone} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
    facts.push({
      name: `${v.zone.zone} watermark for this request`,
      value: v.watermarkKb,
      unit: 'kB',
      at: ctx.model.allocation ? 'model' : [v.zone.at],
    })
  }
  if (event.taskLine) evidence.push({ at: event.taskLine.at, role: 'context' })
  const file = sumKb(event, ['active_file', 'inactive_file'])
  const why = gfp.memallocContext
    ? t(lang, gfp.names.includes('__GFP_NOMEMALLOC') ? 'phrase.kswapd-nomemalloc' : 'phrase.kswapd', {
        comm: event.trigger.comm ?? 'kswapd',
      })
    : t(lang, 'phrase.no-direct-reclaim')
  const preferred = preferredZone(missed)
  const zones = preferred
    ? zonePhrase(lang, event, preferred)
    : ctx.zones.some((v) => v.allowed && v.decidingTerm === 'order')
      ? t(lang, 'phrase.no-block-of-order', { order: gfp.order ?? 0 })
      : t(lang, 'phrase.no-zone-detail')
  const recs: RecSpec[] = []
  // Earlier kswapd only helps a request that missed a watermark, not one that lacked a block.
  if (missed.length > 0 && (ctx.model.watermarkScaleFactor ?? 10) < SUGGESTED_WSF)
    recs.push({ key: 'rec.atomic-no-reclaim.wsf', params: { target: SUGGESTED_WSF } })
  recs.push({ key: (gfp.order ?? 0) > 0 ? 'rec.atomic-no-reclaim.order' : 'rec.atomic-no-reclaim.mempool' })
  return {
    code: 'atomic-no-reclaim',
    detailKey: 'finding.atomic-no-reclaim.detail',
    params: { gfp: gfpLabel(ctx), order: gfp.order ?? '?', why, zones, file: file?.kb ?? 0 },
    evidence,
    facts,
    recs,
  }
}
