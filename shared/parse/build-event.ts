import type { IssueSink } from '../base/issue'
import type { BuddyInfo, EventKind, Memcg, MemEvent, SwapInfo, Zone } from '../event/types'
import type { Draft, DraftMemcg, DraftZone } from './draft'
import { inferArch } from './infer-arch'
import { inferPageSize } from './infer-page-size'
import { parseIssue } from './issue-defs'
import { stripReason } from './report/kill-lines'

function num(fields: Record<string, number> | undefined, key: string): number | null {
  const v = fields?.[key]
  return v === undefined ? null : v
}

function buildBuddy(z: DraftZone): BuddyInfo | null {
  const b = z.buddy
  if (!b) return null
  return { counts: b.counts, types: b.types, totalKb: b.totalKb, order0Kb: b.sizesKb[0] ?? null, at: b.at }
}

function buildZone(z: DraftZone): Zone {
  const f = z.parsed?.fields ?? {}
  return {
    node: z.node,
    zone: z.zone,
    fields: f,
    kbFields: z.parsed?.kbFields ?? [],
    flags: z.parsed?.flags ?? {},
    freeKb: num(f, 'free') ?? z.buddy?.totalKb ?? 0,
    minKb: num(f, 'min'),
    lowKb: num(f, 'low'),
    highKb: num(f, 'high'),
    boostKb: num(f, 'boost'),
    reservedHighatomicKb: num(f, 'reserved_highatomic'),
    presentKb: num(f, 'present'),
    managedKb: num(f, 'managed'),
    freeCmaKb: num(f, 'free_cma'),
    lowmemReserve: z.lowmemReserve,
    buddy: buildBuddy(z),
    at: z.at,
    lowmemReserveAt: z.lowmemReserveAt,
  }
}

function buildMemcg(d: Draft): Memcg | null {
  const m: DraftMemcg | null = d.memcg
  const oomMemcg = d.oomKill?.fields['oom_memcg'] ?? null
  if (!m && oomMemcg === null) return null
  const mem = m?.counters['memory']
  const swap = m?.counters['memory+swap'] ?? m?.counters['swap']
  const kmem = m?.counters['kmem']
  return {
    path: oomMemcg ?? m?.limitPath ?? m?.statsPath ?? null,
    taskPath: d.oomKill?.fields['task_memcg'] ?? m?.taskPath ?? null,
    usageKb: mem?.usageKb ?? null,
    limitKb: mem?.limitKb ?? null,
    failcnt: mem?.failcnt ?? null,
    swapUsageKb: swap?.usageKb ?? null,
    swapLimitKb: swap?.limitKb ?? null,
    swapFailcnt: swap?.failcnt ?? null,
    kmemUsageKb: kmem?.usageKb ?? null,
    kmemLimitKb: kmem?.limitKb ?? null,
    kmemFailcnt: kmem?.failcnt ?? null,
    stat: m?.stat ?? {},
    printedCounters: Object.keys(m?.counters ?? {}),
    at: m?.at ?? d.oomKill?.at ?? 0,
  }
}

function kindOf(d: Draft, memcg: Memcg | null): EventKind {
  if (d.header?.kind === 'alloc-failure') return 'alloc-failure'
  const reason = d.killed?.reason ?? d.selected?.reason ?? ''
  if (memcg !== null || d.oomKill?.constraint === 'CONSTRAINT_MEMCG' || reason.startsWith('Memory cgroup')) {
    return 'memcg-oom'
  }
  return 'oom'
}

/** Pairs of one quantity printed in kB and in pages, for the page size ratio. */
function kbPagePairs(d: Draft): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = []
  const freePages = d.counters['free']
  const zonesFreeKb = d.zones.reduce((s, z) => s + (z.parsed?.fields['free'] ?? 0), 0)
  if (freePages !== undefined && zonesFreeKb > 0) pairs.push([zonesFreeKb, freePages])
  const node0 = d.nodes[0]
  const anonPages = d.counters['active_anon']
  if (node0 && d.nodes.length === 1 && anonPages !== undefined && node0.fields['active_anon'] !== undefined) {
    pairs.push([node0.fields['active_anon'], anonPages])
  }
  const k = d.killed
  const row = k ? d.tasks.find((t) => t.pid === k.pid) : undefined
  if (k && row?.rss != null && k.anonRssKb !== null && k.fileRssKb !== null) {
    pairs.push([k.anonRssKb + k.fileRssKb + (k.shmemRssKb ?? 0), row.rss])
  }
  // The victim's `total-vm:NkB` and its row's total_vm pages (mm/oom_kill.c prints both from one mm).
  if (k?.totalVmKb != null && row?.totalVm != null) pairs.push([k.totalVmKb, row.totalVm])
  return pairs
}

/**
 * The task that asked for memory, as the header names it — unless the `CPU: … Comm:` line, which
 * prints the same `current->comm`, shows the header's reading took in a neighbour's words (a paste
 * joined onto one line: `12989 pages reserved DOM Worker`) or lost some of a name with spaces
 * (`Content` for `Web Content`).
 */
function triggerComm(header: string | null, taskLine: string | null): string | null {
  if (header === null || taskLine === null || header === taskLine) return header ?? taskLine
  return header.endsWith(` ${taskLine}`) || taskLine.endsWith(` ${header}`) ? taskLine : header
}

/**
 * Freeze a finished draft into a MemEvent (id provisional, time filled by the caller once the year is
 * known). Reports page-size and arch assumptions as `info` issues.
 */
export function buildEvent(d: Draft, provisionalId: string, onIssue: IssueSink): MemEvent {
  const memcg = buildMemcg(d)
  const frames = d.callTrace.map((f) => f.fn)
  const version = d.taskLine?.version ?? d.bootVersion
  const arch = inferArch({
    version,
    frames,
    registers: d.registers,
    frameTexts: d.callTrace.map((f) => d.lines[f.at]?.message ?? ''),
    zoneNames: d.zones.map((z) => z.zone),
  })
  const page = inferPageSize({
    buddyOrder0Kb: d.zones.flatMap((z) => (z.buddy?.sizesKb[0] === undefined ? [] : [z.buddy.sizesKb[0]])),
    kbPagePairs: kbPagePairs(d),
    arch,
  })
  const line = d.lines[0]?.line ?? 0
  if (page.from === 'arch' || page.from === 'default') {
    onIssue(
      parseIssue(
        'page-size-assumed',
        d.path,
        line,
        `The report prints no buddy block size or kB/pages pair, so a ${page.pageSizeKb} kB page size was assumed (${page.from === 'arch' ? `arch ${arch ?? '?'}` : 'default'}).`,
      ),
    )
  }
  const h = d.header
  const swap: SwapInfo | null =
    d.freeSwapKb !== null && d.totalSwapKb !== null ? { totalKb: d.totalSwapKb, freeKb: d.freeSwapKb } : null
  const tl = d.taskLine
  const comm = triggerComm(h?.comm ?? null, tl?.comm ?? null)
  // Without a CPU line (cut or elided), a crash(8) banner that gave this report its panic names the
  // task that panicked: panic_on_oom panics in the context of the task that invoked the OOM killer.
  const panicPid = d.panicTask && (d.panicTask.comm === null || d.panicTask.comm === comm) ? d.panicTask.pid : null
  return {
    id: provisionalId,
    kind: kindOf(d, memcg),
    path: d.path,
    line,
    time: null,
    timeYearInferred: false,
    uptime: d.uptime,
    host: d.host,
    kernelVersion: version,
    arch,
    pageSizeKb: page.pageSizeKb,
    pageSizeFrom: page.from,
    trigger: {
      comm,
      pid: tl?.pid ?? panicPid,
      gfpMask: h?.gfpMask ?? null,
      gfpPrintedNames: h?.gfpPrintedNames ?? null,
      order: h?.order ?? null,
      oomScoreAdj: h?.oomScoreAdj ?? null,
      nodemask: h?.nodemask ?? null,
      ...(h?.oomAdj != null ? { oomAdj: h.oomAdj } : {}),
      at: 0,
    },
    cpuset: d.cpuset,
    taskLine: tl
      ? {
          cpu: tl.cpu,
          pid: tl.pid,
          comm: tl.comm,
          tainted: tl.tainted,
          version: tl.version,
          build: tl.build,
          at: tl.at,
        }
      : null,
    hardware: d.hardware,
    callTrace: d.callTrace,
    counters: d.counters,
    countersAt: d.countersAt,
    nodes: d.nodes,
    zones: d.zones.map(buildZone),
    hugepages: d.hugepages,
    pagecachePages: d.pagecachePages,
    swapCachePages: d.swapCachePages,
    swap,
    ram: { ...d.ram },
    tasks: d.tasks,
    taskColumns: d.taskColumns,
    selected: d.selected
      ? { pid: d.selected.pid, comm: d.selected.comm, score: d.selected.score, at: d.selected.at }
      : null,
    killed: d.killed ? stripReason(d.killed) : null,
    oomKill: d.oomKill,
    ...(d.slab.length > 0 ? { unreclaimableSlab: d.slab } : {}),
    ...(d.pcp.length > 0 ? { perCpuPagesets: d.pcp } : {}),
    memcg,
    panic: d.panic,
    reaper: d.reaper,
    lines: d.lines,
    ...(d.completeness === 'partial' ? { partial: true } : {}),
    ...(h?.warning != null ? { allocWarning: { message: h.warning, stallMs: h.stallMs ?? null, at: 0 } } : {}),
    ...(d.oomGroup ? { oomGroup: d.oomGroup } : {}),
    ...(d.manualTrigger ? { manualTrigger: d.manualTrigger } : {}),
    ...(d.omitted.lines > 0
      ? {
          omitted: {
            lines: d.omitted.lines,
            taskRows: d.omitted.taskRows,
            reason: `the report passed ${d.omitted.bound} lines, the bound one report may hold in memory`,
          },
        }
      : {}),
  }
}
