/**
 * The failed request as the allocator of the report's version saw it: zones by gfp mask, nodes by
 * nodemask and cpuset, CMA, reclaim and compaction, the ALLOC_* flags of each stage, the retry and
 * OOM-killer policy, and which stage decided what the report shows (shared/kernel rules, applied).
 */
import type { MemEvent } from '../event/types'
import {
  allocStages,
  plainStages,
  markFactor,
  mayDirectReclaim,
  oomKillerPolicy,
  PAGE_ALLOC_COSTLY_ORDER,
  retryPolicy,
  type AllocStage,
  type StageRule,
  checkedOrder,
} from '../kernel/alloc-stages'
import type { GfpFlagSet } from '../kernel/gfp/decode-gfp'
import type { GfpDecoded } from '../kernel/gfp/describe-gfp'
import { failureFrameKind } from '../kernel/failure-frames'
import { v } from '../kernel/version'
import { parseNodeList, requestHighestZone } from './allocation-replay'
import type { EventBasis } from './event-basis'
import type { FailurePoint, RequestModel, StageFlags } from './types'

/** kswapd and other PF_MEMALLOC reclaimers: the comm is the only trace a report keeps of the task flag. */
const MEMALLOC_COMM = /^kswapd\d*(?::\d+)?$/

/** The request's model plus the kernel-side stage rules (for the zone verdicts). */
export interface RequestParts {
  readonly request: RequestModel
  readonly stages: readonly StageRule[]
}

/** The decisive stage: see `RequestModel.decisiveStage`. */
function decisiveStage(
  event: MemEvent,
  stages: readonly StageRule[],
  failure: FailurePoint,
  flags: ReadonlySet<string>,
): AllocStage {
  const has = (s: AllocStage): boolean => stages.some((r) => r.stage === s)
  // The OOM killer ran, so `__alloc_pages_may_oom` made its last try at the high watermark first.
  if (event.kind === 'oom' && failure === 'zone-watermarks') return 'last-try'
  if (event.kind === 'alloc-failure') {
    // Only a mask with __GFP_MEMALLOC proves ALLOC_NO_WATERMARKS; PF_MEMALLOC read off a kswapd comm
    // need not hold (an interrupt on that CPU), so the slow path's own check stays the decisive one.
    if (has('no-watermarks') && flags.has('__GFP_MEMALLOC') && !flags.has('__GFP_NOMEMALLOC')) return 'no-watermarks'
    if (has('nofail')) return 'nofail'
  }
  return 'slowpath'
}

/** The first call-trace frame that proves a failure point (kernel/failure-frames.ts), with its line. */
function failureFrame(
  event: MemEvent,
): { kind: 'memcg-charge' | 'manual' | 'pagefault'; fn: string; at: number } | null {
  for (const f of event.callTrace) {
    const kind = failureFrameKind(f.fn)
    if (kind) return { kind, fn: f.fn, at: f.at }
  }
  return null
}

function failurePoint(event: MemEvent, frame: ReturnType<typeof failureFrame>): FailurePoint {
  if (event.kind === 'memcg-oom' || event.oomKill?.constraint === 'CONSTRAINT_MEMCG') return 'memcg-charge'
  // The charge path in the trace: a memcg OOM whose own lines were cut.
  if (frame?.kind === 'memcg-charge') return 'memcg-charge'
  const order = event.trigger.order
  // SysRq-f: order -1 (3.x+), the sysrq line the parser keeps, or moom_callback in the trace (older kernels printed order=0).
  if (order === -1 || event.manualTrigger || frame?.kind === 'manual') return 'manual'
  // `pagefault_out_of_memory` reports gfp_mask=0 order=0: no allocation context, a fault returned VM_FAULT_OOM.
  if (event.kind === 'oom' && event.trigger.gfpMask !== null && /^(0x)?0+$/i.test(event.trigger.gfpMask))
    return 'pagefault'
  if (event.kind === 'oom' && frame?.kind === 'pagefault') return 'pagefault'
  if (event.kind === 'alloc-failure') {
    // warn_alloc() also reports stalls (the allocation is still retrying) and vmalloc failures that
    // happen before any page is asked for: a zero or oversized size, no vm area (mm/vmalloc.c).
    const header = event.lines[event.trigger.at]?.message ?? ''
    if (/page allocation stalls for/.test(header)) return 'stall'
    if (/vmalloc(?: error|: allocation failure)/.test(header) && !/allocated \d+ of \d+ bytes/.test(header))
      return 'vmalloc'
  }
  if (order === null && event.zones.length === 0) return 'unknown'
  return 'zone-watermarks'
}

/** Nodes the request may use: nodemask ∩ the cpuset's mems_allowed (hardwall stages), else all. */
function allowedNodes(event: MemEvent, basis: EventBasis): Pick<RequestModel, 'allowedNodes' | 'nodesFrom'> {
  const reportNodes = new Set(basis.zones.map((z) => z.node))
  const nodemask = parseNodeList(event.trigger.nodemask ?? event.oomKill?.fields['nodemask'])
  const mems = parseNodeList(event.cpuset?.memsAllowed ?? event.oomKill?.fields['mems_allowed'])
  // A mask that covers every node the report shows restricts nothing we can see.
  const restricts = (s: ReadonlySet<number> | null): s is ReadonlySet<number> =>
    s !== null && [...reportNodes].some((n) => !s.has(n))
  const a = restricts(nodemask)
  const b = restricts(mems)
  if (a && b) {
    const both = [...nodemask].filter((n) => mems.has(n))
    // check_retry_cpuset (5.4 read): a mempolicy nodemask that misses the cpuset is dropped, the cpuset stays.
    if (both.length === 0) return { allowedNodes: [...mems].sort((x, y) => x - y), nodesFrom: 'mems_allowed' }
    return { allowedNodes: both, nodesFrom: 'nodemask+mems_allowed' }
  }
  if (a) return { allowedNodes: [...nodemask].sort((x, y) => x - y), nodesFrom: 'nodemask' }
  if (b) return { allowedNodes: [...mems].sort((x, y) => x - y), nodesFrom: 'mems_allowed' }
  return { allowedNodes: null, nodesFrom: 'all' }
}

function toStageFlags(rule: StageRule, version: number): StageFlags {
  return {
    stage: rule.stage,
    watermark: rule.watermark,
    flags: rule.names,
    markFactor: markFactor(rule.alloc, version),
    cma: rule.alloc.cma,
    highatomic: rule.alloc.highatomic,
    cpuset: rule.cpuset,
    runs: true,
  }
}

/** Build the request model; never throws on a header with no mask (unknowns are listed). */
export function requestModel(
  event: MemEvent,
  basis: EventBasis,
  flagSet: GfpFlagSet,
  gfp: GfpDecoded | null,
): RequestParts {
  const { version, layout } = basis
  const flags = new Set(flagSet.flags)
  const flagsKnown = gfp !== null
  const order = event.trigger.order
  const effOrder = checkedOrder(order)
  const highest = flagsKnown ? requestHighestZone(flags, layout) : null
  const highestIdx = highest === null ? -1 : layout.indexOf(highest)
  const memalloc = MEMALLOC_COMM.test(event.trigger.comm ?? event.taskLine?.comm ?? '')
  const ctx = { memalloc }
  const normalIdx = layout.indexOf('Normal')
  const oomKiller = flagsKnown
    ? oomKillerPolicy(flags, version, effOrder, highestIdx >= 0 && highestIdx < normalIdx, ctx)
    : 'unknown'
  const frame = failureFrame(event)
  const failure = failurePoint(event, frame)
  const oomPathProven = event.kind === 'oom' && failure === 'zone-watermarks'
  // With no mask the zones are still checked, as a plain request (see plainStages).
  const stages = flagsKnown
    ? allocStages(flags, version, effOrder, ctx, oomKiller, oomPathProven)
    : plainStages(version, oomPathProven)
  const slow = stages.find((s) => s.stage === 'slowpath')
  const unknowns: string[] = []
  if (!flagsKnown) unknowns.push('no gfp mask printed: zones, CMA and reserves of the request are unknown')
  if (basis.versionFrom === 'mask')
    unknowns.push(
      'kernel release not printed: rules of the newest version whose gfp bit layout reads the mask as a real request',
    )
  if (basis.versionFrom === 'format')
    unknowns.push('kernel release not printed: rules of the newest version the report format allows')
  if (basis.versionFrom === 'latest')
    unknowns.push('kernel release not printed and the format says nothing: latest rules')
  if (order === null) unknowns.push('order not printed')
  if (flags.has('__GFP_THISNODE'))
    unknowns.push('__GFP_THISNODE: only the preferred node, which the report does not name')
  if (memalloc) unknowns.push('PF_MEMALLOC taken from the task name (kswapd); the flag itself is not printed')
  const reserves: RequestModel['reserves'] = stages.some((s) => s.stage === 'no-watermarks')
    ? 'no-watermarks'
    : flags.has('__GFP_NOFAIL') && version >= v('4.10')
      ? 'below-min'
      : slow && (slow.alloc.high || slow.alloc.harder)
        ? 'reduced-min'
        : 'none'
  const canReclaim = flagsKnown ? mayDirectReclaim(flags, version) && !memalloc : null
  const request: RequestModel = {
    kind: event.kind,
    failurePoint: failure,
    failureFrame: frame && frame.kind === failure ? { fn: frame.fn, at: frame.at } : null,
    order,
    costly: effOrder > PAGE_ALLOC_COSTLY_ORDER,
    gfpMask: event.trigger.gfpMask,
    flags: flagSet.flags,
    flagsKnown,
    version,
    versionFrom: basis.versionFrom,
    layout,
    highestZone: highest,
    allowedZoneTypes: highestIdx >= 0 ? layout.slice(0, highestIdx + 1) : [],
    ...allowedNodes(event, basis),
    migrateType: gfp?.migrateType ?? null,
    // CMA exists from 3.5; before ALLOC_CMA (3.7) its free pages counted for every request.
    cmaEligible: version < v('3.5') ? false : gfp ? (slow?.alloc.cma ?? gfp.cmaEligible) : null,
    canReclaim,
    canCompact: gfp ? gfp.canCompact && canReclaim === true : null,
    wakesKswapd: flagsKnown
      ? version < v('4.4')
        ? !flags.has('__GFP_NO_KSWAPD')
        : flags.has('__GFP_KSWAPD_RECLAIM')
      : null,
    atomic: gfp?.isAtomic ?? false,
    reserves,
    retry: retryPolicy(flags),
    oomKiller,
    memallocContext: memalloc,
    stages: stages.map((s) => toStageFlags(s, version)),
    decisiveStage: decisiveStage(event, stages, failure, flags),
    unknownBits: gfp?.unknownBits ?? null,
    unknowns,
  }
  return { request, stages }
}
