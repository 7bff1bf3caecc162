/**
 * One verdict per printed zone for the failed request, at every stage the allocator ran and at the
 * stage that matters for the report (`RequestModel.decisiveStage`): the kernel's own checks
 * (`zone_watermark_fast` → `__zone_watermark_ok`, the free-list scan) over the watermarks and
 * lowmem_reserve the kernel had in effect — the printed ones, else the model's recompute. A zone the
 * model could not recompute (no size printed) is still checked with the same code over its printed
 * numbers (`origin: 'printed'`); a zone line cut before its watermarks gets the term `unknown`.
 */
import type { AllocFlags } from '../kernel/alloc-flags'
import { checkedOrder, type StageRule } from '../kernel/alloc-stages'
import { scanFreeLists } from '../kernel/free-lists'
import { v, type KernelVersionCode } from '../kernel/version'
import {
  legacyOrderLoop,
  zoneWatermarkFast,
  type WatermarkVerdict,
  type ZoneFreeState,
} from '../kernel/zone-watermark-ok'
import { reserveIndex, type EffectiveMarks } from './allocation-replay'
import type { BasisZone, OrderCheck, RequestModel, StageCheck, VerdictTerm, ZoneFlag, ZoneVerdict } from './types'

/** Everything the verdicts need, index-aligned with `zones` (pages). */
export interface VerdictInput {
  readonly version: KernelVersionCode
  readonly pageSizeKb: number
  readonly layout: readonly string[]
  readonly zones: readonly BasisZone[]
  /** The model's recomputed marks (boost included) per zone, or null where it could not recompute. */
  readonly computedMarks: readonly (EffectiveMarks | null)[]
  /** Whether the model's recompute reproduces each zone's printed watermarks (origin `replayed`). */
  readonly replayed?: readonly boolean[]
  /** The model's recomputed lowmem_reserve rows per zone (pages). */
  readonly computedReserves: readonly (readonly number[])[]
  /** Free CMA pages per zone as the check sees them (what-if may change them). */
  readonly freeCmaPages: readonly number[]
  readonly request: RequestModel
  readonly stages: readonly StageRule[]
  /** Flags per zone (absurd or missing values), index-aligned. */
  readonly flags: readonly (readonly ZoneFlag[])[]
}

const TERM_NOTES: Record<VerdictTerm, string> = {
  'not-allowed': 'the request may not use this zone',
  watermark: 'free is at or below the watermark itself',
  'lowmem-reserve': 'free clears the watermark but not watermark + lowmem_reserve',
  cma: 'passes only if free CMA counted, and this stage may not use CMA',
  highatomic: 'fails once the highatomic reserve is set aside',
  order: 'no free block of the requested order on a list this request may use',
  ok: 'passes',
  unknown: 'the zone line was cut before its watermarks',
}

/** The marks in effect: printed (boost included) first, the recompute where a value is missing. */
function marksInEffect(
  z: BasisZone,
  computed: EffectiveMarks | null,
): { min: number | null; low: number | null; high: number | null } {
  return {
    min: z.printedMinPages ?? computed?.minPages ?? null,
    low: z.printedLowPages ?? computed?.lowPages ?? null,
    high: z.printedHighPages ?? computed?.highPages ?? null,
  }
}

function orderCheck(
  z: BasisZone,
  order: number,
  access: AllocFlags,
  version: KernelVersionCode,
  pageSizeKb: number,
  loopPass: boolean | null,
): OrderCheck {
  const rule = version < v('4.4') ? 'per-order-loop' : 'free-lists'
  const scan = z.buddyCounts ? scanFreeLists({ counts: z.buddyCounts, types: z.buddyTypes }, order, access) : null
  // A cut free-list line shows the orders before the cut only: a usable block there passes, its absence proves nothing.
  if (!scan || !z.buddyCounts || (z.buddyCut === true && !scan.hasUsableBlock && order > 0)) {
    return {
      order,
      source: 'none',
      rule,
      pass: true,
      largestUsableOrder: null,
      largestUsableKb: null,
      usableBlockKb: null,
      cmaOnlyBlockKb: 0,
      highatomicOnlyBlockKb: 0,
      allBlocksCma: false,
      allBlocksHighatomic: false,
      byType: [],
    }
  }
  const kb = (pages: number): number => pages * pageSizeKb
  return {
    order,
    source: 'buddy',
    rule,
    pass: order === 0 || (rule === 'per-order-loop' ? (loopPass ?? scan.hasUsableBlock) : scan.hasUsableBlock),
    largestUsableOrder: scan.largestUsableOrder,
    largestUsableKb: scan.largestUsableOrder >= 0 ? kb(2 ** scan.largestUsableOrder) : 0,
    usableBlockKb: kb(scan.usableBlockPages),
    cmaOnlyBlockKb: kb(scan.cmaOnlyPages),
    highatomicOnlyBlockKb: kb(scan.highatomicOnlyPages),
    allBlocksCma: scan.allBlocksCma,
    allBlocksHighatomic: scan.allBlocksHighatomic,
    byType: scan.byType,
  }
}

interface StageResult {
  readonly check: StageCheck
  readonly verdict: WatermarkVerdict | null
}

/** One stage of one zone. */
function stageCheck(
  input: VerdictInput,
  z: BasisZone,
  state: ZoneFreeState,
  rule: StageRule,
  marks: { min: number | null; low: number | null; high: number | null },
  reservePages: number,
): StageResult {
  const kb = (p: number): number => p * input.pageSizeKb
  const order = checkedOrder(input.request.order)
  if (rule.watermark === 'none') {
    // ALLOC_NO_WATERMARKS: `goto try_this_zone` — only a free block of the order on a list rmqueue may take.
    const scan = z.buddyCounts
      ? scanFreeLists({ counts: z.buddyCounts, types: z.buddyTypes }, order, rule.alloc).hasUsableBlock
      : state.freePages >= 2 ** order
    const margin = state.freePages - 2 ** order
    const term: VerdictTerm = scan ? 'ok' : state.freePages < 2 ** order ? 'watermark' : 'order'
    return {
      check: { stage: rule.stage, watermark: 'none', pass: scan, term, marginKb: kb(margin), watermarkKb: 0 },
      verdict: null,
    }
  }
  const mark = marks[rule.watermark]
  if (mark === null) {
    return {
      check: {
        stage: rule.stage,
        watermark: rule.watermark,
        pass: false,
        term: 'unknown',
        marginKb: 0,
        watermarkKb: 0,
      },
      verdict: null,
    }
  }
  // The boost retry of zone_watermark_fast: __GFP_ATOMIC (5.9–6.2) / ALLOC_MIN_RESERVE (6.3+), at WMARK_MIN only.
  const atomic = input.version >= v('6.3') ? rule.alloc.high : input.request.flags.includes('__GFP_ATOMIC')
  const verdict = zoneWatermarkFast(
    state,
    order,
    mark,
    z.boostPages,
    reservePages,
    rule.alloc,
    input.version,
    atomic,
    rule.watermark === 'min',
  )
  return {
    check: {
      stage: rule.stage,
      watermark: rule.watermark,
      pass: verdict.pass,
      term: verdict.term,
      marginKb: kb(verdict.marginPages),
      watermarkKb: kb(verdict.markPages),
    },
    verdict,
  }
}

/** The verdicts of every zone; see the module comment. */
export function zoneVerdicts(input: VerdictInput): ZoneVerdict[] {
  const { request, layout, pageSizeKb, version } = input
  const kb = (p: number): number => p * pageSizeKb
  const multiNode = new Set(input.zones.map((z) => z.node)).size > 1
  const highestIdx = request.highestZone === null ? -1 : layout.indexOf(request.highestZone)
  const nodes = request.allowedNodes === null ? null : new Set(request.allowedNodes)
  const decisive = input.stages.find((s) => s.stage === request.decisiveStage) ?? input.stages[0] ?? null
  const order = checkedOrder(request.order)
  return input.zones.map((z, i) => {
    const label = multiNode ? `Node ${z.node} ${z.zone}` : z.zone
    const computed = input.computedMarks[i] ?? null
    // Replayed: the recompute (sizes + tunables) reproduces this zone; else its printed numbers alone.
    const origin: ZoneVerdict['origin'] =
      computed !== null && z.sizePages > 0 && (input.replayed?.[i] ?? true) ? 'replayed' : 'printed'
    const marks = marksInEffect(z, computed)
    const zoneOk = highestIdx < 0 ? request.flagsKnown === false : z.index >= 0 && z.index <= highestIdx
    const nodeOk = nodes === null || nodes.has(z.node)
    const allowed = zoneOk && nodeOk
    const idx = highestIdx >= 0 ? reserveIndex({ version, zones: input.zones }, highestIdx, z.node) : null
    const reservePages = idx === null ? 0 : (z.printedReserve?.[idx] ?? input.computedReserves[i]?.[idx] ?? 0)
    const access = decisive?.alloc ?? { high: false, harder: false, highatomic: false, cma: false, noWatermarks: false }
    // A free-list line cut before the request's order shows no block it could use but proves none
    // missing: the free lists are then unknown, and the check is the order-0 one the kernel also ran.
    const cutBlind =
      z.buddyCut === true &&
      z.buddyCounts !== null &&
      order > 0 &&
      !scanFreeLists({ counts: z.buddyCounts, types: z.buddyTypes }, order, access).hasUsableBlock
    const state: ZoneFreeState = {
      freePages: z.freePages,
      freeCmaPages: input.freeCmaPages[i] ?? 0,
      reservedHighatomicPages: z.reservedHighatomicPages,
      buddyCounts: cutBlind ? null : z.buddyCounts,
      buddyTypes: cutBlind ? null : z.buddyTypes,
    }
    const results = input.stages.map((rule) => stageCheck(input, z, state, rule, marks, reservePages))
    const at = decisive ? results[input.stages.indexOf(decisive)] : undefined
    const loopPass =
      version < v('4.4') && marks.min !== null && state.buddyCounts && order > 0
        ? legacyOrderLoop(state, order, z.freePages - (2 ** order - 1), marks.min)
        : null
    const oc = orderCheck(z, order, access, version, pageSizeKb, loopPass)
    const withCma =
      decisive && decisive.watermark !== 'none' && !decisive.alloc.cma && marks[decisive.watermark] !== null
        ? stageCheck(input, z, state, { ...decisive, alloc: { ...decisive.alloc, cma: true } }, marks, reservePages)
            .check.pass
        : (at?.check.pass ?? false)
    let term: VerdictTerm = at?.check.term ?? 'unknown'
    let pass = at?.check.pass ?? false
    if (!allowed) {
      term = 'not-allowed'
      pass = false
    }
    const v0 = at?.verdict ?? null
    // A zone the request may not use has no margin for it (its per-stage numbers stay in `stages`).
    const marginKb = allowed ? (at?.check.marginKb ?? 0) : 0
    const why = !allowed && !nodeOk ? 'the request may not use this node (nodemask / cpuset)' : TERM_NOTES[term]
    return {
      node: z.node,
      zone: z.zone,
      label,
      origin,
      allowed,
      notAllowedBy: allowed ? null : !zoneOk ? 'zone' : 'node',
      stage: decisive?.stage ?? request.decisiveStage,
      watermarkName: decisive?.watermark ?? 'min',
      pass,
      term,
      marginKb,
      freeKb: kb(z.freePages),
      freeCmaKb: kb(input.freeCmaPages[i] ?? 0),
      usableFreeKb: v0 ? kb(v0.usableFreePages) : kb(z.freePages),
      watermarkKb: at?.check.watermarkKb ?? 0,
      reserveKb: kb(reservePages),
      reserveIndex: idx,
      highatomicKb: kb(z.reservedHighatomicPages),
      passesWithCma: withCma,
      stages: results.map((r) => r.check),
      order: oc,
      flags: input.flags[i] ?? [],
      note: `${label} at the ${decisive?.stage ?? 'unknown'} stage: ${why}${
        term === 'unknown' || term === 'not-allowed' ? '' : ` (margin ${marginKb} kB)`
      }.`,
    }
  })
}
