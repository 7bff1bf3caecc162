import { toInt } from '../../base/text'

/** The `CPU: … PID: … Comm: …` line before the assembler adds its position. */
export interface ParsedTaskLine {
  readonly cpu: number | null
  readonly pid: number | null
  readonly uid: number | null
  readonly comm: string | null
  readonly tainted: string | null
  readonly version: string | null
  readonly build: string | null
  /** What followed the build (`Debian 4.10~rc6-1~`, `PREEMPT(voluntary)`; 2.6.32 puts the hardware here). */
  readonly tail: string | null
}

const CPU = /^CPU: (\d+) (?:UID: (\d+) )?PID: (\d+) Comm: (.*)$/
const PID = /^Pid: (\d+), comm: (.*)$/

function splitTaint(rest: string): { comm: string; tainted: string | null; after: string } | null {
  const not = rest.indexOf(' Not tainted ')
  const tainted = rest.indexOf(' Tainted: ')
  if (not >= 0 && (tainted < 0 || not < tainted)) {
    return { comm: rest.slice(0, not), tainted: 'Not tainted', after: rest.slice(not + ' Not tainted '.length) }
  }
  if (tainted >= 0) {
    const after = rest.slice(tainted + ' Tainted: '.length)
    // Taint flags are single letters and spaces (RHEL adds dashes and lowercase: `G  ---------r-    T`);
    // the release starts with a digit.
    const m = /^([A-Za-z -]*?)\s*(?=\d)/.exec(after)
    if (!m) return { comm: rest.slice(0, tainted), tainted: after.trim(), after: '' }
    return { comm: rest.slice(0, tainted), tainted: (m[1] ?? '').trim(), after: after.slice(m[0].length) }
  }
  return null
}

/**
 * Parse `CPU: 1 PID: 2314 Comm: updatedb.mlocat Tainted: G         C      4.10.0-rc6-686-pae #1 Debian …`,
 * the 6.11+ form with `UID:`, the `Kdump: loaded` insert, and 2.6's `Pid: 23105, comm: apt-check Tainted: …`.
 */
export function parseTaskLine(message: string): ParsedTaskLine | null {
  let cpu: number | null = null
  let uid: number | null = null
  let pid: number | null
  let rest: string
  const c = CPU.exec(message)
  if (c) {
    cpu = toInt(c[1])
    uid = toInt(c[2])
    pid = toInt(c[3])
    rest = c[4] ?? ''
  } else {
    const p = PID.exec(message)
    if (!p) return null
    pid = toInt(p[1])
    rest = p[2] ?? ''
  }
  const split = splitTaint(` ${rest} `.replace(/ +$/, ' '))
  if (!split) return { cpu, pid, uid, comm: rest.trim() || null, tainted: null, version: null, build: null, tail: null }
  const comm = split.comm.replace(/ Kdump: loaded$/, '').trim()
  const v = /^(\S+)(?:\s+(#\S+))?\s*(.*)$/.exec(split.after.trim())
  return {
    cpu,
    pid,
    uid,
    comm: comm === '' ? null : comm,
    tainted: split.tainted,
    version: v?.[1] ?? null,
    build: v?.[2] ?? null,
    tail: v?.[3] ? v[3] : null,
  }
}

/** `Hardware name: Dell Inc. Latitude E7470/0T6HHJ, BIOS 1.5.3 04/18/2016`. */
export function parseHardware(message: string): string | null {
  const m = /^Hardware name: (.*)$/.exec(message)
  return m ? (m[1] ?? '').trim() : null
}
