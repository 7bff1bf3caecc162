/**
 * What every event rule reads: the event and the kernel model's verdicts on it — the request, one
 * verdict per zone, the memory balance, min_free_kbytes, the memcg facts — computed once per event.
 * Rules never apply a kernel rule themselves: they state a cause in terms of these verdicts.
 */
import type { LineIdx, MemEvent } from '../event/types'
import { phrase, type MessageParam } from '../i18n/t'
import type {
  BalanceLedger,
  MemcgFacts,
  MemoryBalance,
  MinFreeFacts,
  ModelResult,
  OtherNodesFree,
  RequestModel,
  ZoneVerdict,
} from '../model/types'
import type { FindingSpec } from './build-finding'

/** Everything an event rule reads, computed once per event. */
export interface RuleContext {
  readonly event: MemEvent
  readonly model: ModelResult
  readonly request: RequestModel | null
  /** One per printed zone (the model always fills them when the report has zone lines). */
  readonly verdicts: readonly ZoneVerdict[]
  readonly balance: MemoryBalance | null
  readonly minFree: MinFreeFacts | null
  readonly memcg: MemcgFacts | null
  readonly otherNodes: OtherNodesFree | null
}

/** One rule per finding code: pure, returns what it found or null. */
export type EventRule = (ctx: RuleContext) => FindingSpec | null

/** Builds the context for one event. */
export function ruleContext(event: MemEvent, model: ModelResult): RuleContext {
  return {
    event,
    model,
    request: model.request ?? null,
    verdicts: model.zoneVerdicts ?? [],
    balance: model.memoryBalance ?? null,
    minFree: model.minFree ?? null,
    memcg: model.memcg ?? null,
    otherNodes: model.otherNodes ?? null,
  }
}

/** An amount in kB and the report lines it was read from. */
export interface Amount {
  readonly kb: number
  readonly at: readonly LineIdx[]
}

/** The machine's managed memory (the balance's base), or null when the report gives no size. */
export function managedAmount(ctx: Pick<RuleContext, 'balance'>): Amount | null {
  const total = ctx.balance?.total
  return total && total.managedKb > 0 ? { kb: total.managedKb, at: total.managedAt } : null
}

/** A bucket of a ledger (kB and its lines), null when the ledger has none of that name. */
export function bucketOf(ledger: BalanceLedger | null | undefined, names: readonly string[]): Amount | null {
  const hits = ledger?.buckets.filter((b) => names.includes(b.name)) ?? []
  if (hits.length === 0) return null
  return { kb: hits.reduce((s, b) => s + b.kb, 0), at: [...new Set(hits.flatMap((b) => b.at))] }
}

/** The zone line a verdict is about. */
export function zoneLine(event: MemEvent, v: Pick<ZoneVerdict, 'node' | 'zone'>): LineIdx | undefined {
  return event.zones.find((z) => z.node === v.node && z.zone === v.zone)?.at
}

/** Verdict terms that mean the zone had too little free memory for this request (not a missing block). */
const SHORT_TERMS = ['watermark', 'lowmem-reserve', 'cma', 'highatomic']

/**
 * Whether this event's failure was about the amount of memory. An OOM kill proves it: the killer runs
 * only after reclaim failed for an order ≤ 3 request, even when the dump, printed afterwards, shows a
 * zone back above its watermark — unless the verdicts show plenty of pages and no block of the order
 * (a fragmentation OOM). An allocation failure proves it when every zone the request could use was
 * refused for lack of free pages (one zone with pages to spare means pages were not what it lacked). "Where the memory went" (slab, shmem, page tables, hugetlb, memory in
 * no counter, a raised min) explains a shortage; when only a contiguous block was missing, or the limit
 * was a cgroup's, the machine-wide holders are not this event's story. Without zone lines nothing says
 * otherwise, so the holders speak.
 */
export function shortOfMemory(ctx: Pick<RuleContext, 'request' | 'verdicts' | 'event'>): boolean {
  // A cgroup's charge, a fault without an allocation, a vmalloc failure before any page: no zone ran out.
  const point = ctx.request?.failurePoint
  if (point === 'memcg-charge' || point === 'pagefault' || point === 'vmalloc') return false
  const eligible = ctx.verdicts.filter((v) => v.allowed)
  if (eligible.length === 0) return true
  const short = (v: ZoneVerdict): boolean => {
    const slow = v.stages.find((s) => s.stage === 'slowpath' && !s.pass)
    return !v.pass && SHORT_TERMS.includes(slow?.term ?? v.term)
  }
  if (eligible.every(short)) return true
  if (ctx.event.kind !== 'oom') return false
  return !eligible.every((v) => v.term === 'order' || (!v.order.pass && v.marginKb > 0))
}

/** The zones on the request's zonelist. */
export function eligibleZones(ctx: Pick<RuleContext, 'verdicts'>): ZoneVerdict[] {
  return ctx.verdicts.filter((v) => v.allowed)
}

/** Position of a zone type in the build's `enum zone_type` order (the model's layout); -1 when unknown. */
export function zoneRank(ctx: Pick<RuleContext, 'request'>, zone: string): number {
  return ctx.request?.layout.indexOf(zone) ?? -1
}

/** The zone the allocator tries first: the highest zone type of the request's zonelist, the biggest on ties. */
export function preferredZone(
  ctx: Pick<RuleContext, 'request'>,
  verdicts: readonly ZoneVerdict[],
): ZoneVerdict | undefined {
  return [...verdicts].sort(
    (a, b) => zoneRank(ctx, b.zone) - zoneRank(ctx, a.zone) || b.freeKb + b.watermarkKb - (a.freeKb + a.watermarkKb),
  )[0]
}

/**
 * `0x24201ca (GFP_HIGHUSER_MOVABLE|__GFP_COLD)` as printed; for kernels that print no names (< 4.6),
 * the mask with the model's decoding when it knew the layout; `?` when the header printed no mask.
 */
export function gfpLabel(ctx: Pick<RuleContext, 'event' | 'request'>): MessageParam {
  const { event, request } = ctx
  const mask = event.trigger.gfpMask ?? '?'
  const names = event.trigger.gfpPrintedNames
  if (names && names.length > 0) return `${mask} (${names.join('|')})`
  if (!request?.flagsKnown || request.flags.length === 0) return mask
  return phrase('phrase.gfp-decoded', { mask, flags: request.flags.join('|') })
}

/** The share `part / whole`, 0 when the whole is unknown or zero. */
export function share(part: number, whole: number | null | undefined): number {
  return whole && whole > 0 ? part / whole : 0
}

/** The first line of the report whose kernel message matches. */
export function findLine(event: MemEvent, pattern: RegExp): LineIdx | null {
  const idx = event.lines.findIndex((l) => pattern.test(l.message))
  return idx < 0 ? null : idx
}

/** 1 MiB in kB; absolute floors below which a share of memory is not worth a finding. */
export const MIB_KB = 1024
