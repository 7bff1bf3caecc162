/**
 * Replay the allocation a report failed: walk the zonelist as `get_page_from_freelist` does and run
 * `__zone_watermark_ok` on each zone for each stage — fast path at WMARK_LOW, slow path at WMARK_MIN
 * with the request's ALLOC_* reductions, the last try before the OOM killer at WMARK_HIGH
 * (kernel-facts §5.2–§5.3). The slow-path result is the verdict.
 */
import { gfpToAllocFlags, type AllocFlags } from '../kernel/alloc-flags'
import { gfpZone } from '../kernel/zones'
import { v, type KernelVersionCode } from '../kernel/version'
import { zoneWatermarkFast, type WatermarkVerdict } from '../kernel/zone-watermark-ok'
import type { AllocationReplay, BasisZone, DecidingTerm, ZoneCheck } from './types'

/** Watermarks in effect per zone (pages, boost included), index-aligned with the zones. */
export interface EffectiveMarks {
  readonly minPages: number
  readonly lowPages: number
  readonly highPages: number
}

/** Everything one replay needs, in pages, index-aligned with `zones`. */
export interface ReplayInput {
  readonly version: KernelVersionCode
  readonly pageSizeKb: number
  readonly layout: readonly string[]
  readonly zones: readonly BasisZone[]
  readonly marks: readonly EffectiveMarks[]
  /** lowmem_reserve rows per zone (pages), index-aligned with the zones. */
  readonly reserves: readonly (readonly number[])[]
  /** Free CMA pages per zone (what-if may shrink them), index-aligned. */
  readonly freeCmaPages: readonly number[]
  readonly gfpFlags: ReadonlySet<string>
  readonly order: number
  /** Replay with CMA unusable for this request (a vendor policy the observed failure revealed). */
  readonly cmaUnusable: boolean
  /** Nodes the allocation's nodemask allows, or null for all (`nodemask=(null)` / not printed). */
  readonly allowedNodes?: ReadonlySet<number> | null
}

/** Parse a printed node list (`0`, `0-1,3`); null for `(null)`, empty or unreadable text. */
export function parseNodeList(text: string | null | undefined): ReadonlySet<number> | null {
  if (!text || !/^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/.test(text.trim())) return null
  const nodes = new Set<number>()
  for (const part of text.trim().split(',')) {
    const [lo, hi] = part.split('-').map(Number)
    for (let n = lo ?? 0; n <= (hi ?? lo ?? 0) && n < 1024; n++) nodes.add(n)
  }
  return nodes
}

/** The highest zone of the request, or null when the mask is invalid / unknown. */
export function requestHighestZone(flags: ReadonlySet<string>, layout: readonly string[]): string | null {
  return gfpZone(
    {
      dma: flags.has('__GFP_DMA'),
      highmem: flags.has('__GFP_HIGHMEM'),
      dma32: flags.has('__GFP_DMA32'),
      movable: flags.has('__GFP_MOVABLE'),
    },
    layout,
  )
}

/**
 * The zone index whose lowmem_reserve entry applies: 5.8+ `highest_zoneidx = gfp_zone()`; ≤ 5.7
 * `classzone_idx` = the first populated zone at or below it on the preferred node.
 */
export function reserveIndex(input: Pick<ReplayInput, 'version' | 'zones'>, highestIdx: number, node: number): number {
  if (input.version >= v('5.8')) return highestIdx
  let best = -1
  for (const z of input.zones) {
    if (z.node === node && z.sizePages > 0 && z.index <= highestIdx && z.index > best) best = z.index
  }
  return best >= 0 ? best : highestIdx
}

const TERM_NOTES: Record<DecidingTerm, string> = {
  'not-allowed': 'the gfp mask may not use this zone',
  watermark: 'free is at or below the watermark itself',
  'lowmem-reserve': 'free clears the watermark but not watermark + lowmem_reserve',
  cma: 'passes only when free CMA pages count, and this request may not use CMA',
  highatomic: 'fails once the highatomic reserve is set aside',
  order: 'no free block of the requested order in a usable migrate type',
  ok: 'passes',
}

function zoneCheck(
  input: ReplayInput,
  i: number,
  label: string,
  verdict: WatermarkVerdict,
  stages: ZoneCheck['stages'],
): ZoneCheck {
  const z = input.zones[i] as BasisZone
  const kb = (pages: number): number => pages * input.pageSizeKb
  const term: DecidingTerm = verdict.term
  return {
    node: z.node,
    zone: z.zone,
    allowed: true,
    pass: verdict.pass,
    marginKb: kb(verdict.marginPages),
    decidingTerm: term,
    freeKb: kb(z.freePages),
    usableFreeKb: kb(verdict.usableFreePages),
    watermarkKb: kb(verdict.markPages),
    reserveKb: kb(verdict.reservePages),
    watermarkName: 'min',
    note: `${label}: ${TERM_NOTES[term]} (margin ${kb(verdict.marginPages)} kB).`,
    stages,
  }
}

/** Replay the request over every zone; see the module comment. */
export function replayAllocation(input: ReplayInput): AllocationReplay {
  const highest = requestHighestZone(input.gfpFlags, input.layout)
  const highestIdx = highest === null ? -1 : input.layout.indexOf(highest)
  const stock = gfpToAllocFlags(input.gfpFlags, input.version, input.order)
  const alloc: AllocFlags = input.cmaUnusable ? { ...stock, cma: false } : stock
  const plain: AllocFlags = { ...alloc, high: false, harder: false, highatomic: false }
  // The boost retry of zone_watermark_fast: __GFP_ATOMIC (5.9–6.2) / ALLOC_MIN_RESERVE (6.3+).
  const atomic = input.version >= v('6.3') ? alloc.high : input.gfpFlags.has('__GFP_ATOMIC')
  const nodes = [...new Set(input.zones.map((z) => z.node))]
  const multiNode = nodes.length > 1
  // Zonelist order: the first node's zones from the highest allowed down, then the next node (§5.3).
  const order = input.zones
    .map((_, i) => i)
    .sort((a, b) => {
      const za = input.zones[a] as BasisZone
      const zb = input.zones[b] as BasisZone
      return za.node !== zb.node ? nodes.indexOf(za.node) - nodes.indexOf(zb.node) : zb.index - za.index
    })
  const checks: ZoneCheck[] = []
  let servedBy: string | null = null
  let bestMargin = -Infinity
  let servedMargin = 0
  for (const i of order) {
    const z = input.zones[i] as BasisZone
    const label = multiNode ? `Node ${z.node} ${z.zone}` : z.zone
    // The zonelist skips zones above gfp_zone() and, with a nodemask, nodes outside it (§5.3).
    const nodeAllowed = !input.allowedNodes || input.allowedNodes.has(z.node)
    if (highestIdx < 0 || z.index > highestIdx || z.index < 0 || !nodeAllowed) {
      checks.push(notAllowed(z, input.pageSizeKb, label, nodeAllowed))
      continue
    }
    const idx = reserveIndex(input, highestIdx, z.node)
    const reserve = input.reserves[i]?.[idx] ?? 0
    const marks = input.marks[i] as EffectiveMarks
    const state = {
      freePages: z.freePages,
      freeCmaPages: input.freeCmaPages[i] ?? 0,
      reservedHighatomicPages: z.reservedHighatomicPages,
      buddyCounts: z.buddyCounts,
      buddyTypes: z.buddyTypes,
    }
    const check = (mark: number, flags: AllocFlags, atMin: boolean): WatermarkVerdict =>
      zoneWatermarkFast(state, input.order, mark, z.boostPages, reserve, flags, input.version, atomic, atMin)
    const atMin = check(marks.minPages, alloc, true)
    const verdict = alloc.noWatermarks ? { ...atMin, pass: true, term: 'ok' as const } : atMin
    const stages = {
      low: check(marks.lowPages, plain, false).pass,
      min: verdict.pass,
      high: check(marks.highPages, plain, false).pass,
    }
    checks.push(zoneCheck(input, i, label, verdict, stages))
    const marginKb = verdict.marginPages * input.pageSizeKb
    if (verdict.pass && servedBy === null) {
      servedBy = label
      servedMargin = marginKb
    }
    bestMargin = Math.max(bestMargin, marginKb)
  }
  return {
    succeeds: servedBy !== null,
    zone: servedBy,
    marginKb: servedBy !== null ? servedMargin : Number.isFinite(bestMargin) ? bestMargin : 0,
    highestZone: highest ?? 'invalid',
    cmaEligible: alloc.cma,
    zones: checks,
    reserveZone: highestIdx >= 0 ? input.layout[reserveIndex(input, highestIdx, nodes[0] ?? 0)] : undefined,
  }
}

function notAllowed(z: BasisZone, pageSizeKb: number, label: string, nodeAllowed: boolean): ZoneCheck {
  return {
    node: z.node,
    zone: z.zone,
    allowed: false,
    pass: false,
    marginKb: 0,
    decidingTerm: 'not-allowed',
    freeKb: z.freePages * pageSizeKb,
    usableFreeKb: 0,
    watermarkKb: 0,
    reserveKb: 0,
    watermarkName: 'min',
    note: nodeAllowed
      ? `${label}: ${TERM_NOTES['not-allowed']}.`
      : `${label}: the allocation's nodemask excludes this node.`,
  }
}
