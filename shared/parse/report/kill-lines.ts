import type { KilledTask } from '../../event/types'
import { toInt } from '../../base/text'

/** `Out of memory: Kill process 2798 (firefox-esr) score 27 or sacrifice child` (≤ 5.0). */
export interface ParsedKillChoice {
  readonly reason: string | null
  readonly pid: number
  readonly comm: string
  readonly score: number | null
}

/** A kill line's reason (`Out of memory`, `Memory cgroup out of memory`, …): words, never a bracket or colon. */
const REASON = '(?:([A-Za-z][^:[\\]]*?): )?'
const CHOICE = new RegExp(
  `^${REASON}[Kk]ill process (\\d+) \\((.*)\\) score (-?\\d+) or (?:sacrifice child|a child)\\s*$`,
)

/** Parse the kill-choice line, or null. */
export function parseKillChoice(message: string): ParsedKillChoice | null {
  const m = CHOICE.exec(message)
  const pid = toInt(m?.[2])
  if (!m || pid === null) return null
  return { reason: m[1] ?? null, pid, comm: m[3] ?? '', score: toInt(m[4]) }
}

/** `Kill process 123 (x) sharing same memory` (≤ 4.x): other users of the victim's mm, recognised only. */
export function isSharingMemoryLine(message: string): boolean {
  return /^[Kk]ill(?:ed)? process \d+ \(.*\) sharing same memory$/.test(message)
}

/** Every `Killed process` variant: the event's KilledTask fields plus the 5.1+ reason prefix. */
export type ParsedKilled = Omit<KilledTask, 'at'> & { readonly reason: string | null }

/** A kill line's fields without its reason (the event keeps the reason only in the kind). */
export function stripReason<T extends { reason: string | null }>(v: T): Omit<T, 'reason'> {
  const { reason: _reason, ...rest } = v
  return rest
}

// RHEL 6 prints `Killed process 4321, UID 27, (mysqld) …`.
const KILLED = new RegExp(`^${REASON}Killed process (\\d+)(?:, UID (\\d+),)? \\((.*)\\)(.*)$`)

function kb(tail: string, key: string): number | null {
  const m = new RegExp(`(?:^|[\\s,])${key}:\\s?(-?\\d+)\\s?kB`).exec(tail)
  return m ? toInt(m[1]) : null
}

/**
 * Parse `Killed process 2798 (firefox-esr) total-vm:832548kB, anon-rss:248168kB, file-rss:86300kB, shmem-rss:68kB`,
 * 2.6.32's `vsz:`, 5.1+'s `<reason>: ` prefix, 5.4+'s `, UID:0 pgtables:52kB oom_score_adj:0`, and 2.6.10's
 * `Out of Memory: Killed process 6814 (rsync).`
 */
export function parseKilled(message: string): ParsedKilled | null {
  const m = KILLED.exec(message)
  const pid = toInt(m?.[2])
  if (!m || pid === null || / sharing same memory$/.test(message)) return null
  const tail = m[5] ?? ''
  const uid = /(?:^|[\s,])UID:\s?(\d+)/.exec(tail)
  const adj = /(?:^|[\s,])oom_score_adj:\s?(-?\d+)/.exec(tail)
  return {
    reason: m[1] ?? null,
    pid,
    comm: m[4] ?? '',
    totalVmKb: kb(tail, 'total-vm') ?? kb(tail, 'vsz'),
    anonRssKb: kb(tail, 'anon-rss'),
    fileRssKb: kb(tail, 'file-rss'),
    shmemRssKb: kb(tail, 'shmem-rss'),
    uid: toInt(uid?.[1] ?? m[3]),
    pgtablesKb: kb(tail, 'pgtables'),
    oomScoreAdj: toInt(adj?.[1]),
  }
}

/** `oom_reaper: reaped process 23793 (leaker), now anon-rss:0kB, …` or `oom_reaper: unable to reap pid:N (comm)`. */
export function parseReaper(message: string): { pid: number; comm: string; reaped: boolean } | null {
  const reaped = /^oom_reaper: reaped process (\d+) \((.*)\), now /.exec(message)
  const unable = reaped ? null : /^oom_reaper: unable to reap pid:(\d+) \((.*)\)/.exec(message)
  const m = reaped ?? unable
  const pid = toInt(m?.[1])
  return m && pid !== null ? { pid, comm: m[2] ?? '', reaped: reaped !== null } : null
}

const SUMMARY_KEYS = 'constraint|nodemask|cpuset|mems_allowed|global_oom|oom_memcg|task_memcg|task|pid|uid'
const SUMMARY_SPLIT = new RegExp(`,(?=(?:${SUMMARY_KEYS})(?:=|,|$))`)

/**
 * `oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/,…` (5.0+).
 * Values may themselves contain commas (`mems_allowed=0,2`), so it splits only before known keys.
 */
export function parseOomKillSummary(
  message: string,
): { constraint: string | null; fields: Record<string, string> } | null {
  const m = /^oom-kill:\s?(.*)$/.exec(message)
  if (!m) return null
  const fields: Record<string, string> = {}
  for (const part of (m[1] ?? '').split(SUMMARY_SPLIT)) {
    const eq = part.indexOf('=')
    if (eq < 0) fields[part] = ''
    else fields[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return { constraint: fields['constraint'] ?? null, fields }
}

/** `Kernel panic - not syncing: Out of memory: compulsory panic_on_oom is enabled` and friends. */
export function parseOomPanic(message: string): string | null {
  const m = /^Kernel panic - not syncing: (.*)$/.exec(message)
  if (!m) return null
  const what = m[1] ?? ''
  return /[Oo]ut of memory|panic_on_oom|deadlocked on memory|no killable process/.test(what) ? what : null
}

/** `Out of memory and no killable processes...` (4.x+), recognised only. */
export function isNoKillableLine(message: string): boolean {
  return /^Out of memory and no killable processes/.test(message)
}

/**
 * `Tasks in /pod.slice/x.scope are going to be killed due to memory.oom.group set` (4.19+,
 * mm/memcontrol.c mem_cgroup_print_oom_group): every task of that cgroup is killed with the victim,
 * one `Killed process` line each (mm/oom_kill.c oom_kill_process → oom_kill_memcg_member).
 */
export function parseOomGroupTitle(message: string): string | null {
  const m = /^Tasks in (\/\S*)(.*)$/.exec(message)
  if (!m) return null
  // A paste cut at a terminal's width keeps a prefix of the line: the kernel prints no other
  // `Tasks in /…` message, so any prefix of the rest still names the group kill (the path may be cut).
  const rest = m[2] ?? ''
  return rest === '' || OOM_GROUP_REST.startsWith(rest) ? (m[1] ?? '') : null
}

const OOM_GROUP_REST = ' are going to be killed due to memory.oom.group set'

/**
 * `<reason>: OOM victim 3804877 (stress) is already exiting. Skip killing the task` (mm/oom_kill.c
 * __oom_kill_process, when the task has no mm left).
 */
export function parseVictimExiting(message: string): { pid: number; comm: string } | null {
  const m = new RegExp(`^${REASON}OOM victim (\\d+) \\((.*)\\) is already exiting\\. Skip killing the task$`).exec(
    message,
  )
  const pid = toInt(m?.[2])
  return m && pid !== null ? { pid, comm: m[3] ?? '' } : null
}
