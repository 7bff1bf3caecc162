/**
 * lowmem-exhausted — the request may use only the zones up to its highest zone (`gfp_zone()`, the
 * model's `request.highestZone`), every one of them refused it (below its watermark, or held back by
 * lowmem_reserve), while a zone above it — HighMem on i386/arm32/ppc32/mips, a Movable zone, whatever
 * the build's upper zones are called — still had free memory this request cannot use (kernel-facts
 * §5.1, §4). Decided by the request's zonelist, not by a zone's name.
 */
import type { LineIdx } from '../../event/types'
import { listOf, type MessageParam, phrase, phrases } from '../../i18n/t'
import type { ZoneVerdict } from '../../model/types'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { bucketOf, eligibleZones, type EventRule, gfpLabel, share, zoneLine } from '../rule-context'
import { zonePhrase } from '../zone-phrase'

/** A consumer holding a quarter of lowmem is worth naming in the advice. */
const CONSUMER_SHARE = 0.25

/** Frames that belong to the allocator or the OOM path itself, not to the caller that wanted memory. */
const ALLOCATOR_FRAME =
  /^(dump_stack|__dump_stack|dump_header|dump_backtrace|show_stack|warn_alloc|oom_|out_of_memory|__out_of_memory|select_bad_process|__alloc_pages|alloc_pages|__get_free_pages|get_page_from_freelist|kmalloc|__kmalloc|kmem_cache_alloc|cache_grow|allocate_slab|new_slab|___slab_alloc|__slab_alloc|shrink_|do_try_to_free|has_.*capability|___ratelimit|try_to_free)/

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const lowmemExhausted: EventRule = (ctx) => {
  const { event, request } = ctx
  if (!request || request.highestZone === null || request.failurePoint !== 'zone-watermarks') return null
  const lowmem = eligibleZones(ctx)
  if (lowmem.length === 0 || lowmem.some((v) => v.pass)) return null
  const nodes = new Set(lowmem.map((v) => v.node))
  // Zones above the request's highest zone, on the nodes it may use, with free memory above their high
  // watermark (free CMA left out unless the request could take CMA). "Above high" is the kernel's own
  // measure of a zone with memory to spare (kswapd stops when every zone passes zone_watermark_ok at
  // the high watermark, mm/vmscan.c pgdat_balanced, 4.x–6.x), so it scales with the zone: no kB floor.
  const upper = ctx.verdicts
    .filter((v) => v.notAllowedBy === 'zone' && nodes.has(v.node))
    .map((v) => ({
      v,
      usableKb: v.freeKb - (request.cmaEligible === true ? 0 : v.freeCmaKb),
      highKb: printedHigh(ctx, v),
    }))
  const upperFreeKb = upper.reduce((s, u) => s + u.usableKb, 0)
  if (upperFreeKb <= 0 || upperFreeKb <= upper.reduce((s, u) => s + u.highKb, 0)) return null

  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  const refusals = lowmem.map((v) => {
    const zone = event.zones.find((z) => z.node === v.node && z.zone === v.zone)
    const at = zone ? [zone.at] : []
    if (zone) evidence.push({ at: zone.at, role: 'lowmem zone' })
    facts.push({ name: `${v.label} free`, value: v.freeKb, unit: 'kB', at })
    facts.push({ name: `${v.label} min`, value: zone?.minKb ?? v.watermarkKb, unit: 'kB', at })
    if (v.term === 'lowmem-reserve' && v.reserveKb > 0) {
      const reserveAt = zone?.lowmemReserveAt ?? null
      if (reserveAt !== null) evidence.push({ at: reserveAt, role: 'lowmem_reserve' })
      facts.push({
        name: `${v.label} lowmem_reserve`,
        value: v.reserveKb,
        unit: 'kB',
        at: reserveAt === null ? [] : [reserveAt],
      })
    }
    return zonePhrase(v)
  })
  for (const { v } of upper) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: `${v.zone} zone` })
    facts.push({ name: `${v.label} free`, value: v.freeKb, unit: 'kB', at: at === undefined ? 'model' : [at] })
  }
  const caller = callerFrame(event)
  if (caller) evidence.push({ at: caller.at, role: 'caller' })

  const upperNames = listOf([...new Set(upper.map((u) => u.v.zone))])
  const highmemBuild = upper.some((u) => u.v.zone === 'HighMem')
  const recs: RecSpec[] = highmemBuild
    ? [{ key: 'rec.lowmem-exhausted.64bit' }, { key: 'rec.lowmem-exhausted.vmsplit' }]
    : [{ key: 'rec.lowmem-exhausted.movable', params: { upper: upperNames } }]
  const lowmemManagedKb =
    lowmem.reduce((s, v) => s + (event.zones.find((z) => z.node === v.node && z.zone === v.zone)?.managedKb ?? 0), 0) ||
    (ctx.balance?.lowmem?.managedKb ?? 0) ||
    ramLowmemKb(ctx)
  const biggest = biggestLowmemConsumer(ctx, lowmem)
  if (biggest && share(biggest.kb, lowmemManagedKb || null) >= CONSUMER_SHARE) {
    recs.push({
      key: biggest.key,
      params: { name: biggest.name, kb: biggest.kb, pct: share(biggest.kb, lowmemManagedKb) },
    })
  }
  const cmaKb = upper.reduce((s, u) => s + u.v.freeCmaKb, 0)
  return {
    code: 'lowmem-exhausted',
    detailKey: 'finding.lowmem-exhausted.detail',
    params: {
      gfp: gfpLabel(ctx),
      klass: maskClass(ctx),
      order: request.order ?? '?',
      caller: caller ? phrase('phrase.caller', { fn: caller.fn }) : '',
      zones: listOf(lowmem.map((v) => v.label)),
      highest: request.highestZone,
      upper: upperNames,
      lowmem: phrases(refusals),
      highFree: upper.reduce((s, u) => s + u.v.freeKb, 0),
      cma: cmaKb > 0 ? phrase('phrase.upper-cma', { kb: cmaKb }) : '',
      why: phrase(highmemBuild ? 'phrase.lowmem-why-highmem' : 'phrase.lowmem-why-movable'),
    },
    evidence,
    facts,
    recs,
  }
}

/** The zone's printed high watermark (the model's recomputed one when the line was cut). */
function printedHigh(ctx: Parameters<EventRule>[0], v: ZoneVerdict): number {
  const zone = ctx.event.zones.find((z) => z.node === v.node && z.zone === v.zone)
  return zone?.highKb ?? ctx.model.zones.find((z) => z.node === v.node && z.zone === v.zone)?.highKb ?? zone?.minKb ?? 0
}

/** The first reliable frame below the allocator: who asked for the memory (e.g. `pgd_alloc`). */
function callerFrame(event: { readonly callTrace: readonly { fn: string; uncertain: boolean; at: LineIdx }[] }) {
  const frames = event.callTrace
  let last = -1
  frames.forEach((f, i) => {
    if (ALLOCATOR_FRAME.test(f.fn)) last = i
  })
  return frames.slice(last + 1).find((f) => !f.uncertain && !ALLOCATOR_FRAME.test(f.fn)) ?? null
}

/**
 * Largest lowmem consumer: the per-zone ledgers when printed, else the model's lowmem ledger (HighMem
 * machines whose zone lines carry no slab), else slab from the machine's balance.
 */
function biggestLowmemConsumer(ctx: Parameters<EventRule>[0], lowmem: readonly ZoneVerdict[]) {
  const zoneLedgers = (ctx.balance?.ledgers ?? []).filter(
    (l) => l.scope === 'zone' && lowmem.some((v) => v.node === l.node && v.zone === l.zone),
  )
  const lowmemLedger = ctx.balance?.lowmem
  const ledgers = zoneLedgers.length > 0 ? zoneLedgers : lowmemLedger ? [lowmemLedger] : []
  if (ledgers.length > 0) {
    const names = ['slab_reclaimable', 'slab_unreclaimable', 'slab', 'kernel_stack', 'pagetables']
    const sums = names.map((name) => ({ name, kb: ledgers.reduce((s, l) => s + (bucketOf(l, [name])?.kb ?? 0), 0) }))
    // A ledger cut short counts less than it holds: its rest is no consumer to name.
    const unaccounted = ledgers.reduce((s, l) => s + (l.partial ? 0 : Math.max(0, l.unaccountedKb)), 0)
    const top = [...sums, { name: 'unaccounted', kb: unaccounted }].sort((a, b) => b.kb - a.kb)[0]
    if (!top) return null
    return {
      ...top,
      key:
        top.name === 'unaccounted'
          ? ('rec.lowmem-exhausted.unaccounted' as const)
          : ('rec.lowmem-exhausted.consumer' as const),
    }
  }
  const reclaimable = ctx.balance?.slab.reclaimableKb ?? null
  if (reclaimable !== null)
    return { name: 'slab_reclaimable', kb: reclaimable, key: 'rec.lowmem-exhausted.consumer' as const }
  return null
}

/** Lowmem from the `pages RAM` block when zone lines lost `managed` (cut lines): RAM − HighMem − reserved. */
function ramLowmemKb(ctx: Parameters<EventRule>[0]): number {
  const { totalPages, highmemPages, reservedPages } = ctx.event.ram
  if (totalPages === null || highmemPages === null) return 0
  return Math.max(0, (totalPages - highmemPages - (reservedPages ?? 0)) * ctx.event.pageSizeKb)
}

/** ` (a GFP_KERNEL-class request)`: the printed composite name, or GFP_KERNEL for reclaim + IO + FS flags. */
function maskClass(ctx: Parameters<EventRule>[0]): MessageParam {
  const printed = (ctx.event.trigger.gfpPrintedNames ?? []).find((n) => n.startsWith('GFP_'))
  const flags = ctx.request?.flagsKnown ? ctx.request.flags : []
  const reclaim = flags.some((f) => f === '__GFP_WAIT' || f === '__GFP_DIRECT_RECLAIM' || f === '__GFP_RECLAIM')
  const kernel = reclaim && flags.includes('__GFP_IO') && flags.includes('__GFP_FS') ? 'GFP_KERNEL' : undefined
  const name = printed ?? kernel
  return name === undefined ? '' : phrase('phrase.mask-class', { name })
}
