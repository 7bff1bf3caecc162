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

/** Target kswapd headroom for the recommendation: watermark_scale_factor 1 % (100) of each zone. */
const SUGGESTED_WSF = 100

export const atomicNoReclaim: EventRule = (ctx) => {
  const { event, gfp, lang } = ctx
  if (event.kind === 'memcg-oom') return null
  if (gfp.canReclaim !== false && !gfp.memallocContext) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  const missed = ctx.zones.filter((v) => v.allowed && !v.pass && v.decidingTerm !== 'order')
  for (const v of missed) {
    evidence.push({ at: v.zone.at, role: 'zone' })
    facts.push({ name: `${v.zone.zone} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
    facts.push({ name: `${v.zone.zone} watermark for this request`, value: v.watermarkKb, unit: 'kB', at: ctx.model.allocation ? 'model' : [v.zone.at] })
  }
  if (event.taskLine) evidence.push({ at: event.taskLine.at, role: 'context' })
  const file = sumKb(event, ['active_file', 'inactive_file'])
  const why = gfp.memallocContext
    ? t(lang, gfp.names.includes('__GFP_NOMEMALLOC') ? 'phrase.kswapd-nomemalloc' : 'phrase.kswapd', { comm: event.trigger.comm ?? 'kswapd' })
    : t(lang, 'phrase.no-direct-reclaim')
  const worst = [...missed].sort((a, b) => a.marginKb - b.marginKb)[0]
  const zones = worst
    ? t(lang, 'phrase.zone-below-min', { zone: worst.zone.zone, free: worst.usableFreeKb, min: worst.watermarkKb + worst.reserveKb, miss: -worst.marginKb })
    : t(lang, 'phrase.no-zone-detail')
  const recs: RecSpec[] = []
  if ((ctx.model.watermarkScaleFactor ?? 10) < SUGGESTED_WSF) recs.push({ key: 'rec.atomic-no-reclaim.wsf', params: { target: SUGGESTED_WSF } })
  recs.push({ key: (gfp.order ?? 0) > 0 ? 'rec.atomic-no-reclaim.order' : 'rec.atomic-no-reclaim.mempool' })
  return {
    code: 'atomic-no-reclaim',
    detailKey: 'finding.atomic-no-reclaim.detail',
    params: { gfp: gfpLabel(event), order: gfp.order ?? 0, why, zones, file: file?.kb ?? 0 },
    evidence,
    facts,
    recs,
  }
}
