import { monthNumber, normaliseSpaces, toInt, toNumber } from '../../base/text'
import { monthOfToken, readBracketDate } from './bracket-date'
import type { WallStamp } from './wall-stamp'

/** Which log prefix a line carried. */
export type PrefixKind =
  | 'none'
  | 'dmesg'
  | 'dmesg-T'
  | 'dmesg-iso'
  | 'syslog'
  | 'syslog-iso'
  | 'journal-full'
  | 'rfc5424'
  | 'kmsg'
  /** A bare `kernel:` tag (the stamp and host cut off by the poster). */
  | 'tag'
  /** A prefix shape taken from the block's first report line (see `learned-prefix.ts`). */
  | 'learned'

/** A line with its log prefix removed. */
export interface StrippedLine {
  readonly kind: PrefixKind
  /** The kernel message (or the other program's message), spaces normalised, trimmed. */
  readonly message: string
  readonly host: string | null
  readonly wall: WallStamp | null
  /** Seconds since boot from a `[ 1234.567890]` stamp. */
  readonly uptime: number | null
  /** The syslog tag (`kernel`, `sshd`), or null when none was printed. */
  readonly tag: string | null
  /** False for lines another program logged (a syslog tag other than `kernel`). */
  readonly kernel: boolean
  /** True when the tag carried a process id (`sshd[123]:`): a program, never a relay's host name. */
  readonly tagPid?: boolean
}

/** journalctl short-full's weekday, in the locale's words (only its place in the shape matters). */
const DOW = '\\S{1,12}'
const PRI = /^<(\d{1,3})>/
const FACILITY = /^<([a-z]+\.[a-z]+)>\s*/
/** `dmesg -x`: `kern  :warn  : [ 12.345678] …`. */
const DECODED =
  /^(?:kern|user|mail|daemon|auth|syslog|lpr|news|local\d)\s*:(?:emerg|alert|crit|err|warn|notice|info|debug)\s*:\s?/
const RFC5424 =
  /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(-|\[[^\]]*\](?:\[[^\]]*\])*)\s?/
const ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,](\d+))?(Z|[+-]\d\d:?\d\d)?\s+/
/** BSD syslog / journalctl short stamps; the month token in any locale (journalctl uses strftime's `%b`). */
const BSD = /^(\S{1,12})\s+(\d{1,2})\s+(\d\d):(\d\d):(\d\d)(?:\.(\d+))?\s+/
const JOURNAL_FULL = new RegExp(
  `^${DOW}\\s+(\\d{4})-(\\d\\d)-(\\d\\d)\\s+(\\d\\d):(\\d\\d):(\\d\\d)(?:\\.(\\d+))?(?:\\s+([A-Z]{2,5}|[+-]\\d{4}))?\\s+`,
)
/** A `/dev/kmsg` record: `level,sequence,microseconds,flags[,…];message` (Documentation/ABI/testing/dev-kmsg). */
const KMSG_RECORD = /^(\d{1,3}),(\d+),(\d+),[^;]{0,32};/
const DMESG = /^\[\s*(\d+\.\d+)\](?: ?\[\s*[TC]\d+\])?\s?/
/** Colour escapes of `dmesg --color=always` and terminals (built from a string: lint forbids ESC in a literal). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g')
/** `host tag: ` or `tag: ` (tag may carry `[pid]`); `kernel:` may be glued to what follows. */
const HOST_TAG = /^(?:(\S+)\s+)?(?:<[a-z]+\.[a-z]+>\s*)?([A-Za-z0-9_./@()-]+?)(?:\[(\d+)\])?:(?=\s|\[|$)\s?/
/** A bare tag at column 0 may be glued to the message (`kernel:cc1plus invoked oom-killer: …`). */
const BARE_KERNEL_TAG = /^kernel(?:\[\d+\])?:\s?/
const KERNEL_TAG = /^(?:<[a-z]+\.[a-z]+>\s*)?kernel(?:\[\d+\])?:(?=\s|\[|$)\s?/

interface Head {
  readonly kind: PrefixKind
  readonly wall: WallStamp | null
  readonly rest: string
  /** Whether a `host tag:` part is expected after the stamp. */
  readonly tagged: boolean
}

function stamp(m: RegExpExecArray, y: number | null, mo: number, first: number, offset: string | null): WallStamp {
  return {
    year: y,
    month: mo,
    day: toInt(m[first]) ?? 1,
    hour: toInt(m[first + 1]) ?? 0,
    minute: toInt(m[first + 2]) ?? 0,
    second: toInt(m[first + 3]) ?? 0,
    fraction: m[first + 4] ?? null,
    offset,
  }
}

function readHead(text: string): Head {
  let m = DMESG.exec(text)
  if (m) return { kind: 'dmesg', wall: null, rest: text, tagged: false }
  const bracketDate = readBracketDate(text)
  if (bracketDate)
    return { kind: 'dmesg-T', wall: bracketDate.wall, rest: text.slice(bracketDate.length), tagged: false }
  m = ISO.exec(text)
  if (m) {
    const wall = stamp(m, toInt(m[1]), toInt(m[2]) ?? 1, 3, m[8] ?? null)
    const rest = text.slice(m[0].length)
    // dmesg --time-format=iso prints no host or tag and a comma before the fraction; syslog ISO stamps
    // (rsyslog, journalctl short-iso) print a dot and always a host and tag.
    const ht = HOST_TAG.exec(rest)
    const tagged = text.charAt(19) !== ',' && ((ht !== null && ht[1] !== undefined) || KERNEL_TAG.test(rest))
    return { kind: tagged ? 'syslog-iso' : 'dmesg-iso', wall, rest, tagged }
  }
  m = BSD.exec(text)
  const month = m ? (monthNumber(m[1] ?? '') ?? monthOfToken(m[1] ?? '')) : null
  if (m && month !== null) {
    const wall = stamp(m, null, month, 2, null)
    return { kind: 'syslog', wall, rest: text.slice(m[0].length), tagged: true }
  }
  m = JOURNAL_FULL.exec(text)
  if (m) {
    const wall = stamp(m, toInt(m[1]), toInt(m[2]) ?? 1, 3, m[8] ?? null)
    return { kind: 'journal-full', wall, rest: text.slice(m[0].length), tagged: true }
  }
  return { kind: 'none', wall: null, rest: text, tagged: false }
}

function rfc5424(text: string): StrippedLine | null {
  const m = RFC5424.exec(text)
  if (!m) return null
  const wall = stamp(m, toInt(m[1]), toInt(m[2]) ?? 1, 3, m[8] ?? null)
  const host = m[9] === '-' ? null : (m[9] ?? null)
  const tag = m[10] === '-' ? null : (m[10] ?? null)
  return finish('rfc5424', text.slice(m[0].length), host, wall, tag, tag === null || tag === 'kernel')
}

function finish(
  kind: PrefixKind,
  rest: string,
  host: string | null,
  wall: WallStamp | null,
  tag: string | null,
  kernel: boolean,
): StrippedLine {
  let uptime: number | null = null
  let message = rest
  if (kernel) {
    // Syslog and journal lines of a kernel that stamps its messages carry the dmesg stamp too.
    const d = DMESG.exec(message.trimStart())
    if (d) {
      uptime = toNumber(d[1])
      message = message.trimStart().slice(d[0].length)
    }
  }
  return { kind, message: normaliseSpaces(message).trim(), host, wall, uptime, tag, kernel }
}

/**
 * Strip every log prefix from one line: raw dmesg `[ 1234.567890]` (with an optional `[T123]` caller id),
 * `dmesg -T`, `dmesg --time-format=iso`, BSD syslog with or without host (`<kern.warning>` facility tags,
 * journalctl short/short-precise), ISO-8601 syslog (journalctl short-iso, rsyslog), journalctl short-full,
 * RFC 5424, and a `<4>` kmsg priority. Never throws; an unknown prefix gives kind `none` and the whole line.
 */
export function stripPrefix(raw: string): StrippedLine {
  let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.includes('\x1b')) text = text.replace(ANSI, '')
  const fac = FACILITY.exec(text) ?? DECODED.exec(text)
  if (fac) text = text.slice(fac[0].length)
  const record = KMSG_RECORD.exec(text)
  if (record) {
    const usec = toNumber(record[3])
    const s = finish('kmsg', text.slice(record[0].length), null, null, null, true)
    return { ...s, uptime: s.uptime ?? (usec === null ? null : usec / 1e6) }
  }
  const pri = PRI.exec(text)
  let kmsg = false
  if (pri) {
    text = text.slice(pri[0].length)
    if (text.startsWith('1 ')) {
      const r = rfc5424(text.slice(2))
      if (r) return r
    }
    kmsg = true
  }
  const head = readHead(text)
  if (head.kind === 'none' || head.kind === 'dmesg') {
    const kind: PrefixKind = head.kind === 'dmesg' ? 'dmesg' : kmsg ? 'kmsg' : 'none'
    // `[ 12.3] host kernel: ...` (journalctl -o short-monotonic).
    const d = DMESG.exec(text)
    if (d) {
      const after = text.slice(d[0].length)
      const ht = /^(\S+)\s+kernel:\s?/.exec(after)
      if (ht)
        return {
          ...finish(kind, after.slice(ht[0].length), ht[1] ?? null, null, 'kernel', true),
          uptime: toNumber(d[1]),
        }
    }
    // `kernel: msg` / `kernel:msg` with the stamp and host cut off (journalctl -o short, trimmed).
    const tag = kind === 'none' ? BARE_KERNEL_TAG.exec(text) : null
    if (tag) return finish('tag', text.slice(tag[0].length), null, null, 'kernel', true)
    return finish(kind, text, null, null, null, true)
  }
  if (!head.tagged) return finish(head.kind, head.rest, null, head.wall, null, true)
  const rest = head.rest.replace(FACILITY, '')
  const k = KERNEL_TAG.exec(rest)
  if (k) return finish(head.kind, rest.slice(k[0].length), null, head.wall, 'kernel', true)
  const ht = HOST_TAG.exec(rest)
  if (ht) {
    const tag = ht[2] ?? null
    const host = ht[1] ?? null
    // `hostkernel:`-style glue is not separable; a tag ending in `kernel` still marks a kernel line.
    const kernel = tag === 'kernel' || (tag !== null && tag.endsWith('kernel') && host === null)
    const s = finish(
      head.kind,
      rest.slice(ht[0].length),
      kernel && tag !== 'kernel' ? null : host,
      head.wall,
      tag,
      kernel,
    )
    return ht[3] === undefined ? s : { ...s, tagPid: true }
  }
  // A stamp and a host but no tag: some relays drop it; treat the rest as a kernel message candidate.
  const hostOnly = /^(\S+)\s+/.exec(rest)
  return finish(
    head.kind,
    hostOnly ? rest.slice(hostOnly[0].length) : rest,
    hostOnly?.[1] ?? null,
    head.wall,
    null,
    true,
  )
}
