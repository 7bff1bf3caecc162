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
/** v2's `memory.stat` lines (`anon 7688192`) run on after the title when a paste joined them. */
const INLINE_V2 = /([a-z_][a-z0-9_.]*) (\d+)(?=\s|$)/g

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
    const rest = m[2] ?? ''
    for (const kv of rest.matchAll(/^[a-z_]+:\d+KB/.test(rest) ? INLINE : INLINE_V2)) {
      // A value past 2^53 would be a rounded, wrong number: left out.
      const value = toInt(kv[2])
      if (value !== null) inline[kv[1] ?? ''] = value
    }
    return { kind: 'stats-title', path: m[1] ?? '', inline }
  }
  return null
}

/**
 * A `memory.stat` line after the stats title (5.0+: `anon 0`, `file_dirty 0`; v1: `total_rss 123`), or
 * several run together (an rsyslog record or a paste that joined them): their key/value pairs, or null.
 */
export function parseMemcgStatLine(message: string): { key: string; value: number }[] | null {
  if (!/^[a-z_][a-z0-9_.]* \d+(?: [a-z_][a-z0-9_.]* \d+)*$/.test(message)) return null
  const pairs: { key: string; value: number }[] = []
  for (const m of message.matchAll(/([a-z_][a-z0-9_.]*) (\d+)/g)) {
    const value = toInt(m[2])
    if (value === null) return null
    pairs.push({ key: m[1] ?? '', value })
  }
  return pairs
}
