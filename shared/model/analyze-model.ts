/**
 * analyzeModel: read an event, infer the tunables it ran with, recompute every zone, replay the
 * allocation and the victim choice, and keep a basis for what-if.
 */
import { checkedOrder } from '../kernel/alloc-stages'
import type { MemEvent } from '../event/types'
import { decodeGfpFlags } from '../kernel/gfp/decode-gfp'
import { describeGfp } from '../kernel/gfp/describe-gfp'
import { defaultLowmemReserveRatios } from '../kernel/lowmem-reserve'
import { v } from '../kernel/version'
import { parseNodeList, replayAllocation, requestHighestZone, type EffectiveMarks } from './allocation-replay'
import { eventBasis } from './event-basis'
import { fitZones, reserveChecks } from './fit-zones'
import { classifyMinFree } from './min-free-source'
import { printedMarks, toZoneWatermarks, withBoost } from './recompute-zones'
import { reconcileWithOutcome } from './reconcile-outcome'
import { replayVictim, taskTableSnipped, totalPagesFor, totalPagesParts } from './victim-replay'
import { memcgFacts } from './memcg-facts'
import { memoryBalance } from './memory-balance'
import { outcomeCheck } from './outcome-check'
import { modelFacts } from './model-facts'
import { minFreeDecision } from './min-free-decided'
import { requestModel } from './request-model'
import { modelAnomalies, zoneFlags } from './zone-flags'
import { zoneVerdicts } from './zone-verdicts'
import type { AllocationReplay, BasisZone, ModelBasis, ModelResult, VictimNote } from './types'

/** Whether the event records a failed zone allocation (global OOM or allocation failure, not sysrq). */
function observedFailure(event: MemEvent): boolean {
  return (event.kind === 'oom' || event.kind === 'alloc-failure') && (event.trigger.order ?? 0) >= 0
}

/** See the module comment. Never throws on partial events: missing parts give null fields. */
export function analyzeModelImpl(event: MemEvent): ModelResult {
  const eb = eventBasis(event)
  const { version, pageSizeKb, layout } = eb
  const hasMask = event.trigger.gfpMask !== null || (event.trigger.gfpPrintedNames?.length ?? 0) > 0
  const flagSet = decodeGfpFlags(event.trigger.gfpMask, event.trigger.gfpPrintedNames, version)
  const gfp = hasMask ? describeGfp(event.trigger.gfpMask, flagSet, version, layout) : null
  const ratios = defaultLowmemReserveRatios(layout, version)
  const chosen = fitZones(event, eb, ratios)
  const boosts = chosen ? chosen.fit.boostPages : eb.zones.map((z) => z.boostPages)
  // Zones that lost their size take the one the fit found (reserve rows, RAM totals, shares).
  const zones: BasisZone[] = eb.zones.map((z, i) => ({
    ...z,
    boostPages: boosts[i] ?? 0,
    sizePages: z.sizePages > 0 ? z.sizePages : (chosen?.sizes[i] ?? 0),
  }))
  const { checks: reserveCheckList, rows: reserves } = reserveChecks(event, eb, ratios)
  const computedMarks: EffectiveMarks[] = chosen ? withBoost(chosen.fit.marks, boosts) : []
  const minFree = chosen ? classifyMinFree(chosen.fit.pagesMin, chosen.formulas, pageSizeKb) : null
  const order = checkedOrder(event.trigger.order)
  const gfpFlags = new Set(flagSet.flags)
  let allocation: AllocationReplay | null = null
  let cmaUnusable = false
  if (hasMask && zones.length > 0 && event.kind !== 'memcg-oom') {
    // The replay runs on what the kernel had in effect: the printed marks and reserves.
    const input = {
      version,
      pageSizeKb,
      layout,
      zones,
      marks: printedMarks(zones, computedMarks),
      reserves: zones.map((z, i) => z.printedReserve ?? reserves[i] ?? []),
      freeCmaPages: zones.map((z) => z.freeCmaPages),
      gfpFlags,
      order,
      cmaUnusable: false,
      allowedNodes: parseNodeList(event.trigger.nodemask),
    }
    const reconciled = reconcileWithOutcome(replayAllocation(input), input, observedFailure(event))
    allocation = reconciled.replay
    cmaUnusable = reconciled.cmaUnusable
  }
  const parts = totalPagesParts(event, version)
  const totalFrom = parts.memcgLimitPages !== null ? 'memcg-limit' : `${parts.totalRamFrom}+swap`
  const totalPages = totalPagesFor(parts, event, 0)
  const incomplete = partialTable(event)
  // Without totalpages the ranking still holds (3.5+) when no task has an oom_score_adj: points are then
  // pages of usage, and totalpages only scales the adj term (and the printed score, which is then unknown).
  const adjFree = event.tasks.every((t) => (t.oomScoreAdj ?? 0) === 0 || (t.oomScoreAdj ?? 0) <= -1000)
  const rankOnly = (totalPages === null || totalPages <= 0) && adjFree && version >= v('3.5')
  const ranked = replayVictim(
    event.tasks,
    rankOnly ? 1000 : totalPages,
    version,
    pageSizeKb,
    undefined,
    rankOnly ? 'unknown' : totalFrom,
  )
  // The printed score needs totalpages: 0 where it is unknown (`totalPagesFrom: 'unknown'`).
  const replayed =
    rankOnly && ranked
      ? { ...ranked, score: 0, totalPages: 0, ranked: ranked.ranked.map((r) => ({ ...r, score: 0 })) }
      : ranked
  // A table with rows cut out gives no prediction: the kernel scanned tasks the report no longer shows.
  const predictedVictim = incomplete ? null : replayed
  const victimNote = victimNoteFor(event, incomplete, replayed, totalPages)
  const basis: ModelBasis = {
    version,
    versionFrom: eb.versionFrom,
    pageSizeKb,
    layout,
    zones,
    pagesMin: chosen ? chosen.fit.pagesMin : null,
    watermarkScaleFactor: chosen?.fit.watermarkScaleFactor ?? 10,
    lowmemReserveRatios: ratios,
    order,
    gfpFlags: flagSet.flags,
    highestZone: requestHighestZone(gfpFlags, layout),
    cmaUnusable,
    totalRamPages: parts.totalRamPages,
    totalRamFrom: parts.totalRamFrom,
    swapPages: parts.swapPages,
    memcgLimitPages: parts.memcgLimitPages,
    cmaReservedPages: event.ram.cmaReservedPages,
  }
  const flags = eb.sources.map(zoneFlags)
  const { request, stages } = requestModel(event, eb, flagSet, gfp)
  const verdicts = zoneVerdicts({
    version,
    pageSizeKb,
    layout,
    zones,
    computedMarks: zones.map((z, i) => (chosen && z.sizePages > 0 ? (computedMarks[i] ?? null) : null)),
    replayed: zones.map((z, i) => chosen !== null && (chosen.fit.fitted[i] ?? false)),
    computedReserves: reserves,
    freeCmaPages: zones.map((z) => z.freeCmaPages),
    request,
    stages,
    flags,
  })
  const sizeKbOf = (label: string): number => {
    const i = verdicts.findIndex((v) => v.label === label)
    return (zones[i]?.sizePages ?? 0) * pageSizeKb
  }
  const pcpKbOf = (label: string): number => {
    const i = verdicts.findIndex((v) => v.label === label)
    const z = eb.sources[i]
    return z ? (z.fields['free_pcp'] ?? 0) : 0
  }
  const check = outcomeCheck(
    request,
    verdicts,
    (v) => sizeKbOf(v.label),
    (v) => pcpKbOf(v.label),
    cmaUnusable,
  )
  // Zones whose line was cut before its size take the one the fit found (the lowmem ledger needs them).
  const balance = memoryBalance(
    event,
    zones.map((z) => ({ node: z.node, zone: z.zone, kb: z.sizePages * pageSizeKb })),
  )
  const facts = modelFacts(event, eb, request, balance, chosen?.formulas ?? null, minFree, version, pageSizeKb)
  const allowed = verdicts.filter((x) => x.allowed)
  const decision =
    chosen && minFree && request.failurePoint === 'zone-watermarks'
      ? minFreeDecision({
          version,
          pageSizeKb,
          layout,
          zones,
          watermarkScaleFactor: chosen.fit.watermarkScaleFactor ?? 10,
          reserves: zones.map((z, i) => z.printedReserve ?? reserves[i] ?? []),
          freeCmaPages: zones.map((z) => z.freeCmaPages),
          request,
          stages,
          flags,
          inferredKb: minFree.minFreeKbytes,
          defaultKb: chosen.formulas.defaultKb,
          failedNow: allowed.length > 0 && allowed.every((x) => !x.pass),
        })
      : null
  return {
    request,
    zoneVerdicts: verdicts,
    memoryBalance: balance,
    minFree: facts.minFree ? { ...facts.minFree, decision } : null,
    memcg: memcgFacts(event),
    otherNodes: facts.otherNodes,
    victimNote,
    anomalies: modelAnomalies(
      event,
      flags,
      verdicts.map((v) => v.label),
    ),
    outcomeCheck: check,
    reserveChecks: reserveCheckList,
    inferredMinFreeKbytes: minFree?.minFreeKbytes ?? null,
    minFreeSource: minFree?.source ?? 'unknown',
    watermarkScaleFactor: chosen?.fit.watermarkScaleFactor ?? null,
    zones: chosen ? toZoneWatermarks(zones, computedMarks, reserves, boosts, pageSizeKb) : [],
    gfp,
    allocation,
    predictedVictim,
    thpMinFreeKbytes: chosen ? (chosen.formulas.thpKb[0] ?? null) : null,
    defaultMinFreeKbytes: chosen ? chosen.formulas.defaultKb : null,
    basis,
  }
}

/** Why the victim prediction is missing or uncertain; null when it is neither. */
/** Why the task table is not every task the kernel scanned, or null when it is (see `VictimNote.code`). */
type PartialTable = 'snipped-table' | 'rows-omitted' | 'partial-table' | 'incomplete-table'

function victimNoteFor(
  event: MemEvent,
  incomplete: PartialTable | null,
  replayed: ModelResult['predictedVictim'],
  totalPages: number | null,
): VictimNote | null {
  if (event.tasks.length === 0) return null
  if (incomplete === 'snipped-table') {
    return {
      code: 'snipped-table',
      note: 'the task table has rows cut out (a snip marker): the kernel scanned tasks the report no longer shows, so no victim is predicted',
    }
  }
  if (incomplete === 'rows-omitted') {
    const rows = event.omitted?.taskRows ?? 0
    return {
      code: 'rows-omitted',
      note: `the report passed the parser's memory bound and ${rows} task rows were counted but not kept: the kernel scanned tasks the table no longer holds, so no victim is predicted`,
      rowsOmitted: rows,
    }
  }
  if (incomplete === 'partial-table') {
    return {
      code: 'partial-table',
      note: "the report's first lines are not in the input and its task table has no header: rows before the cut may be missing, so no victim is predicted",
    }
  }
  if (incomplete === 'incomplete-table') {
    return {
      code: 'incomplete-table',
      note: 'the task the kernel killed is not in the task table, which lists every task the kernel scanned: rows are missing, so no victim is predicted',
    }
  }
  if ((totalPages === null || totalPages <= 0) && replayed) {
    return {
      code: 'no-totalpages',
      note: 'totalpages is unknown; no task has an oom_score_adj, so the ranking by usage does not depend on it (the printed score does, and is not replayed)',
    }
  }
  if (totalPages === null || totalPages <= 0) {
    return {
      code: 'no-totalpages',
      note: 'neither zone managed counts nor RAM/reserved totals give totalpages for the badness scale',
    }
  }
  if (!replayed)
    return {
      code: 'no-candidates',
      note: 'every listed task is unkillable (pid 1 or oom_score_adj −1000) or predates 2.6.36 scoring',
    }
  if (replayed.tie) {
    return {
      code: 'tie',
      note: `${replayed.tiedPids?.length ?? 2} tasks share the top points; the ${replayed.tieRule === 'later-wins' ? 'later' : 'first'} one in scan order wins on this kernel`,
      tiedPids: replayed.tiedPids ?? [],
      tieRule: replayed.tieRule ?? 'first-wins',
    }
  }
  return null
}

/**
 * Whether the task table is every task the victim scan considered: `dump_tasks` prints them all (same
 * iterator, same eligibility), so the table is partial when it has a snip marker, when the parser's
 * memory bound left rows out (`omitted`), when the report's first lines were cut (`partial`) and the
 * table's header with them, or when the killed or selected task is missing from it.
 */
function partialTable(event: MemEvent): PartialTable | null {
  if (event.tasks.length === 0) return null
  if (taskTableSnipped(event)) return 'snipped-table'
  if ((event.omitted?.taskRows ?? 0) > 0) return 'rows-omitted'
  if (event.partial && event.taskColumns === null) return 'partial-table'
  const victim = event.selected?.pid ?? event.killed?.pid ?? null
  return victim !== null && !event.tasks.some((t) => t.pid === victim || t.tgid === victim) ? 'incomplete-table' : null
}
