/**
 * atomic-no-reclaim — the request could not reclaim or compact: no direct reclaim (GFP_ATOMIC,
 * GFP_NOWAIT; interrupt and softirq context), or the reporting task is a reclaimer itself (PF_MEMALLOC:
 * kswapd never recurses into direct reclaim). Such a request can only take what is free above its
 * (reduced) watermark at that instant; clean page cache that reclaim would free in microseconds is out
 * of its reach. Read from the model's request (canReclaim, memallocContext) and zone verdicts.
 */
import { phrase } from '../../i18n/t'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { eligibleZones, type EventRule, gfpLabel, preferredZone, zoneLine } from '../rule-context'
import { zonePhrase } from '../zone-phrase'

/** Target kswapd headroom for the recommendation: watermark_scale_factor 1 % (100) of each zone. */
const SUGGESTED_WSF = 100

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const atomicNoReclaim: EventRule = (ctx) => {
  const { event, request } = ctx
  // The OOM killer is only reached from the slow path after direct reclaim: an OOM report is never
  // an atomic request. Only page allocation failures can be.
  if (event.kind !== 'alloc-failure' || !request) return null
  if (request.canReclaim !== false && !request.memallocContext) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  const missed = eligibleZones(ctx).filter((v) => !v.pass && v.term !== 'order')
  const fromModel = (origin: string) => origin === 'replayed'
  for (const v of missed) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'zone' })
    facts.push({ name: `${v.label} free`, value: v.freeKb, unit: 'kB', at: at === undefined ? 'model' : [at] })
    facts.push({
      name: `${v.label} watermark for this request`,
      value: v.watermarkKb,
      unit: 'kB',
      at: fromModel(v.origin) || at === undefined ? 'model' : [at],
    })
  }
  if (event.taskLine) evidence.push({ at: event.taskLine.at, role: 'context' })
  const fileKb = ctx.balance?.fileKb ?? 0
  const why = request.memallocContext
    ? phrase(request.flags.includes('__GFP_NOMEMALLOC') ? 'phrase.kswapd-nomemalloc' : 'phrase.kswapd', {
        comm: event.trigger.comm ?? event.taskLine?.comm ?? 'kswapd',
      })
    : phrase('phrase.no-direct-reclaim')
  const preferred = preferredZone(ctx, missed)
  const orderBlocked = eligibleZones(ctx).filter((v) => v.term === 'order')
  const zones = preferred
    ? zonePhrase(preferred)
    : orderBlocked.length > 0
      ? phrase(
          orderBlocked.every((v) => v.order.allBlocksHighatomic)
            ? 'phrase.only-highatomic-blocks'
            : 'phrase.no-block-of-order',
          { order: request.order ?? 0 },
        )
      : phrase('phrase.no-zone-detail')
  const recs: RecSpec[] = []
  // Earlier kswapd only helps a request that missed a watermark, not one that lacked a block.
  if (missed.length > 0 && (ctx.model.watermarkScaleFactor ?? 10) < SUGGESTED_WSF)
    recs.push({ key: 'rec.atomic-no-reclaim.wsf', params: { target: SUGGESTED_WSF } })
  recs.push({ key: (request.order ?? 0) > 0 ? 'rec.atomic-no-reclaim.order' : 'rec.atomic-no-reclaim.mempool' })
  return {
    code: 'atomic-no-reclaim',
    detailKey: 'finding.atomic-no-reclaim.detail',
    params: { gfp: gfpLabel(ctx), order: request.order ?? '?', why, zones, file: fileKb },
    evidence,
    facts,
    recs,
  }
}
