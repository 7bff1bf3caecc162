/**
 * INTERIM (issue 13): the model's `request`, `zoneVerdicts` and `memoryBalance` shapes, filled from the
 * diagnosis' old readings while `shared/model` does not fill them yet. Rules read only the model's
 * shapes; when the model fills them this file goes, with gfp-view.ts, zone-view.ts, accounting.ts and
 * memory-totals.ts (the duplicated kernel readings the issue deletes).
 */
import type { MemEvent } from '../event/types'
import type {
  AllocStage,
  BalanceLedger,
  MemcgFacts,
  MemoryBalance,
  MinFreeFacts,
  ModelResult,
  OrderCheck,
  OtherNodesFree,
  RequestModel,
  StageCheck,
  UnaccountedHolder,
  ZoneVerdict,
} from '../model/types'
import { type AccountingWaterfall, accountingWaterfall } from './accounting'
import { gfpView, type GfpView, ZONE_ORDER } from './gfp-view'
import { counterKb, freeTotal, managedTotal, sumKb } from './memory-totals'
import { zoneVerdicts as legacyVerdicts } from './zone-view'

/** The model's issue-13 fields, from the model when it filled them, else from the interim readings. */
export interface ModelView {
  readonly request: RequestModel | null
  readonly verdicts: readonly ZoneVerdict[]
  readonly balance: MemoryBalance | null
  readonly minFree: MinFreeFacts | null
  readonly memcg: MemcgFacts | null
  readonly otherNodes: OtherNodesFree | null
}

export function modelView(event: MemEvent, model: ModelResult): ModelView {
  const gfp = gfpView(event, model)
  const request = model.request !== undefined ? model.request : interimRequest(event, model, gfp)
  const verdicts = model.zoneVerdicts ?? interimVerdicts(event, model, gfp, request)
  return {
    request,
    verdicts,
    balance: model.memoryBalance !== undefined ? model.memoryBalance : interimBalance(event),
    minFree: model.minFree !== undefined ? model.minFree : interimMinFree(event, model),
    memcg: model.memcg !== undefined ? model.memcg : interimMemcg(event),
    otherNodes: model.otherNodes !== undefined ? model.otherNodes : interimOtherNodes(event, verdicts),
  }
}

const COSTLY = 3

function interimRequest(event: MemEvent, model: ModelResult, gfp: GfpView): RequestModel {
  const order = event.trigger.order
  const names = event.trigger.gfpPrintedNames ?? []
  const flags = model.gfp?.flags ?? names
  const has = (n: string): boolean => flags.includes(n) || names.includes(n)
  const memcg =
    event.kind === 'memcg-oom' ||
    event.memcg !== null ||
    event.oomKill?.constraint === 'CONSTRAINT_MEMCG' ||
    event.callTrace.some((f) =>
      /^(mem_cgroup_out_of_memory|mem_cgroup_oom|try_charge|mem_cgroup_oom_synchronize)/.test(f.fn),
    )
  const manual = order === -1 || event.callTrace.some((f) => f.fn === 'moom_callback')
  const layout = model.basis?.layout ?? ZONE_ORDER.filter((z) => event.zones.some((x) => x.zone === z))
  const highest = gfp.highestZone
  const hi = highest === null ? -1 : layout.indexOf(highest)
  const costly = (order ?? 0) > COSTLY
  const retry = has('__GFP_NOFAIL')
    ? 'nofail'
    : has('__GFP_NORETRY')
      ? 'noretry'
      : has('__GFP_RETRY_MAYFAIL') || has('__GFP_REPEAT')
        ? 'retry-mayfail'
        : 'default'
  const decisiveStage: AllocStage =
    event.kind === 'oom' ? 'last-try' : gfp.memallocContext && !has('__GFP_NOMEMALLOC') ? 'slowpath' : 'slowpath'
  return {
    kind: memcg && event.kind !== 'alloc-failure' ? 'memcg-oom' : event.kind,
    failurePoint: manual ? 'manual' : memcg ? 'memcg-charge' : 'zone-watermarks',
    order,
    costly,
    gfpMask: event.trigger.gfpMask,
    flags,
    flagsKnown: model.gfp !== null && (event.kernelVersion !== null || model.gfp.fromPrinted),
    version: model.basis?.version ?? 0,
    versionFrom: model.basis?.versionFrom ?? 'latest',
    layout,
    highestZone: highest,
    allowedZoneTypes: hi < 0 ? [] : layout.slice(0, hi + 1),
    allowedNodes: null,
    nodesFrom: 'all',
    migrateType: model.gfp?.migrateType ?? null,
    cmaEligible: gfp.cmaEligible,
    canReclaim: gfp.canReclaim,
    canCompact: gfp.canCompact,
    wakesKswapd: null,
    atomic: gfp.isAtomic,
    reserves: gfp.isAtomic ? 'reduced-min' : 'none',
    retry,
    oomKiller: costly ? 'not-for-costly' : gfp.canReclaim === false ? 'no-reclaim' : 'invoked',
    memallocContext: gfp.memallocContext,
    stages: [],
    decisiveStage,
    unknownBits: model.gfp?.unknownBits ?? null,
    unknowns: [],
  }
}

function interimVerdicts(
  event: MemEvent,
  model: ModelResult,
  gfp: GfpView,
  request: RequestModel | null,
): ZoneVerdict[] {
  const multiNode = new Set(event.zones.map((z) => z.node)).size > 1
  const order = Math.max(0, gfp.order ?? 0)
  const slackKb = (2 ** order - 1) * event.pageSizeKb
  return legacyVerdicts(event, model, gfp).map((v) => {
    const zone = v.zone
    const label = multiNode ? `Node ${zone.node} ${zone.zone}` : zone.zone
    const slow: StageCheck = {
      stage: 'slowpath',
      watermark: 'min',
      pass: v.pass,
      term: v.decidingTerm,
      marginKb: v.marginKb,
      watermarkKb: v.watermarkKb,
    }
    const highKb = zone.highKb
    const highMargin = highKb === null ? null : v.usableFreeKb - slackKb - highKb - v.reserveKb
    const last: StageCheck | null =
      highKb === null || highMargin === null
        ? null
        : {
            stage: 'last-try',
            watermark: 'high',
            pass: v.allowed && highMargin > 0 && v.decidingTerm !== 'order',
            term: !v.allowed
              ? 'not-allowed'
              : highMargin > 0
                ? v.decidingTerm === 'order'
                  ? 'order'
                  : 'ok'
                : v.decidingTerm === 'ok' || v.decidingTerm === 'order'
                  ? 'watermark'
                  : v.decidingTerm,
            marginKb: highMargin,
            watermarkKb: highKb,
          }
    const stages = last ? [slow, last] : [slow]
    const decisive = request?.decisiveStage === 'last-try' && last ? last : slow
    return {
      node: zone.node,
      zone: zone.zone,
      label,
      origin: v.fromModel ? 'replayed' : 'printed',
      allowed: v.allowed,
      notAllowedBy: v.allowed ? null : 'zone',
      stage: decisive.stage,
      watermarkName: decisive.watermark,
      pass: decisive.pass,
      term: decisive.term,
      marginKb: decisive.marginKb,
      freeKb: v.freeKb,
      freeCmaKb: v.freeCmaKb,
      usableFreeKb: v.usableFreeKb,
      watermarkKb: decisive.watermarkKb,
      reserveKb: v.reserveKb,
      reserveIndex: null,
      highatomicKb: zone.reservedHighatomicKb ?? 0,
      passesWithCma: v.passesWithCma,
      stages,
      order: orderCheck(event, zone, order, gfp),
      flags: [],
      note: '',
    }
  })
}

function orderCheck(event: MemEvent, zone: MemEvent['zones'][number], order: number, gfp: GfpView): OrderCheck {
  const buddy = zone.buddy
  if (!buddy)
    return {
      order,
      source: 'none',
      rule: 'free-lists',
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
  const pageKb = buddy.order0Kb ?? event.pageSizeKb
  const cmaOk = gfp.cmaEligible === true
  const harder = gfp.isAtomic
  let usable = 0
  let cma = 0
  let high = 0
  let any = 0
  let largest = -1
  buddy.counts.forEach((count, k) => {
    if (count <= 0) return
    const kb = count * pageKb * 2 ** k
    const types = buddy.types[k]
    const ok =
      types === null || types === undefined || types === ''
        ? true
        : [...types].some((c) => (c === 'C' ? cmaOk : c === 'H' ? harder : c !== 'I'))
    if (ok) largest = k
    if (k < order) return
    any += kb
    if (ok) usable += kb
    else if (types?.includes('C')) cma += kb
    else if (types?.includes('H')) high += kb
  })
  return {
    order,
    source: 'buddy',
    rule: 'free-lists',
    pass: order === 0 || usable > 0,
    largestUsableOrder: largest,
    largestUsableKb: largest < 0 ? 0 : pageKb * 2 ** largest,
    usableBlockKb: usable,
    cmaOnlyBlockKb: cma,
    highatomicOnlyBlockKb: high,
    allBlocksCma: any > 0 && cma === any,
    allBlocksHighatomic: any > 0 && high === any,
    byType: [],
  }
}

function ledgerOf(w: AccountingWaterfall): BalanceLedger {
  return { ...w, scope: w.scope }
}

const BALLOON = /balloon|hv_balloon|xen_balloon|vmw_balloon/i

function interimBalance(event: MemEvent): MemoryBalance | null {
  const falls = accountingWaterfall(event)
  const managed = managedTotal(event)
  if (falls.length === 0 && !managed) return null
  const ledgers = falls.map(ledgerOf)
  const total: BalanceLedger | null =
    ledgers.length === 1
      ? (ledgers[0] ?? null)
      : ledgers.length > 1
        ? sumLedgers(ledgers)
        : managed
          ? {
              scope: 'global',
              node: null,
              zone: null,
              managedKb: managed.kb,
              managedFrom: 'managed',
              managedAt: managed.at,
              buckets: [],
              countedKb: 0,
              unaccountedKb: 0,
              excluded: [],
            }
          : null
  const anonLru = sumKb(event, ['active_anon', 'inactive_anon', 'isolated_anon'])
  const shmem = counterKb(event, 'shmem')
  const file = sumKb(event, ['active_file', 'inactive_file', 'isolated_file'])
  // 2.6.2x: no anon/file split; the page cache counter (minus swap cache) is the file part.
  const lru = sumKb(event, ['active', 'inactive'])
  const pagecacheKb =
    event.pagecachePages === null ? null : (event.pagecachePages - (event.swapCachePages ?? 0)) * event.pageSizeKb
  // ≤ 2.6.10 printed neither: `mapped` counted every mapped page, anon included.
  const anonKb = anonLru
    ? Math.max(0, anonLru.kb - (shmem?.kb ?? 0))
    : lru && pagecacheKb !== null
      ? Math.max(0, lru.kb - pagecacheKb)
      : (counterKb(event, 'mapped')?.kb ?? null)
  const fileKb = file ? file.kb : pagecacheKb
  const table = event.unreclaimableSlab ?? []
  const combined = counterKb(event, 'slab')
  const reclaimable = counterKb(event, 'slab_reclaimable')
  const unreclaimable = counterKb(event, 'slab_unreclaimable')
  const holders: UnaccountedHolder[] = []
  const balloon = event.callTrace.find((f) => BALLOON.test(f.fn) || BALLOON.test(f.module ?? ''))
  if (balloon)
    holders.push({
      kind: 'balloon',
      name: balloon.module ?? balloon.fn,
      kb: null,
      accounting: 'uncounted',
      at: [balloon.at],
    })
  for (const n of event.nodes)
    if ((n.fields['Balloon'] ?? 0) > 0)
      holders.push({
        kind: 'balloon',
        name: 'Balloon',
        kb: n.fields['Balloon'] ?? 0,
        accounting: 'counted',
        at: [n.at],
      })
  const free = freeTotal(event)
  return {
    scope: ledgers[0]?.scope ?? 'global',
    ledgers,
    total,
    anonKb,
    shmemKb: shmem?.kb ?? null,
    fileKb,
    slab: {
      reclaimableKb: reclaimable?.kb ?? null,
      unreclaimableKb: unreclaimable?.kb ?? null,
      combinedKb: combined?.kb ?? null,
      from: unreclaimable || reclaimable ? 'counters' : combined ? 'combined' : table.length > 0 ? 'table' : 'none',
      topCaches: [...table].sort((a, b) => b.totalKb - a.totalKb),
      tableTotalKb: table.length > 0 ? table.reduce((s, c) => s + c.totalKb, 0) : null,
    },
    holders,
    freeKb: free?.kb ?? null,
    freeFrom: free ? (event.counters['free'] !== undefined ? 'global' : 'zones') : 'none',
    swapTotalKb: event.swap?.totalKb ?? null,
    swapFreeKb: event.swap?.freeKb ?? null,
  }
}

function sumLedgers(ledgers: readonly BalanceLedger[]): BalanceLedger {
  const buckets = new Map<string, { name: string; kb: number; at: number[] }>()
  for (const l of ledgers)
    for (const b of l.buckets) {
      const cur = buckets.get(b.name) ?? { name: b.name, kb: 0, at: [] }
      cur.kb += b.kb
      cur.at.push(...b.at)
      buckets.set(b.name, cur)
    }
  const managedKb = ledgers.reduce((s, l) => s + l.managedKb, 0)
  const countedKb = ledgers.reduce((s, l) => s + l.countedKb, 0)
  return {
    scope: 'global',
    node: null,
    zone: null,
    managedKb,
    managedFrom: 'managed',
    managedAt: ledgers.flatMap((l) => l.managedAt),
    buckets: [...buckets.values()],
    countedKb,
    unaccountedKb: managedKb - countedKb,
    excluded: [],
  }
}

function interimMinFree(event: MemEvent, model: ModelResult): MinFreeFacts | null {
  if (model.inferredMinFreeKbytes === null && model.defaultMinFreeKbytes == null) return null
  const lowmem = event.zones.filter((z) => z.zone !== 'HighMem' && z.zone !== 'Movable')
  return {
    inferredKb: model.inferredMinFreeKbytes,
    source: model.minFreeSource,
    defaultKb: model.defaultMinFreeKbytes ?? null,
    defaultUpperKb: 65536,
    defaultClamped: null,
    thpKb: model.thpMinFreeKbytes ?? null,
    thpPageblockKb: null,
    thpCapped: false,
    thpZones: lowmem.length,
    lowmemKb: lowmem.every((z) => z.managedKb !== null) ? lowmem.reduce((s, z) => s + (z.managedKb ?? 0), 0) : null,
  }
}

function interimMemcg(event: MemEvent): MemcgFacts | null {
  const m = event.memcg
  if (!m) return null
  const v1 = m.stat['rss'] !== undefined || m.stat['cache'] !== undefined
  const atLimit = (u: number | null, l: number | null): boolean => u !== null && l !== null && u >= l
  const memswHit = m.swapFailcnt !== null && v1 && (m.swapFailcnt > 0 || atLimit(m.swapUsageKb, m.swapLimitKb))
  const shmem = v1 ? (m.stat['shmem'] ?? null) : m.stat['shmem'] !== undefined ? (m.stat['shmem'] ?? 0) / 1024 : null
  return {
    version: v1 ? 'v1' : Object.keys(m.stat).length > 0 ? 'v2' : null,
    limitHit:
      memswHit && !atLimit(m.usageKb, m.limitKb) ? 'memory+swap' : atLimit(m.usageKb, m.limitKb) ? 'memory' : 'unknown',
    limitFrom: memswHit ? 'failcnt' : atLimit(m.usageKb, m.limitKb) ? 'usage-at-limit' : 'none',
    path: m.path,
    usageKb: m.usageKb,
    limitKb: m.limitKb,
    swapUsageKb: m.swapUsageKb,
    swapLimitKb: m.swapLimitKb,
    anonKb: null,
    fileKb: null,
    shmemKb: shmem,
    slabReclaimableKb: null,
    canSwap: null,
    reclaimableKb: null,
  }
}

function interimOtherNodes(event: MemEvent, verdicts: readonly ZoneVerdict[]): OtherNodesFree | null {
  const mems = event.oomKill?.fields['mems_allowed'] ?? event.cpuset?.memsAllowed ?? null
  const nodes = mems === null ? null : nodeList(mems)
  const global = counterKb(event, 'free')
  if (!nodes || !global) return null
  const onAllowed = verdicts.filter((v) => nodes.includes(v.node)).reduce((s, v) => s + v.freeKb, 0)
  return { freeKb: Math.max(0, global.kb - onAllowed), from: 'global-free', nodes: null }
}

function nodeList(text: string): number[] | null {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text)) return null
  return text.split(',').flatMap((part) => {
    const [lo, hi] = part.split('-').map(Number)
    const out: number[] = []
    for (let n = lo ?? 0; n <= (hi ?? lo ?? 0) && n < 1024; n++) out.push(n)
    return out
  })
}
