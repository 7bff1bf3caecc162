/**
 * Replay `select_bad_process` over the printed task table: `oom_badness` of every row, skipping
 * what the kernel skips (init, oom_score_adj −1000), keeping the highest with the version's tie rule
 * (mm/oom_kill.c; kernel-facts §7).
 */
import type { MemEvent, Task } from '../event/types'
import { laterEqualWins, oomBadness, printedOomScore } from '../kernel/oom-badness'
import { parseNodeList } from './allocation-replay'
import { v, type KernelVersionCode } from '../kernel/version'
import type { VictimReplay, VictimScore } from './types'

/** The parts of `totalpages` an event shows (pages), kept apart so what-if can add swap. */
export interface TotalPages {
  readonly totalRamPages: number | null
  readonly totalRamFrom: string
  readonly swapPages: number
  readonly memcgLimitPages: number | null
}

/**
 * totalpages parts (`constrained_alloc`, `mem_cgroup_get_max`): global = totalram_pages (Σ managed)
 * + total swap; memcg = the limit (+ its swap allowance, bounded by total swap).
 * Σ managed comes from the zone lines when every zone printed it (≤ 6.3 prints all populated zones;
 * 6.4+ hides zones above the request's), else from `pages RAM − pages reserved` (= Σ present − managed).
 */
export function totalPagesParts(event: MemEvent, version: KernelVersionCode): TotalPages {
  const pageKb = event.pageSizeKb > 0 ? event.pageSizeKb : 4
  const swapPages = event.swap ? Math.floor(event.swap.totalKb / pageKb) : 0
  const allManaged = event.zones.length > 0 && event.zones.every((z) => z.managedKb !== null)
  const managed = event.zones.reduce((sum, z) => sum + (z.managedKb ?? 0), 0) / pageKb
  const ram = event.ram
  const ramMinusReserved =
    ram.totalPages !== null && ram.reservedPages !== null ? ram.totalPages - ram.reservedPages : null
  let totalRamPages: number | null = null
  let totalRamFrom = 'unknown'
  if (allManaged && (version < v('6.4') || ramMinusReserved === null)) {
    totalRamPages = Math.round(managed)
    totalRamFrom = 'managed'
  } else if (ramMinusReserved !== null) {
    totalRamPages = ramMinusReserved
    totalRamFrom = 'ram-reserved'
  }
  const memcgLimitPages =
    event.kind === 'memcg-oom' && event.memcg?.limitKb != null ? Math.floor(event.memcg.limitKb / pageKb) : null
  const constrained = constrainedNodePages(event, pageKb)
  if (constrained !== null && memcgLimitPages === null) {
    return { totalRamPages: constrained.pages, totalRamFrom: constrained.from, swapPages, memcgLimitPages }
  }
  return { totalRamPages, totalRamFrom, swapPages, memcgLimitPages }
}

/**
 * `constrained_alloc` (mm/oom_kill.c): a CONSTRAINT_MEMORY_POLICY OOM scores against the present pages
 * of the nodemask's nodes, a CONSTRAINT_CPUSET one against those of the cpuset's mems_allowed (+ swap,
 * added by the caller) — node_present_pages from ≈5.4 (Michal Hocko), node_spanned_pages before, which
 * the report does not print: present is the closest it shows. Null when unconstrained or not printed.
 */
function constrainedNodePages(event: MemEvent, pageKb: number): { pages: number; from: string } | null {
  const constraint = event.oomKill?.constraint
  const mask =
    constraint === 'CONSTRAINT_MEMORY_POLICY'
      ? (event.trigger.nodemask ?? event.oomKill?.fields['nodemask'] ?? null)
      : constraint === 'CONSTRAINT_CPUSET'
        ? (event.cpuset?.memsAllowed ?? event.oomKill?.fields['mems_allowed'] ?? null)
        : null
  const nodes = parseNodeList(mask)
  if (!nodes) return null
  const zones = event.zones.filter((z) => nodes.has(z.node))
  if (zones.length === 0 || zones.some((z) => z.presentKb === null)) return null
  return { pages: Math.round(zones.reduce((s, z) => s + (z.presentKb ?? 0), 0) / pageKb), from: 'node-present' }
}

/** totalpages for the badness scale, including `extraSwapPages` (what-if), or null when unknown. */
export function totalPagesFor(parts: TotalPages, event: MemEvent, extraSwapPages: number): number | null {
  const swap = parts.swapPages + extraSwapPages
  if (parts.memcgLimitPages !== null) {
    const pageKb = event.pageSizeKb > 0 ? event.pageSizeKb : 4
    const swapLimit = event.memcg?.swapLimitKb != null ? Math.floor(event.memcg.swapLimitKb / pageKb) : 0
    return parts.memcgLimitPages + Math.min(swapLimit, swap)
  }
  return parts.totalRamPages === null ? null : parts.totalRamPages + swap
}

/** Rank the task table and pick the victim; null when there is no table or no totalpages. */
export function replayVictim(
  tasks: readonly Task[],
  totalPages: number | null,
  version: KernelVersionCode,
  pageSizeKb: number,
  adjOverrides: Readonly<Record<number, number>> | undefined,
  totalPagesFrom: string,
): VictimReplay | null {
  if (tasks.length === 0 || totalPages === null || totalPages <= 0) return null
  const later = laterEqualWins(version)
  let chosen: VictimScore | null = null
  let tie = false
  let tied: number[] = []
  const ranked: VictimScore[] = []
  for (const t of tasks) {
    // is_global_init: pid 1 is never a candidate (`oom_unkillable_task`).
    if (t.pid === 1) continue
    const adj = adjOverrides?.[t.pid]
    const points = oomBadness(adj === undefined ? t : { ...t, oomScoreAdj: adj }, totalPages, version, pageSizeKb)
    if (points === null) continue
    const score: VictimScore = { pid: t.pid, comm: t.name, points, score: printedOomScore(points, totalPages, version) }
    ranked.push(score)
    if (chosen === null || points > chosen.points) {
      chosen = score
      tie = false
      tied = [t.pid]
    } else if (points === chosen.points) {
      tie = true
      tied.push(t.pid)
      if (later) chosen = score
    }
  }
  if (chosen === null) return null
  ranked.sort((a, b) => b.points - a.points)
  const tieRule = later ? 'later-wins' : 'first-wins'
  return { ...chosen, totalPages, ranked, tie, totalPagesFrom, tieRule, ...(tie ? { tiedPids: tied } : {}) }
}

/** A line that says task rows were cut out: `<...snip...>`, `(...snipped...)`, a bare `...`, `[...]`. */
const SNIP =
  /^\s*(?:<\s*\.{3}\s*snip(?:ped)?\s*\.{3}\s*>|\(\s*\.{3}\s*snip(?:ped)?\s*\.{3}\s*\)|\[?\s*\.{3}\s*\]?|\[\s*snip\s*\])\s*$/i

/**
 * Whether the task table has rows cut out: a snip marker between the table header and the first line
 * after its last row (the oom-kill / kill lines). The kernel scanned every task; a prediction over a
 * partial table could name the wrong one, so none is made.
 */
export function taskTableSnipped(event: MemEvent): boolean {
  if (event.tasks.length === 0) return false
  const firstRow = Math.min(...event.tasks.map((t) => t.at))
  const last = Math.max(...event.tasks.map((t) => t.at))
  // From the column header (`[  pid  ]   uid ...`) on, so a cut right under it counts too.
  let first = firstRow
  for (let i = firstRow - 1; i >= Math.max(0, firstRow - 3); i--) {
    if (/\[\s*pid\s*\]/.test(event.lines[i]?.message ?? '')) first = i + 1
  }
  const after = [event.oomKill?.at, event.selected?.at, event.killed?.at].filter(
    (a): a is number => a !== undefined && a > last,
  )
  const end = after.length > 0 ? Math.min(...after) : last + 1
  for (let i = first; i < end; i++) {
    if (SNIP.test(event.lines[i]?.message ?? '') || SNIP.test(event.lines[i]?.text ?? '')) return true
  }
  return false
}
