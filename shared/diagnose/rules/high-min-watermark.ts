/**
 * high-min-watermark — the min watermarks (min_free_kbytes spread over the lowmem zones) are a large
 * share of memory: memory the allocator keeps back from ordinary requests. The model infers the value
 * the machine ran with and says where it came from (`minFree.source`): THP's recommendation (11
 * pageblocks per zone, with the pageblock of the page size, capped at 5 % of lowmem), a user setting,
 * or the boot default (⌊√(16 × lowmem kB)⌋, clamped at 64 MiB before 5.7 and 256 MiB from 5.7).
 *
 * A cause only when the raise decided the outcome. The model replays the request's decisive stage
 * with the watermarks of the boot default (`minFree.decision`): some zone the request could use must
 * pass there. And the report must not prove that memory was simply exhausted — that the demand went
 * beyond anything the raise held back, so a lower reserve would only have moved the failure:
 * - user memory outgrew RAM and swap: swap is exhausted with more of it in use than the raise held back;
 * - a kernel-side holder (slab, memory in no counter, page tables, kernel stacks, hugetlb) holds more
 *   than all user memory where the request could take memory (its zones' ledgers; the lowmem ledger
 *   of a HighMem machine; else the machine's) — the test memory-exhausted applies to name a holder.
 * Otherwise the raise is context at most: no finding.
 */
import { phrase } from '../../i18n/t'
import type { BalanceLedger } from '../../model/types'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { eligibleZones, type EventRule, share, zoneLine, shortOfMemory, type RuleContext } from '../rule-context'

/** Reserves above 3 % of lowmem *and* twice the boot default are a configuration choice, not the default. */
const MIN_SHARE = 0.03
const DEFAULT_FACTOR = 2
/** Headroom the recommendation aims for above min in the failing zone: 1 % of the zone, at least 4 MiB. */
const HEADROOM_SHARE = 0.01
const HEADROOM_FLOOR_KB = 4096
/** Swap counts as exhausted when under 5 % of it is free (memory-exhausted's measure). */
const SWAP_FREE_SHARE = 0.05

/** User memory on a ledger: the anonymous LRU (shmem included), the unsplit 2.6 LRU, unevictable pages. */
const USER_BUCKETS = [
  'active_anon',
  'inactive_anon',
  'isolated(anon)',
  'isolated_anon',
  'active',
  'inactive',
  'unevictable',
]
/** Kernel-side holders on a ledger (the unaccounted rest is one too). */
const HOLDER_BUCKETS = [
  ['slab_reclaimable', 'slab_unreclaimable', 'slab'],
  ['pagetables', 'sec_pagetables'],
  ['kernel_stack'],
  ['hugetlb'],
]

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const highMinWatermark: EventRule = (ctx) => {
  const { event, minFree } = ctx
  if (
    !shortOfMemory(ctx) ||
    !minFree ||
    minFree.inferredKb === null ||
    minFree.lowmemKb === null ||
    minFree.defaultKb === null
  )
    return null
  const minFreeKb = minFree.inferredKb
  const lowmemKb = minFree.lowmemKb
  const defaultKb = minFree.defaultKb
  if (share(minFreeKb, lowmemKb) < MIN_SHARE || minFreeKb < DEFAULT_FACTOR * defaultKb) return null
  const decision = minFree.decision
  if (!decision?.decided || exhaustedBeyond(ctx, minFreeKb - defaultKb)) return null
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  for (const v of ctx.verdicts) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'watermarks' })
  }
  const facts: FactSpec[] = [
    { name: 'min_free_kbytes (inferred)', value: minFreeKb, unit: 'kB', at: 'model' },
    { name: 'lowmem managed', value: lowmemKb, unit: 'kB', at: 'model' },
    { name: 'default min_free_kbytes', value: defaultKb, unit: 'kB', at: 'model' },
    ...decision.marginsWithDefault.map((m) => ({
      name: `${m.zone} margin with the default`,
      value: m.marginKb,
      unit: 'kB' as const,
      at: 'model' as const,
    })),
  ]
  const fromThp = minFree.source === 'thp'
  const recs: RecSpec[] = []
  // The failing zone: the largest allowed zone that missed on the watermark, the reserve or CMA (the
  // preferred zone of the zonelist; a small DMA zone refused by its reserve says nothing about min).
  const failing = eligibleZones(ctx)
    .filter((v) => !v.pass && ['watermark', 'lowmem-reserve', 'cma'].includes(v.term))
    .map((v) => ({ v, zone: event.zones.find((z) => z.node === v.node && z.zone === v.zone) }))
    .filter((x) => x.zone?.managedKb && x.zone.minKb)
    .sort((a, b) => (b.zone?.managedKb ?? 0) - (a.zone?.managedKb ?? 0))[0]
  if (failing?.zone?.managedKb && failing.zone.minKb) {
    const headroomKb = Math.max(HEADROOM_FLOOR_KB, Math.round(failing.zone.managedKb * HEADROOM_SHARE))
    const roomKb = failing.v.usableFreeKb - failing.v.reserveKb - headroomKb
    // The zone's min is its share of min_free_kbytes (the model's own pair of numbers): scaling that
    // share to the room left gives the largest min_free_kbytes that keeps the headroom.
    const maxMinFreeKb = Math.floor((roomKb * minFreeKb) / unboostedMin(ctx, failing.zone))
    if (maxMinFreeKb > 0) {
      recs.push({
        key: 'rec.high-min-watermark.value',
        params: { value: maxMinFreeKb, zone: failing.v.label, headroom: headroomKb, def: defaultKb },
      })
    }
  }
  recs.push({
    key: fromThp ? 'rec.high-min-watermark.thp' : 'rec.high-min-watermark.sysctl',
    params: { def: defaultKb },
  })
  return {
    code: 'high-min-watermark',
    detailKey: fromThp
      ? 'finding.high-min-watermark.detail-thp'
      : minFree.source === 'user'
        ? 'finding.high-min-watermark.detail-user'
        : 'finding.high-min-watermark.detail',
    params: {
      minFree: minFreeKb,
      lowmem: lowmemKb,
      pct: share(minFreeKb, lowmemKb),
      def: defaultKb,
      factor: minFreeKb / defaultKb,
      zones: minFree.thpZones ?? 0,
      thp: minFree.thpKb ?? 0,
      pageblock: minFree.thpPageblockKb ?? 0,
      capped: minFree.thpCapped ? phrase('phrase.thp-capped', { zones: minFree.thpZones ?? 0 }) : '',
    },
    evidence,
    facts,
    recs,
  }
}

/** The zone's min without watermark boost: the model's recomputed zone, else the printed min less the printed boost. */
function unboostedMin(
  ctx: Parameters<EventRule>[0],
  zone: { node: number; zone: string; minKb: number | null; boostKb: number | null },
): number {
  const model = ctx.model.zones.find((z) => z.node === zone.node && z.zone === zone.zone)
  const kb = model ? model.minKb - (model.boostKb ?? 0) : (zone.minKb ?? 0) - (zone.boostKb ?? 0)
  return Math.max(1, kb)
}

/**
 * Whether the report proves the demand went beyond what the raise (`raiseKb`) held back: swap exhausted
 * with more in use than the raise, or a kernel-side holder above all user memory where the request
 * could take memory (see the module comment).
 */
function exhaustedBeyond(ctx: RuleContext, raiseKb: number): boolean {
  const b = ctx.balance
  if (!b) return false
  const swapTotal = b.swapTotalKb ?? 0
  const swapFree = b.swapFreeKb ?? 0
  if (swapTotal > 0 && share(swapFree, swapTotal) < SWAP_FREE_SHARE && swapTotal - swapFree > raiseKb) return true
  const reach = reachLedgers(ctx)
  if (reach.length === 0) return false
  const sum = (names: readonly string[]): number =>
    reach.reduce((s, l) => s + l.buckets.filter((x) => names.includes(x.name)).reduce((a, x) => a + x.kb, 0), 0)
  const userKb = sum(USER_BUCKETS)
  const unaccountedKb = reach.reduce((s, l) => s + (l.managedFrom === 'present' ? 0 : Math.max(0, l.unaccountedKb)), 0)
  return Math.max(unaccountedKb, ...HOLDER_BUCKETS.map(sum)) > userKb
}

/** The ledgers of the memory the request could take: its zones', else the lowmem ledger for a lowmem request, else the machine's. */
function reachLedgers(ctx: RuleContext): BalanceLedger[] {
  const b = ctx.balance
  if (!b) return []
  const eligible = eligibleZones(ctx)
  const zones = b.ledgers.filter(
    (l) => l.scope === 'zone' && eligible.some((v) => v.node === l.node && v.zone === l.zone),
  )
  if (zones.length > 0) return zones
  const lowmemOnly = b.lowmem && eligible.length > 0 && eligible.every((v) => b.lowmem?.zones?.includes(v.zone))
  if (lowmemOnly && b.lowmem) return [b.lowmem]
  return b.total ? [b.total] : []
}
