/**
 * A zone, node or buddy record can span several physical lines (mail clients and terminals wrap
 * them; seed 004 prints `free_cma:` three lines below `Node 0 DMA32 free:`). Evidence cites the whole
 * record, so the number that proves a finding is on a cited line.
 */
import type { LineIdx, MemEvent } from '../event/types'

/** Messages that begin a record of their own (never a continuation of the previous one). */
const RECORD_START =
  /^(Node \d+ |lowmem_reserve|protections|[A-Za-z0-9]+ (free|per-cpu)|[A-Za-z0-9]+: \d+\*|\d+ total pagecache|\d+ pages|Free swap|Total swap|Swap cache|\[\s*pid|Tasks state|Mem-Info|CPU|Call Trace|oom-kill|Out of memory|Killed process|Memory cgroup|Kernel panic|active_anon:|Active)/

/** What a wrapped record's tail looks like: `key:value` fields or `count*sizekB (types)` buddy chunks. */
const CONTINUATION = /^(\(?[A-Z]+\)\s+)?(\d+\*\s?\d+k\s?B|[a-z_()]+\s?:\s?\d|[a-z_]+\?|\(?[A-Z]+\)|[a-z_]+:)/

/** Wrapped lines are short of their own log prefix: the line's text, trimmed, is its message. */
function isContinuation(event: MemEvent, k: LineIdx): boolean {
  const line = event.lines[k]
  if (!line) return false
  const message = line.message.trim()
  return !RECORD_START.test(message) && CONTINUATION.test(message) && line.text.trim() === message
}

/** The record's lines: `at` and the wrapped lines that continue it (at most 8). */
export function recordLines(event: MemEvent, at: LineIdx): LineIdx[] {
  const out = [at]
  for (let k = at + 1; k < Math.min(event.lines.length, at + 9) && isContinuation(event, k); k++) out.push(k)
  return out
}

/** Indexes of the event's multi-line-capable records (header, zone, buddy and node lines). */
export function recordStarts(event: MemEvent): Set<LineIdx> {
  const starts = new Set<LineIdx>([event.trigger.at])
  for (const z of event.zones) {
    starts.add(z.at)
    if (z.buddy) starts.add(z.buddy.at)
  }
  for (const n of event.nodes) starts.add(n.at)
  return starts
}
