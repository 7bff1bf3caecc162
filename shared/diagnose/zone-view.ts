/**
 * Per-zone verdicts for the failed request: could this zone have served it, and if not, which term
 * refused it. Taken from the kernel model's allocation replay when it ran; otherwise recomputed here
 * from the printed watermarks with the stock `__zone_watermark_ok` rules (kernel-facts §5.1):
 * free − (2^order − 1) pages [− free CMA when the request may not use CMA] must exceed
 * min [reduced for __GFP_HIGH / atomic] + lowmem_reserve[highest usable zone].
 */
import type { MemEvent, Zone } from '../event/types'
import type { DecidingTerm, ModelResult } from '../model/types'
import { ZONE_ORDER, type GfpView, zoneAllowed } from './gfp-view'

/** One zone's verdict for the failed request. */
export interface ZoneVerdict {
  readonly zone: Zone
  readonly allowed: boolean
  readonly pass: boolean
  readonly decidingTerm: DecidingTerm
  readonly freeKb: number
  readonly freeCmaKb: number
  /** Free that counts for this request (CMA removed when it cannot use CMA). */
  readonly usableFreeKb: number
  readonly watermarkKb: number
  readonly reserveKb: number
  /** usable free − (watermark + reserve); negative = missed by that much. */
  readonly marginKb: number
  /** The check would pass if free CMA counted (the request or the kernel did not let it). */
  readonly passesWithCma: boolean
  /** kB of free blocks of at least the requested order in a migrate type the request may use; null without a buddy line. */
  readonly usableBlockKb: number | null
  /** kB of free blocks of at least the requested order that are CMA only. */
  readonly cmaOnlyBlockKb: number
  readonly fromModel: boolean
}

/** Configured zone types of a node, in `enum zone_type` order, sized like its printed lowmem_reserve[]. */
export function configuredZones(event: MemEvent, node: number): string[] {
  const printed = event.zones.filter((z) => z.node === node)
  const length = Math.max(0, ...printed.map((z) => z.lowmemReserve?.length ?? 0))
  const names = new Set<string>([...printed.map((z) => z.zone), 'Movable'])
  // Unpopulated zones are not printed but keep their slot in lowmem_reserve[]: most often Normal
  // (arm64 boards with DMA/DMA32 only), then Device, then DMA32.
  for (const extra of ['Normal', 'Device', 'DMA32', 'HighMem']) {
    if (names.size >= length) break
    names.add(extra)
  }
  return ZONE_ORDER.filter((name) => names.has(name))
}

/** lowmem_reserve[] index that applies to a request whose highest zone is `highest` on this node. */
export function reserveIndex(event: MemEvent, node: number, highest: string | null): number | null {
  const configured = configuredZones(event, node)
  if (highest === null) return configured.length - 1
  const want = ZONE_ORDER.indexOf(highest as (typeof ZONE_ORDER)[number])
  let idx: number | null = null
  configured.forEach((name, i) => {
    if (ZONE_ORDER.indexOf(name as (typeof ZONE_ORDER)[number]) <= want) idx = i
  })
  return idx
}

/** Blocks of order ≥ `order` in the zone's buddy line: usable ones and CMA-only ones, in kB. */
function blockKb(event: MemEvent, zone: Zone, order: number, cmaOk: boolean, harder: boolean): [number | null, number] {
  const buddy = zone.buddy
  if (!buddy) return [null, 0]
  const pageKb = buddy.order0Kb ?? event.pageSizeKb
  let usable = 0
  let cmaOnly = 0
  buddy.counts.forEach((count, k) => {
    if (k < order || count <= 0) return
    const kb = count * pageKb * 2 ** k
    const types = buddy.types[k]
    if (types === null || types === undefined) {
      usable += kb
      return
    }
    const letters = [...types].filter((c) => (c === 'C' ? cmaOk : c === 'H' ? harder : c !== 'I'))
    if (letters.length > 0) usable += kb
    else if (types.includes('C')) cmaOnly += kb
  })
  return [usable, cmaOnly]
}

/** Verdicts for every printed zone, model first, printed numbers otherwise. */
export function zoneVerdicts(event: MemEvent, model: ModelResult, gfp: GfpView): ZoneVerdict[] {
  const order = Math.max(0, gfp.order ?? 0)
  const slackKb = (2 ** order - 1) * event.pageSizeKb
  const names = gfp.names
  const high = names.includes('__GFP_HIGH') || names.includes('GFP_ATOMIC')
  const harder = gfp.isAtomic
  return event.zones.map((zone) => {
    const freeCmaKb = zone.freeCmaKb ?? 0
    const cmaOk = gfp.cmaEligible === true
    const [usableBlockKb, cmaOnlyBlockKb] = blockKb(event, zone, order, cmaOk, harder)
    const check = model.allocation?.zones.find((z) => z.node === zone.node && z.zone === zone.zone)
    const min = zone.minKb ?? 0
    const watermarkKb =
      check?.watermarkKb ??
      min - (high ? Math.floor(min / 2) : 0) - (harder ? Math.floor((min - (high ? Math.floor(min / 2) : 0)) / 4) : 0)
    const idx = reserveIndex(event, zone.node, gfp.highestZone)
    const reservePages = idx === null ? 0 : (zone.lowmemReserve?.[idx] ?? 0)
    const reserveKb = check?.reserveKb ?? reservePages * event.pageSizeKb
    const allowed = check?.allowed ?? zoneAllowed(zone.zone, gfp.highestZone)
    const usableFreeKb = check?.usableFreeKb ?? zone.freeKb - (cmaOk ? 0 : freeCmaKb)
    const marginKb = check?.marginKb ?? usableFreeKb - slackKb - watermarkKb - reserveKb
    const passesWithCma = zone.freeKb - slackKb - watermarkKb - reserveKb > 0
    // The model's replay decides when it ran; without it (a report too cut for the model), the
    // same terms are read off the printed numbers.
    let decidingTerm: DecidingTerm = 'ok'
    if (check) decidingTerm = check.decidingTerm
    else if (!allowed) decidingTerm = 'not-allowed'
    else if (marginKb <= 0 && !cmaOk && freeCmaKb > 0 && passesWithCma) decidingTerm = 'cma'
    else if (marginKb <= 0 && usableFreeKb - slackKb > watermarkKb) decidingTerm = 'lowmem-reserve'
    else if (marginKb <= 0) decidingTerm = 'watermark'
    else if (order > 0 && usableBlockKb === 0) decidingTerm = 'order'
    return {
      zone,
      allowed,
      pass: check ? check.pass : decidingTerm === 'ok',
      decidingTerm,
      freeKb: zone.freeKb,
      freeCmaKb,
      usableFreeKb,
      watermarkKb,
      reserveKb,
      marginKb,
      passesWithCma,
      usableBlockKb,
      cmaOnlyBlockKb,
      fromModel: check !== undefined,
    }
  })
}
