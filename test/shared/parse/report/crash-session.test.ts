/**
 * crash(8) session output read as a class: the system banner (`sys`) gives the panic string, the task
 * that panicked and the release; the `log` command's output is the kernel log. The real session of
 * corpus 119 (RHEL 8, panic_on_oom) and the same session rearranged as other sessions print it.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../../../shared/parse'
import { GIVEN } from '../../../support/given'

const DIR = `${GIVEN}/corpus/public-2`
const FILE = readdirSync(DIR).find((f) => f.startsWith('119-'))!
const TEXT = readFileSync(join(DIR, FILE), 'utf8')
const LINES = TEXT.split('\n')
/** The session's parts: the banner (up to its STATE line), the bt output, the log output. */
const bannerEnd = LINES.findIndex((l) => /STATE:/.test(l)) + 1
const logStart = LINES.findIndex((l) => /crash> log/.test(l))
const BANNER = LINES.slice(0, bannerEnd)
const MIDDLE = LINES.slice(bannerEnd, logStart)
const LOG = LINES.slice(logStart)
const PANIC = 'Out of memory: system-wide panic_on_oom is enabled'
const parse = (lines: readonly string[]) => parseText(FILE, lines.join('\n'))

describe('crash(8) session output', () => {
  it("gives 119's report the banner's panic, the panicking task's pid and the dumped kernel's release", () => {
    const { events, issues } = parseText(FILE, TEXT)
    expect(events).toHaveLength(1)
    const e = events[0]!
    expect(e.panic?.message).toBe(PANIC)
    expect(e.lines[e.panic!.at]).toMatchObject({ line: 14, text: LINES[13] })
    // The report's CPU line is elided; the banner's PID belongs to the same task (COMMAND "stress").
    expect(e.trigger).toMatchObject({ comm: 'stress', pid: 2359 })
    expect(e.kernelVersion).toBe('4.18.0-348.12.2.el8_5.x86_64')
    // The banner lines are the session's: no unread marker, no orphan counters; the panic is the kill decision.
    expect(issues.map((i) => i.code)).toEqual(['elided-lines'])
  })

  it('gives the panic to the report when `sys` was run after `log` (the banner below the log)', () => {
    const e = parse([...MIDDLE, ...LOG, ...BANNER]).events[0]
    expect(e?.panic?.message).toBe(PANIC)
    expect(e?.trigger.pid).toBe(2359)
    expect(e?.lines[e.panic!.at]?.line).toBe(MIDDLE.length + LOG.length + 14)
  })

  it('gives the panic to the last report of the log when the log holds two (panic_on_oom panics in the last)', () => {
    const report = LOG.slice(1)
    const events = parse([...BANNER, ...MIDDLE, LOG[0]!, ...report, ...report]).events
    expect(events.map((e) => e.panic?.message ?? null)).toEqual([null, PANIC])
    expect(events.map((e) => e.trigger.pid)).toEqual([null, 2359])
  })

  it("gives the panic to the last report of the banner's task when another task's report follows it in the log", () => {
    const report = LOG.slice(1)
    const other = report.map((l) => l.replace('stress invoked oom-killer', 'kworker/0:1 invoked oom-killer'))
    const events = parse([...BANNER, ...MIDDLE, LOG[0]!, ...report, ...other]).events
    expect(events.map((e) => [e.trigger.comm, e.trigger.pid, e.panic?.message ?? null])).toEqual([
      ['stress', 2359, PANIC],
      ['kworker/0:1', null, null],
    ])
  })

  it('gives no panic when the banner names another task, or a panic that is not an OOM', () => {
    const other = BANNER.map((l) => l.replace('COMMAND: "stress"', 'COMMAND: "kworker/0:1"'))
    const e1 = parse([...other, ...MIDDLE, ...LOG]).events[0]
    expect([e1?.panic, e1?.trigger.pid]).toEqual([null, null])
    const sysrq = BANNER.map((l) => l.replace(/PANIC: ".*"/, 'PANIC: "SysRq : Trigger a crash"'))
    const e2 = parse([...sysrq, ...MIDDLE, ...LOG]).events[0]
    expect([e2?.panic, e2?.trigger.pid]).toEqual([null, null])
    // The release is the dumped kernel's either way.
    expect(e2?.kernelVersion).toBe('4.18.0-348.12.2.el8_5.x86_64')
  })

  it("keeps the banner's panic off later reports of the same command name that printed another pid", () => {
    // The session's log cut in its task table and followed by another machine's log with two memcg
    // OOMs of `stress` (corpus 110) whose `CPU: … PID:` lines name other tasks: the panic is 119's.
    const other = readdirSync(DIR).find((f) => f.startsWith('110-'))!
    const otherLines = readFileSync(join(DIR, other), 'utf8').split('\n')
    const cut = LINES.findIndex((l) => /\[\s*2359\]/.test(l))
    const { events } = parse([...LINES.slice(0, cut), ...otherLines])
    const stress = events.filter((e) => e.trigger.comm === 'stress')
    expect(stress.map((e) => [e.trigger.pid, e.panic?.message ?? null, e.killed?.pid ?? null])).toEqual([
      [2359, PANIC, null],
      [14726, null, 14728],
      [14806, null, 14806],
    ])
  })

  it("keeps the banner's panic with the named task's report when a headerless report follows it", () => {
    // A Mem-Info block repeated inside the log (a paste that doubled lines) opens a partial report whose
    // task is unknown; it must not take the panic and pid the banner gives the `stress` report.
    const memInfo = LINES.findIndex((l) => /^\s*Mem-Info:/.test(l))
    const doubled = [
      ...LINES.slice(0, memInfo + 2),
      ...LINES.slice(memInfo - 1, memInfo + 2),
      ...LINES.slice(memInfo + 2),
    ]
    const { events } = parse(doubled)
    const named = events.find((e) => e.trigger.comm === 'stress')
    expect([named?.trigger.pid, named?.panic?.message]).toEqual([2359, PANIC])
    expect(events.filter((e) => e.panic !== null)).toHaveLength(1)
  })
})
