/**
 * Output of a crash(8) session on a vmcore, pasted as it stands: the system banner crash prints when a
 * session opens and for its `sys` command (crash utility, kernel.c `display_sys_stats`: `KERNEL:`,
 * `DUMPFILE:`, `CPUS:` … `PANIC: "<panic string>"`, `PID:`, `COMMAND:`, `TASK:`, `CPU:`, `STATE:`), then
 * `crash> <command>` prompts, each followed by that command's output. The `log` command prints the
 * kernel's log buffer, so its reports are read as any log; the banner adds what the log often no longer
 * holds (a poster cuts the log, or the panic line was never flushed to it): the panic string of the
 * dumped kernel, the task that panicked, and the kernel release.
 */
import type { LogicalLine } from '../logical-line'
import { parseOomPanic } from './kill-lines'

/**
 * Fields no kernel line prints in this form: one of them opens a banner (a paste, or the input layer's
 * window around the panic line, may begin in the middle of one).
 */
const BANNER_START = new Set([
  'KERNEL',
  'DUMPFILE',
  'DUMPFILES',
  'SYSTEM MAP',
  'DEBUG KERNEL',
  'CPUS',
  'UPTIME',
  'LOAD AVERAGE',
  'TASKS',
  'NODENAME',
  'RELEASE',
  'MACHINE',
  'MEMORY',
  'PANIC',
])
/** Every field of crash's system banner: `PID:`, `CPU:`, `COMMAND:` … count only inside a banner. */
const SYS_FIELDS = new Set([...BANNER_START, 'DATE', 'VERSION', 'PID', 'COMMAND', 'TASK', 'CPU', 'STATE'])

const FIELD = /^([A-Z][A-Z ]*[A-Z]):\s+(.*)$/
const PROMPT = /^crash> /
const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1')

/** An OOM panic the banner names: the panic string, the task that panicked, and the banner line. */
export interface CrashPanic {
  /** As `Kernel panic - not syncing: ` would be followed: `Out of memory: system-wide panic_on_oom is enabled`. */
  readonly message: string
  readonly pid: number | null
  readonly comm: string | null
  /** The banner's PANIC line, then its PID and COMMAND lines when printed: the evidence, in banner order. */
  readonly lines: readonly BannerLine[]
}

/** A banner line as it stands in the source. */
export interface BannerLine {
  readonly line: number
  readonly text: string
  readonly message: string
}

/** The key of a crash banner field (`PANIC`, `PID` …) a message is, or null. */
function fieldKey(message: string): { key: string; opens: boolean } | null {
  const m = FIELD.exec(message)
  const key = m?.[1] ?? ''
  if (!m || !SYS_FIELDS.has(key)) return null
  return { key, opens: BANNER_START.has(key) && (key !== 'PANIC' || /^"/.test(m[2] ?? '')) }
}

/**
 * Whether a line is a banner field that no wrap produced: one that opens a banner, or any field after
 * another (`PID: 2359` then `COMMAND: "stress"` are two lines, not a line and its wrapped tail).
 */
export function isCrashBannerLine(message: string, previous: string): boolean {
  const own = fieldKey(message)
  return own !== null && (own.opens || fieldKey(previous) !== null)
}

/** Whether a message is a crash(8) prompt (`crash> log`): the output of the previous command ended. */
export function isCrashPrompt(message: string): boolean {
  return PROMPT.test(message)
}

/** Reads the system banners of a crash session, line by line. */
export class CrashBanner {
  private inBanner = false
  private pid: { value: number; line: BannerLine } | null = null
  private comm: { value: string; line: BannerLine } | null = null
  private pending: { message: string; line: BannerLine } | null = null
  /** A banner or a crash prompt was seen: the input is a crash(8) session. */
  session = false
  /** The dumped kernel's release (`RELEASE:`), once a banner printed it. */
  release: string | null = null

  /**
   * Reads one line: true when it is a field of a banner (then it belongs to no report). While a report
   * is open (`reportOpen`) only a field that opens a banner is one (crash printed `sys` after `log`).
   */
  read(l: LogicalLine, reportOpen: boolean): boolean {
    const field = fieldKey(l.message)
    const key = field?.key ?? ''
    const value = unquote(FIELD.exec(l.message)?.[2] ?? '')
    const inBanner = this.inBanner && !reportOpen
    if (!field || (!inBanner && !field.opens)) {
      if (!reportOpen) this.inBanner = false
      return false
    }
    if (!inBanner) {
      this.inBanner = true
      this.pid = null
      this.comm = null
      this.pending = null
    }
    this.session = true
    const part = l.parts[0]
    const line: BannerLine = part
      ? { line: part.line, text: part.text, message: part.message }
      : { line: 0, text: l.message, message: l.message }
    if (key === 'RELEASE') this.release = value.split(/\s+/)[0] ?? null
    if (key === 'PID' && /^\d+$/.test(value)) this.pid = { value: Number(value), line }
    if (key === 'COMMAND') this.comm = { value, line }
    if (key === 'PANIC') {
      // crash prints the string panic() was given, with or without the kernel's own prefix.
      const what = parseOomPanic(value) ?? parseOomPanic(`Kernel panic - not syncing: ${value}`)
      this.pending = what === null ? null : { message: what, line }
    }
    return true
  }

  /** The OOM panic of the last banner read, with its task, or null (none, or not an OOM panic). */
  get panic(): CrashPanic | null {
    const p = this.pending
    if (!p) return null
    const task = [this.pid?.line, this.comm?.line].filter((x): x is BannerLine => x !== undefined)
    return {
      message: p.message,
      pid: this.pid?.value ?? null,
      comm: this.comm?.value ?? null,
      lines: [p.line, ...task.sort((a, b) => a.line - b.line)],
    }
  }

  /** The panic was given to its report. */
  consume(): void {
    this.pending = null
  }
}
