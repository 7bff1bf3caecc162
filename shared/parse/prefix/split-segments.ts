import { REPORT_MARKER } from '../markers'
import type { PrefixKind } from './strip-prefix'

const MON = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const DOW = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'

/**
 * Where a collapsed paste repeats the line prefix it started with. Only the prefix kind the physical
 * line began with is searched for, so a kernel message that merely mentions a time is not cut.
 */
const REPEATS: Partial<Record<PrefixKind, RegExp>> = {
  syslog: new RegExp(
    `\\s(?=${MON}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?\\s+(?:\\S+\\s+)?(?:<[a-z]+\\.[a-z]+>\\s*)?kernel(?:\\[\\d+\\])?:)`,
    'g',
  ),
  'syslog-iso': /\s(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^\s]*\s+(?:\S+\s+)?kernel(?:\[\d+\])?:)/g,
  dmesg: /\s(?=(?:<\d{1,3}>)?\[\s*\d+\.\d{6}\](?:\s|$))/g,
  'dmesg-T': new RegExp(`\\s(?=\\[${DOW}\\s+${MON}\\s+\\d{1,2}\\s+\\d\\d:\\d\\d:\\d\\d\\s+\\d{4}\\])`, 'g'),
}

/**
 * Where a report pasted without newlines AND without prefixes starts a new kernel line: before each
 * section's own opening words. Used only for long unprefixed lines that contain a report marker.
 */
const RAW_STARTS = new RegExp(
  [
    '\\s(?=\\S+ invoked oom-killer: )',
    '(?<!invoked)\\s(?=oom-killer: gfp_mask=)',
    '\\s(?=Free pages: |cpu \\d+ (?:hot|cold): |Out of Memory: )',
    '\\s(?=\\S+: (?:page allocation (?:failure|stalls for)|vmalloc(?: error|: allocation failure)|vmemmap alloc failure))',
    '\\s(?=\\S+ cpuset=\\S* mems_allowed=)',
    '\\s(?=CPU: \\d+ (?:UID: \\d+ )?PID: )',
    '\\s(?=Pid: \\d+, comm: )',
    '\\s(?=Hardware name: )',
    '\\s(?=Call [Tt]race:)',
    // A frame (`? fn+0x1/0x2 [mod]`), unless what precedes is its own address, `?` or arm's `from`.
    '(?<!\\?|\\[<?[0-9a-fA-F]+>?\\]|\\bfrom)\\s(?=(?:\\? )?(?:\\[<[0-9a-f]+>\\] )?(?:\\? )?[A-Za-z_][\\w.]*\\+0x[0-9a-f]+\\/0x[0-9a-f]+)',
    // powerpc's two address brackets, arm's `A from B+off`.
    '(?<!\\[[0-9a-f]{8,16}\\])\\s(?=\\[[0-9a-f]{8,16}\\] \\[[0-9a-f]{8,16}\\] )',
    // i386 2.6.2x `[sym+0x1/0x2] sym+0x1/0x2`, trace markers, arm's exception stack, the 2.6 trace end.
    '\\s(?=\\[(?:[\\w-]+:)?[A-Za-z_.$][\\w.$]*\\+0x[0-9a-f]+\\/0x[0-9a-f]+\\] )',
    '\\s(?=<\\/?(?:IRQ|TASK|EOI|NMI|SOFTIRQ)>|Exception stack\\(|={8,}(?:\\s|$))',
    '\\s(?=[A-Za-z_][\\w.$]* from [A-Za-z_][\\w.$]*\\+0x)',
    '\\s(?=Mem-[Ii]nfo:)',
    '\\s(?=(?:active_anon|Active_anon|Active):\\d+\\s)',
    '(?<!\\b[0-9a-f]{8})\\s(?=(?:[0-9a-f]{8} ){3}[0-9a-f]{8}(?:\\s|$))',
    '\\s(?=(?:Node \\d+ )?[A-Z][A-Za-z0-9]* per-cpu:)',
    '\\s(?=CPU\\s+\\d+: hi:)',
    '\\s(?=Node \\d+ )',
    '\\s(?=(?:DMA32|DMA|Normal|HighMem|Movable|Device) free:)',
    '\\s(?=(?:DMA32|DMA|Normal|HighMem|Movable|Device): \\d+\\*)',
    '\\s(?=lowmem_reserve\\[\\]:|protections\\[\\]:)',
    '\\s(?=\\d+ (?:total pagecache pages|pages |reserved pages))',
    '\\s(?=Swap cache|Free swap|Total swap|Tasks state|Unreclaimable slab info:)',
    '\\s(?=\\[\\s*pid\\s*\\]|\\[\\s*\\d+\\]\\s+\\d+\\s+\\d+)',
    '(?<!not syncing:)\\s(?=Out of memory|Memory cgroup out of memory)',
    '\\s(?=oom-kill:|oom_reaper:|Task in \\S+ killed|Kernel panic - not syncing|Modules linked in:)',
    '(?<!:)\\s(?=Killed process \\d)',
    '\\s(?=Tasks in \\S+ are going to be killed|OOM victim \\d+ )',
    '\\s(?=(?:memory|memory\\+swap|kmem|swap): usage \\d)',
    '\\s(?=Memory cgroup stats for )',
    '\\s(?=(?:RIP|RSP|RAX|RDX|RBP|R10|R13|EIP|EAX|ESI|Code): )',
    // crash(8)'s system banner and prompts (report/crash-session.ts): upper-case field names, and a
    // `PID:` followed by another field (a kernel's `PID: N Comm:` is the stack dump's, split above).
    '\\s(?=(?:KERNEL|DUMPFILES?|CPUS|UPTIME|LOAD AVERAGE|TASKS|NODENAME|RELEASE|MACHINE|MEMORY|PANIC|COMMAND|STATE): )',
    '\\s(?=PID: \\d+\\s+(?:COMMAND|TASK): |PID: \\d+$|crash> )',
  ].join('|'),
  'g',
)

/** Marker test before the raw split is tried at all (cheap). */
const RAW_MARKER = new RegExp(`${REPORT_MARKER.source}|PID: \\d+ Comm: |Pid: \\d+, comm: `)

/** Whether `re` matches `text` at least twice (a collapsed paste of prefixed lines). */
function repeats(re: RegExp, text: string): boolean {
  re.lastIndex = 0
  const found = re.exec(text) !== null && re.exec(text) !== null
  re.lastIndex = 0
  return found
}

/**
 * For a long line that does not start with a prefix: a collapsed paste preceded by prose still repeats
 * its prefix inside the line; otherwise a paste that lost its prefixes is split at the report markers.
 */
function embeddedSplitter(text: string): RegExp | undefined {
  for (const kind of ['dmesg', 'syslog', 'syslog-iso', 'dmesg-T'] as const) {
    const re = REPEATS[kind]
    if (re && repeats(re, text)) return re
  }
  return RAW_MARKER.test(text) ? RAW_STARTS : undefined
}

/** A piece of one physical line: the whole line, or one segment of a collapsed paste. */
export interface RawSegment {
  /** The segment's text verbatim (the separating space before the next segment excluded). */
  readonly text: string
  /**
   * True for pieces after an rsyslog `#012` escape: they carry no prefix of their own and continue
   * the message before them.
   */
  readonly inherit: boolean
  /** The piece exactly as it stands in the line, when `text` had rsyslog's `#011` tab escapes decoded. */
  readonly verbatim?: string
  /** Where the piece (as it stands in the line) begins in the line. */
  readonly at: number
}

const MAX_SEGMENTS = 1_000_000

/**
 * Split one physical line back into the lines it was made of: a collapsed paste (a whole report on
 * one line; split where the line's own prefix repeats) and rsyslog's `#012` newline escapes. Linear
 * in the line length; a line with no repeats gives one segment.
 */
export function splitSegments(text: string, kind: PrefixKind): RawSegment[] {
  const pieces: { text: string; at: number }[] = []
  const re = kind === 'none' && text.length > 200 ? embeddedSplitter(text) : REPEATS[kind]
  // Two stamps and a message are at least ~20 characters; shorter lines need no search.
  if (re && text.length > 20) {
    re.lastIndex = 0
    let start = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null && pieces.length < MAX_SEGMENTS) {
      if (m.index > start) pieces.push({ text: text.slice(start, m.index), at: start })
      start = m.index + m[0].length
      if (m[0].length === 0) re.lastIndex++
    }
    pieces.push({ text: text.slice(start), at: start })
  } else {
    pieces.push({ text, at: 0 })
  }
  // rsyslog escapes a record's newlines as `#012` (tabs `#011`); /dev/kmsg as `\x0a` (tabs `\x09`).
  const newline = kind === 'kmsg' ? '\\x0a' : '#012'
  const tab = kind === 'kmsg' ? /\\x09/g : /#011/g
  const out: RawSegment[] = []
  for (const piece of pieces) {
    if (!piece.text.includes(newline)) {
      out.push({ text: piece.text, inherit: false, at: piece.at })
      continue
    }
    let at = piece.at
    piece.text.split(newline).forEach((part, i) => {
      const t = part.replace(tab, '\t')
      if (i === 0 || t.trim() !== '')
        out.push({ text: t, inherit: i > 0, at, ...(t !== part ? { verbatim: part } : {}) })
      at += part.length + newline.length
    })
  }
  return out
}
