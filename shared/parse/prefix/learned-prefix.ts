/**
 * The general fallback for prefixes no known format explains (an anonymised `... kernel: [1.2] `,
 * Android's `[4: binder:569_5:27109] `, a relay's `Mar 19 17:01:21 hermes: `, a tool's own stamp):
 * find the column where a report's first line begins — the task name before `invoked oom-killer:`,
 * `Mem-Info:`, a kill line … — and take what stands before it as the prefix shape of that block.
 * The shape keeps the prefix's text and lets only its numbers and spacing vary, so it removes the
 * same prefix from the block's other lines and nothing else.
 */

/**
 * Report first lines that begin with the current task's name (`comm`): OOM headers, and every
 * warn_alloc() report, whose first line is `<comm>: <what>, mode:0x…(…), nodemask=…` (mm/page_alloc.c
 * warn_alloc(); callers print `page allocation failure: order:N`, `page allocation stalls for Nms`,
 * `vmalloc error: size N …` or `vmalloc: allocation failure: N bytes` (mm/vmalloc.c),
 * `vmemmap alloc failure: order:N` (mm/sparse-vmemmap.c)).
 */
const COMM_LED =
  / invoked oom-killer:|: page allocation (?:failure|stalls for)|: vmalloc(?: error|: allocation failure)|: vmemmap alloc failure|: [^:]{1,80}?, mode:0x[0-9a-fA-F]+/

/** Report lines that begin with their own words (a report whose header was cut, or its kill lines). */
const SELF_LED =
  /Mem-[Ii]nfo:|oom-kill:|Memory cgroup out of memory|Out of memory|Kill(?:ed)? process \d|CPU: \d+ (?:UID: \d+ )?PID: \d+ Comm:|Pid: \d+, comm:|Task in \S+ killed as a result of limit|memory: usage \d+kB, limit|oom-killer: gfp_mask=/

/** Where a task name may begin after a prefix: after `] `, `: `, `> `, `) ` or a tab. */
const COMM_START = /(?:[\]>):]\s+|\t)/g

/** Longest prefix taken as a shape (real ones are < 60 characters). */
const MAX_PREFIX = 96

/**
 * The column in `text` (a line with its framing removed) where a report's first line begins, or null
 * when `text` holds no report first line. 0 when nothing stands before it.
 */
export function reportColumn(text: string): number | null {
  const head = text.length > 512 ? text.slice(0, 512) : text
  const led = COMM_LED.exec(head)
  if (led) {
    const before = head.slice(0, led.index)
    let start = 0
    COMM_START.lastIndex = 0
    for (let m = COMM_START.exec(before); m !== null; m = COMM_START.exec(before)) {
      if (m.index + m[0].length < before.length) start = m.index + m[0].length
    }
    return start
  }
  const self = SELF_LED.exec(head)
  if (!self) return null
  const prev = self.index === 0 ? '' : head.charAt(self.index - 1)
  return self.index === 0 || /[\s\]>:]/.test(prev) ? self.index : null
}

/** A learned prefix shape: a regex anchored at the line start. */
export interface PrefixShape {
  readonly re: RegExp
  /** The prefix it was learned from (for the issue text). */
  readonly example: string
}

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c
}

/**
 * The shape of a prefix: its characters literally, each digit run as `\d+`, each run of spaces as
 * `\s+` (`\s*` next to a bracket, where dmesg pads). Null for a prefix that is only spaces or too
 * long. The regex is a chain of disjoint classes, so matching it never backtracks far.
 */
export function prefixShape(prefix: string): PrefixShape | null {
  if (prefix.trim() === '' || prefix.length > MAX_PREFIX) return null
  let source = '^'
  for (let i = 0; i < prefix.length;) {
    const c = prefix.charAt(i)
    if (/\d/.test(c)) {
      while (i < prefix.length && /\d/.test(prefix.charAt(i))) i++
      source += '\\d+'
    } else if (/\s/.test(c)) {
      const prev = prefix.charAt(i - 1)
      while (i < prefix.length && /\s/.test(prefix.charAt(i))) i++
      const next = prefix.charAt(i)
      source += /[[(<]/.test(prev) || /[\])>]/.test(next) || i === prefix.length ? '\\s*' : '\\s+'
    } else {
      source += escape(c)
      i++
    }
  }
  return { re: new RegExp(source), example: prefix }
}
