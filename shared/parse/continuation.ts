import { isPrintableAscii } from '../base/text'
import type { LineClass, LineKind } from './report/classify-line'
import { isCrashBannerLine } from './report/crash-session'

/** Kinds of line a mail client or terminal may have wrapped (the wrapped-off tail carries no prefix). */
const WRAPPABLE: ReadonlySet<LineKind> = new Set<LineKind>([
  'header',
  'cpuset',
  'task-line',
  'hardware',
  'frame',
  'zone',
  'node',
  'buddy',
  'counters',
  'lowmem',
  'hugepages',
  'swap',
  'panic',
  'memcg',
  'per-cpu',
  'task-header',
  'task-row',
  'killed',
  'kill-choice',
  'summary',
  'oom-group',
  'victim-exiting',
  'dump',
  'unknown',
])

/** What a wrapped-off tail of a report line starts with (`inactive:5812kB`, `0*2048kB`, `(UME)`, `no`). */
const TAIL =
  /^(?:[A-Za-z_][\w()]*\??\s?[:=]|[A-Za-z_]\w*\?\s+(?:yes|no)$|\d+\s?\*\s?\d+\s?kB|\([A-Z]{1,6}\)|=\s*\d+\s?kB|(?:yes|no)$|\d+kB\b|\d+\/\d+$)/

/** A kmsg dictionary entry (` SUBSYSTEM=pci`, ` DEVICE=+pci:0000:00:1f.3`): part of the record, never kernel text. */
const KMSG_DICTIONARY = /^[A-Z][A-Z0-9_]*=\S*$/

/**
 * Whether a kernel line, as read so far, is known to be cut short: what a complete line of its section
 * looks like is known, and this one is not it. Then the next line continues it whatever it looks like
 * (a wrapped-off `generic_perform_write+0xd8/0x1b0` reads as a frame of its own, `33  0 sh` as nothing).
 * - any line ending in a separator: `,` (header and kill-line parameter lists), ` -` (a range), `=`, or
 *   with a bracket or parenthesis left open;
 * - arm's unwind line `A from` without its caller (arch/arm/kernel/traps.c prints `A from B+off/size`);
 * - a task row whose last column is a number (every row ends with the task name), a table header
 *   without its closing `name`, a per-CPU pageset line without its `usd:`;
 * - a buddy line without its `= <total>kB`;
 * - a kill line ending in `UID:N` or `pgtables:NkB` (5.x prints `oom_score_adj:N` after them), a reaper
 *   line that stops before its last `-rss:NkB`;
 * - a per-node line (4.8+) that does not end with `all_unreclaimable? yes|no`; a hugepages line
 *   without its size; a `CPU: … PID: …` line that stops before its release.
 */
export function isCutShort(previous: LineClass, message: string): boolean {
  if (/(?:,| -|=)$/.test(message)) return true
  // A bracket or parenthesis left open (`fn+0x51/0x70 [mhi`, `mode:0x40c00(GFP_NOIO|`).
  if (/\[[^\]]*$|\([^)]*$/.test(message)) return true
  switch (previous.k) {
    case 'frame':
      return / from$/.test(message)
    case 'task-line':
      // Every `CPU: … PID: …` line ends with the release (`Tainted: G W` alone was cut before it).
      return previous.t.version === null && / (?:Not tainted|Tainted:)/.test(message)
    case 'task-row':
      return /\s-?\d+$/.test(message)
    case 'buddy':
      return previous.b.totalKb === null
    case 'killed':
      return /(?:UID:\s?\d+|pgtables:\d+kB)$/.test(message)
    case 'reaper':
      // `oom_reaper: reaped process N (comm), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB` (4.x+).
      return !/-rss:\d+kB$/.test(message) && / now /.test(message)
    case 'node':
      return !/all_unreclaimable\? (?:yes|no)$/.test(message)
    case 'unknown':
      // A table header without its `name`; a per-CPU pageset line that stops before its `usd:` (a whole
      // one reads as per-cpu, so an unknown one is cut); a line that stops after a `key:` (a header cut
      // after `page allocation failure:`; the caller refuses a join that reads as nothing).
      return (
        (/^\[\s*pid\s*\]/.test(message) && !/\bname$/.test(message)) ||
        /^CPU\s+\d+: (?:Hot: )?hi:/.test(message) ||
        (/^Node \d+ hugepages_total=/.test(message) && !/hugepages_size=/.test(message)) ||
        /:$/.test(message)
      )
    default:
      return false
  }
}

/** Kinds a wrapped-off tail may read as on its own. */
const TAIL_KINDS: ReadonlySet<LineKind> = new Set<LineKind>(['unknown', 'counters', 'frame', 'dump'])

/**
 * Whether an unprefixed line continues the logical line before it (a mail client's or terminal's wrap)
 * rather than starting a new one. Never for prose (non-ASCII) or punctuation. A line known to be cut
 * short (`isCutShort`) takes the next line whatever it reads as, unless that is a line of its own kind
 * of start (a header, a title). In a file whose lines carry prefixes, any other kernel-looking tail
 * continues; in a file without prefixes only tails that look like the wrapped part of a report line do.
 */
export function continuesPrevious(
  message: string,
  own: LineClass,
  previous: LineClass,
  previousMessage: string,
  prefixedFile: boolean,
  inherit: boolean,
): boolean {
  if (message === '' || !isPrintableAscii(message) || !/[A-Za-z0-9]/.test(message)) return false
  if (KMSG_DICTIONARY.test(message)) return false
  // crash(8)'s system banner (`PANIC: "…"`, `PID: 2359`): its own lines, even right after a report's.
  if (isCrashBannerLine(message, previousMessage)) return false
  if (TAIL_KINDS.has(own.k) && isCutShort(previous, previousMessage)) return true
  // A run of dashes starts an article's annotation, not a wrapped tail (unless the line was cut short,
  // as a RHEL taint string `--------- -  -` is).
  if (/^-{3,}/.test(message)) return false
  if (inherit) return own.k === 'unknown' || (own.k === 'counters' && previous.k === 'counters')
  if (own.k === 'counters' && (previous.k === 'zone' || previous.k === 'node' || previous.k === 'header')) return true
  if (own.k !== 'unknown' || !WRAPPABLE.has(previous.k)) return false
  if (prefixedFile) return true
  return previous.k !== 'unknown' && TAIL.test(message)
}
