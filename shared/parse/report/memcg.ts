import { toInt } from '../../base/text'
/** One line of a memory-cgroup OOM's own section. */
export type MemcgLine =
  | { readonly kind: 'task-in'; readonly taskPath: string; readonly limitPath: string }
  | {
      readonly kind: 'counter'
      /** `memory`, `memory+swap`, `kmem`, `swap`, `kmem.tcp`... as printed. */
      readonly counter: string
      /** Null when the printed value is past 2^53 (64 KB-page kernels print an "unlimited" that large). */
      readonly usageKb: number | null
      readonly limitKb: number | null
      readonly failcnt: number | null
    }
  | { readonly kind: 'stats-title'; readonly path: string; readonly inline: Record<string, number> }

const TASK_IN = /^Task in (\S*) killed as a result of limit of (\S*)$/
const COUNTER = /^([a-z.+]+): usage (\d+)kB, limit (\d+)kB, failcnt (\d+)$/
const STATS = /^Memory cgroup stats for (.*?):(?:\s(.*))?$/
const INLINE = /([a-z_]+):(\d+)KB/g

/**
 * `Task in /leaker killed as a result of limit of /leaker` (≤ 4.20), `memory: usage 524288kB, limit 524288kB,
 * failcnt 1240247` and its `memory+swap`/`kmem`/`swap` siblings, and `Memory cgroup stats for /leaker:` with
 * v1's inline `cache:80KB rss:516948KB …` (values kept in KB as printed).
 */
export function parseMemcgLine(message: string): MemcgLine | null {
  let m = TASK_IN.exec(message)
  if (m) return { kind: 'task-in', taskPath: m[1] ?? '', limitPath: m[2] ?? '' }
  m = COUNTER.exec(message)
  if (m) {
    return { kind: 'counter', counter: m[1] ?? '', usageKb: toInt(m[2]), limitKb: toInt(m[3]), failcnt: toInt(m[4]) }
  }
  m = STATS.exec(message)
  if (m) {
    const inline: Record<string, number> = {}
    for (const kv of (m[2] ?? '').matchAll(INLINE)) {
      // A value past 2^53 would be a rounded, wrong number: left out.
      const value = toInt(kv[2])
      if (value !== null) inline[kv[1] ?? ''] = value
    }
    return { kind: 'stats-title', path: m[1] ?? '', inline }
  }
  return null
}

/** A `memory.stat` line after the stats title (5.0+: `anon 0`, `file_dirty 0`; v1: `total_rss 123`). */
export function parseMemcgStatLine(message: string): { key: string; value: number } | null {
  const m = /^([a-z_][a-z0-9_.]*) (\d+)$/.exec(message)
  const value = toInt(m?.[2])
  return m && value !== null ? { key: m[1] ?? '', value } : null
}
