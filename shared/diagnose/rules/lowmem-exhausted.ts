/**
 * lowmem-exhausted — a 32-bit HighMem machine: the request may only use lowmem (no __GFP_HIGHMEM:
 * kernel allocations, page tables, slab), every lowmem zone failed its check (below min, or refused by
 * lowmem_reserve), while HighMem still had free memory the request cannot use (kernel-facts §5.1, §4).
 */
import type { LineIdx } from '../../event/types'
import { t } from '../../i18n/t'
import { bucketKb } from '../accounting'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { zoneAllowed } from '../gfp-view'
import { counterKb } from '../memory-totals'
import { type EventRule, gfpLabel, MIB_KB, share, zoneLabel } from '../rule-context'
import { joinPhrases, zonePhrase } from '../zone-phrase'

/** HighMem must hold clearly usable memory for "it was there but not for this request" to be true. */
const HIGHMEM_FREE_FLOOR_KB = 16 * MIB_KB

/** Frames that belong to the allocator or the OOM path itself, not to the caller that wanted memory. */
const ALLOCATOR_FRAME =
  /^(dump_stack|__dump_stack|dump_header|dump_backtrace|show_stack|warn_alloc|oom_|out_of_memory|__out_of_memory|select_bad_process|__alloc_pages|alloc_pages|__get_free_pages|get_page_from_freelist|kmalloc|__kmalloc|kmem_cache_alloc|cache_grow|allocate_slab|new_slab|___slab_alloc|__slab_alloc|shrink_|do_try_to_free|has_.*capability|___ratelimit|try_to_free)/

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const lowmemExhausted: EventRule = (ctx) => {
  const { event, gfp, lang } = ctx
  const high = ctx.zones.filter((v) => v.zone.zone === 'HighMem')
  if (high.length === 0 || gfp.highestZone === null || zoneAllowed('HighMem', gfp.highestZone)) return null
  const lowmem = ctx.zones.filter((v) => v.allowed && v.zone.zone !== 'HighMem')
  if (lowmem.length === 0 || lowmem.some((v) => v.pass)) return null
  const highFreeKb = high.reduce((s, v) => s + v.freeKb, 0)
  const highHighKb = high.reduce((s, v) => s + (v.zone.highKb ?? v.zone.minKb ?? 0), 0)
  if (highFreeKb < HIGHMEM_FREE_FLOOR_KB || highFreeKb <= highHighKb) return null

  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  const facts: FactSpec[] = []
  const phrases = lowmem.map((v) => {
    evidence.push({ at: v.zone.at, role: 'lowmem zone' })
    facts.push({ name: `${zoneLabel(event, v.zone)} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
    facts.push({ name: `${zoneLabel(event, v.zone)} min`, value: v.zone.minKb ?? 0, unit: 'kB', at: [v.zone.at] })
    if (v.decidingTerm === 'lowmem-reserve' && v.reserveKb > 0) {
      if (v.zone.lowmemReserveAt !== null) evidence.push({ at: v.zone.lowmemReserveAt, role: 'lowmem_reserve' })
      const at = v.zone.lowmemReserveAt === null ? [] : [v.zone.lowmemReserveAt]
      facts.push({ name: `${zoneLabel(event, v.zone)} lowmem_reserve`, value: v.reserveKb, unit: 'kB', at })
    }
    return zonePhrase(lang, event, v)
  })
  for (const v of high) {
    evidence.push({ at: v.zone.at, role: 'HighMem zone' })
    facts.push({ name: `${zoneLabel(event, v.zone)} free`, value: v.freeKb, unit: 'kB', at: [v.zone.at] })
  }
  const caller = callerFrame(ctx.event)
  if (caller) evidence.push({ at: caller.at, role: 'caller' })

  const recs: RecSpec[] = [{ key: 'rec.lowmem-exhausted.64bit' }, { key: 'rec.lowmem-exhausted.vmsplit' }]
  const lowmemManagedKb = lowmem.reduce((s, v) => s + (v.zone.managedKb ?? 0), 0) || ramLowmemKb(ctx)
  const biggest = biggestLowmemConsumer(
    ctx,
    lowmem.map((v) => v.zone.at),
  )
  if (biggest && share(biggest.kb, lowmemManagedKb || null) >= 0.25) {
    recs.push({
      key: biggest.key,
      params: { name: biggest.name, kb: biggest.kb, pct: share(biggest.kb, lowmemManagedKb) },
    })
  }
  return {
    code: 'lowmem-exhausted',
    detailKey: 'finding.lowmem-exhausted.detail',
    params: {
      gfp: gfpLabel(ctx),
      klass: maskClass(ctx),
      order: gfp.order ?? '?',
      caller: caller ? t(lang, 'phrase.caller', { fn: caller.fn }) : '',
      zones: lowmem.map((v) => zoneLabel(event, v.zone)).join(', '),
      lowmem: joinPhrases(lang, phrases),
      highFree: highFreeKb,
    },
    evidence,
    facts,
    recs,
  }
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

/** Largest counted lowmem consumer: per-zone accounting when printed, else slab from the global block (all slab is lowmem on 32-bit). */
function biggestLowmemConsumer(ctx: Parameters<EventRule>[0], zoneAts: readonly LineIdx[]) {
  const zoneFalls = ctx.waterfalls.filter(
    (w) => w.scope === 'zone' && w.zone !== 'HighMem' && zoneAts.some((at) => w.managedAt.includes(at)),
  )
  if (zoneFalls.length > 0) {
    const names = ['slab_reclaimable', 'slab_unreclaimable', 'kernel_stack', 'pagetables']
    const sums = names.map((name) => ({ name, kb: zoneFalls.reduce((s, w) => s + bucketKb(w, [name]), 0) }))
    const unaccounted = zoneFalls.reduce((s, w) => s + Math.max(0, w.unaccountedKb), 0)
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
  const reclaimable = counterKb(ctx.event, 'slab_reclaimable')
  if (reclaimable)
    return { name: 'slab_reclaimable', kb: reclaimable.kb, key: 'rec.lowmem-exhausted.consumer' as const }
  return null
}

/** Lowmem from the `pages RAM` block when zone lines lost `managed` (cut lines): RAM − HighMem − reserved. */
function ramLowmemKb(ctx: Parameters<EventRule>[0]): number {
  const { totalPages, highmemPages, reservedPages } = ctx.event.ram
  if (totalPages === null || highmemPages === null) return 0
  return (totalPages - highmemPages - (reservedPages ?? 0)) * ctx.event.pageSizeKb
}

/** ` (a GFP_KERNEL-class request)`: the printed composite name, or GFP_KERNEL for reclaim + IO + FS bits. */
function maskClass(ctx: Parameters<EventRule>[0]): string {
  const printed = (ctx.event.trigger.gfpPrintedNames ?? []).find((n) => n.startsWith('GFP_'))
  const flags = ctx.model.gfp?.flags ?? []
  const reclaim = flags.some((f) => f === '__GFP_WAIT' || f === '__GFP_DIRECT_RECLAIM' || f === '__GFP_RECLAIM')
  const kernel = reclaim && flags.includes('__GFP_IO') && flags.includes('__GFP_FS') ? 'GFP_KERNEL' : undefined
  const name = printed ?? kernel
  return name === undefined ? '' : t(ctx.lang, 'phrase.mask-class', { name })
}
