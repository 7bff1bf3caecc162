/**
 * high-min-watermark — the min watermarks (min_free_kbytes spread over the lowmem zones) are a large
 * share of memory: memory the allocator keeps back from ordinary requests. The usual source is THP's
 * recommended value (11 pageblocks per zone, kernel-facts §2.2), far above the boot default
 * ⌊√(16 × lowmem kB)⌋ (§2.1) on small machines.
 */
import type { Zone } from '../../event/types'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { type EventRule, share } from '../rule-context'

/** Reserves above 3 % of lowmem *and* twice the boot default are a configuration choice, not the default. */
const MIN_SHARE = 0.03
const DEFAULT_FACTOR = 2
/** Headroom the recommendation aims for above min in the failing zone: 1 % of the zone, at least 4 MiB. */
const HEADROOM_SHARE = 0.01
const HEADROOM_FLOOR_KB = 4096

/** The zone's min without watermark boost: printed boost (5.16+), else capped by 4 × (low − min) (§3.1: low − min ≥ tmp/4). */
export function unboostedMinKb(zone: Zone, pageKb: number): number | null {
  if (zone.minKb === null) return null
  const printed = zone.minKb - (zone.boostKb ?? 0)
  if (zone.lowKb === null) return printed
  return Math.min(printed, 4 * (zone.lowKb - zone.minKb) + 3 * pageKb)
}

/** Boot default min_free_kbytes for this much lowmem (kernel-facts §2.1, clamp 128…65536 kB). */
export function defaultMinFreeKb(lowmemKb: number): number {
  return Math.min(65536, Math.max(128, Math.floor(Math.sqrt(lowmemKb * 16))))
}

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const highMinWatermark: EventRule = (ctx) => {
  const { event } = ctx
  const lowmem = event.zones.filter((z) => z.zone !== 'HighMem' && z.zone !== 'Movable' && z.managedKb !== null)
  if (
    lowmem.length === 0 ||
    lowmem.length !== event.zones.filter((z) => z.zone !== 'HighMem' && z.zone !== 'Movable').length
  )
    return null
  const lowmemKb = lowmem.reduce((s, z) => s + (z.managedKb ?? 0), 0)
  const mins = lowmem.map((z) => unboostedMinKb(z, event.pageSizeKb))
  if (mins.some((m) => m === null)) return null
  const minFreeKb = ctx.model.inferredMinFreeKbytes ?? mins.reduce<number>((s, m) => s + (m ?? 0), 0)
  // The boot default is ≥ 128 kB by its clamp; a model value outside that is not a default to compare with.
  const modelDefaultKb = ctx.model.defaultMinFreeKbytes ?? null
  const defaultKb = modelDefaultKb !== null && modelDefaultKb >= 128 ? modelDefaultKb : defaultMinFreeKb(lowmemKb)
  if (share(minFreeKb, lowmemKb) < MIN_SHARE || minFreeKb < DEFAULT_FACTOR * defaultKb) return null

  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...lowmem.map((z) => ({ at: z.at, role: 'watermarks' })),
  ]
  const facts: FactSpec[] = [
    {
      name: 'min_free_kbytes (inferred)',
      value: minFreeKb,
      unit: 'kB',
      at: ctx.model.inferredMinFreeKbytes !== null ? 'model' : lowmem.map((z) => z.at),
    },
    { name: 'lowmem managed', value: lowmemKb, unit: 'kB', at: lowmem.map((z) => z.at) },
    { name: 'default min_free_kbytes', value: defaultKb, unit: 'kB', at: 'model' },
  ]
  const thpKb = ctx.model.thpMinFreeKbytes ?? thpRecommendedKb(event, lowmem.length)
  const fromThp = ctx.model.minFreeSource === 'thp' || (thpKb !== null && Math.abs(minFreeKb - thpKb) <= thpKb * 0.02)
  const recs: RecSpec[] = []
  // The failing zone: the largest allowed zone that missed on the watermark, the reserve or CMA (the
  // preferred zone of the zonelist; a small DMA zone refused by its reserve says nothing about min).
  const failing = ctx.zones
    .filter((v) => v.allowed && !v.pass && ['watermark', 'lowmem-reserve', 'cma'].includes(v.decidingTerm))
    .sort((a, b) => (b.zone.managedKb ?? 0) - (a.zone.managedKb ?? 0))[0]
  if (failing && failing.zone.managedKb) {
    const headroomKb = Math.max(HEADROOM_FLOOR_KB, Math.round(failing.zone.managedKb * HEADROOM_SHARE))
    const roomKb = failing.usableFreeKb - failing.reserveKb - headroomKb
    const maxMinFreeKb = Math.floor((roomKb * lowmemKb) / failing.zone.managedKb)
    if (maxMinFreeKb > 0) {
      recs.push({
        key: 'rec.high-min-watermark.value',
        params: { value: maxMinFreeKb, zone: failing.zone.zone, headroom: headroomKb, def: defaultKb },
      })
    }
  }
  recs.push({
    key: fromThp ? 'rec.high-min-watermark.thp' : 'rec.high-min-watermark.sysctl',
    params: { def: defaultKb },
  })
  return {
    code: 'high-min-watermark',
    detailKey: fromThp ? 'finding.high-min-watermark.detail-thp' : 'finding.high-min-watermark.detail',
    params: {
      minFree: minFreeKb,
      lowmem: lowmemKb,
      pct: share(minFreeKb, lowmemKb),
      def: defaultKb,
      factor: minFreeKb / defaultKb,
      zones: lowmem.length,
      thp: thpKb ?? 0,
    },
    evidence,
    facts,
    recs,
  }
}

/**
 * THP's recommended min_free_kbytes: 11 × pageblock × populated lowmem zones (§2.2), before the 5 %
 * cap. pageblock = 2 MiB with 4 KiB pages (x86_64, i386 PAE, arm64-4K), 512 MiB with 64 KiB pages.
 */
function thpRecommendedKb(event: Parameters<EventRule>[0]['event'], zones: number): number | null {
  const pageblockKb =
    event.pageSizeKb === 4 ? 2048 : event.pageSizeKb === 64 ? 512 * 1024 : event.pageSizeKb === 16 ? 32 * 1024 : null
  return pageblockKb === null ? null : 11 * pageblockKb * zones
}
