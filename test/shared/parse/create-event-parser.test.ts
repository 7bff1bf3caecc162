import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ParseIssue } from '../../../shared/base/issue'
import type { MemEvent } from '../../../shared/event/types'
import { createEventParser, orderEvents, parseText } from '../../../shared/parse'
import { GIVEN } from '../../support/given'

const RAW = readFileSync(`${GIVEN}/corpus/public/009-x86-5.2-rc7-memcg-v1-leaker.log`, 'utf8').trimEnd()
/** The report's kernel messages and uptimes, read back from the dmesg stamps. */
const MESSAGES = RAW.split('\n').map((l) => {
  const m = /^\[\s*(\d+\.\d+)\] (.*)$/.exec(l)!
  return { uptime: m[1]!, message: m[2]! }
})

function run(lines: string[], yearHint: number | null = null): { events: MemEvent[]; issues: ParseIssue[] } {
  const events: MemEvent[] = []
  const issues: ParseIssue[] = []
  const p = createEventParser({
    onEvent: (e) => events.push(e),
    onIssue: (i) => issues.push(i),
    yearHint: () => yearHint,
  })
  lines.forEach((text, i) => p.push({ path: 'log', line: i + 1, text }))
  p.finish()
  return { events: orderEvents(events), issues }
}

function essence(e: MemEvent): object {
  return {
    kind: e.kind,
    trigger: { ...e.trigger },
    killed: e.killed && { ...e.killed, at: 0 },
    memcg: e.memcg && { ...e.memcg, at: 0 },
    tasks: e.tasks.map((t) => [t.pid, t.rss, t.pgtablesBytes, t.name]),
    trace: e.callTrace.map((f) => f.fn),
    version: e.kernelVersion,
  }
}

const reference = essence(parseText('log', RAW).events[0]!)

const FORMATS: Record<string, (m: { uptime: string; message: string }, i: number) => string> = {
  syslog: (m) => `Feb 12 08:21:50 box kernel: [${m.uptime}] ${m.message}`,
  'syslog without host': (m) => `Feb 12 08:21:50 kernel: ${m.message}`,
  'syslog with <kern.warning>': (m) => `<kern.warning> Feb 12 08:21:50 box kernel: ${m.message}`,
  'glued kernel: token': (m) => `Feb 12 08:21:50 box kernel:[${m.uptime}] ${m.message}`,
  'journalctl short-precise': (m) => `Feb 12 08:21:50.123456 box kernel: ${m.message}`,
  'journalctl short-iso': (m) => `2023-02-12T08:21:50+0100 box kernel: ${m.message}`,
  'journalctl short-full': (m) => `Sun 2023-02-12 08:21:50 CET box kernel: ${m.message}`,
  'RFC 5424': (m) => `<4>1 2023-02-12T08:21:50.123Z box kernel - - - ${m.message}`,
  'dmesg -T': (m) => `[Sun Feb 12 08:21:50 2023] ${m.message}`,
  'dmesg --time-format=iso': (m) => `2023-02-12T08:21:50,123456+01:00 ${m.message}`,
  CRLF: (m) => `[${m.uptime}] ${m.message}\r`,
  raw: (m) => m.message,
}

describe('createEventParser', () => {
  it.each(Object.entries(FORMATS))('reads the same report when it is logged as %s', (_name, render) => {
    const { events } = run(MESSAGES.map(render))
    expect(events).toHaveLength(1)
    expect(essence(events[0]!)).toEqual(reference)
  })

  it("ignores other programs' lines interleaved inside a report", () => {
    const lines = MESSAGES.flatMap((m, i) => [
      `Feb 12 08:21:50 box kernel: ${m.message}`,
      `Feb 12 08:21:50 box sshd[${i}]: Accepted publickey`,
    ])
    const { events, issues } = run(lines)
    expect(essence(events[0]!)).toEqual(reference)
    expect(issues.filter((i) => i.code === 'unrecognised-line')).toEqual([])
  })

  it("keeps two hosts' interleaved reports apart when one file holds both", () => {
    const lines = MESSAGES.flatMap((m) => [
      `Feb 12 08:21:50 alpha kernel: ${m.message}`,
      `Feb 12 08:21:51 beta kernel: ${m.message}`,
    ])
    const { events } = run(lines, 2023)
    expect(events.map((e) => [e.host, e.time, e.lines.length])).toEqual([
      ['alpha', '2023-02-12T08:21:50', MESSAGES.length],
      ['beta', '2023-02-12T08:21:51', MESSAGES.length],
    ])
    expect(events.map(essence)).toEqual([reference, reference])
  })

  it('splits a collapsed one-line paste and keeps that physical line for every segment', () => {
    const line = MESSAGES.map((m) => `[${m.uptime}] ${m.message}`).join(' ')
    const { events } = run(['some prose before', line, 'some prose after'])
    expect(essence(events[0]!)).toEqual(reference)
    expect(new Set(events[0]!.lines.map((l) => l.line))).toEqual(new Set([2]))
    expect(events[0]!.lines.every((l) => line.includes(l.text))).toBe(true)
  })

  it('splits a collapsed paste that begins with prose', () => {
    const line = `My server says: ${MESSAGES.map((m) => `[${m.uptime}] ${m.message}`).join(' ')}`
    const { events } = run([line])
    expect(essence(events[0]!)).toEqual(reference)
    expect(events[0]?.uptime).toBe(337533.314245)
  })

  it("splits a collapsed paste that lost its prefixes too, at the report's own markers", () => {
    const { events } = run(['Here is my log:', MESSAGES.map((m) => m.message).join(' '), 'Any idea?'])
    expect(events).toHaveLength(1)
    expect(essence(events[0]!)).toEqual(reference)
  })

  it('reads an rsyslog message whose newlines were escaped as #012', () => {
    const { events } = run([`Feb 12 08:21:50 box kernel: ${MESSAGES.map((m) => m.message).join('#012')}`])
    expect(essence(events[0]!)).toEqual(reference)
  })

  it("keeps the reaper's line when other kernel messages come between it and the kill", () => {
    const lines = MESSAGES.map(FORMATS['raw']!)
    const reaper = lines.pop()!
    const { events, issues } = run([...lines, 'perf: interrupt took too long (2505 > 2500)', 'usb 1-1: reset', reaper])
    expect(events[0]?.reaper).toMatchObject({ pid: 23793, comm: 'leaker' })
    expect(issues.filter((i) => i.code === 'unrecognised-line')).toEqual([])
  })

  it("infers the syslog year from the host's hint and records it", () => {
    const { events, issues } = run(MESSAGES.map(FORMATS['syslog']!), 2019)
    expect(events[0]).toMatchObject({
      time: '2019-02-12T08:21:50',
      timeYearInferred: true,
      uptime: 337533.314245,
      host: 'box',
    })
    expect(issues.filter((i) => i.code === 'year-inferred')).toHaveLength(1)
  })

  it('infers the year from a dated line of the same file when there is no hint', () => {
    const lines = ['[Tue Feb 12 08:00:00 2019] systemd[1]: dated line', ...MESSAGES.map(FORMATS['syslog']!)]
    expect(run(lines).events[0]?.time).toBe('2019-02-12T08:21:50')
  })

  it('puts reports before a December-to-January wrap in the previous year', () => {
    const report = (month: string): string[] => MESSAGES.map((m) => `${month} 31 23:59:59 box kernel: ${m.message}`)
    const { events } = run([...report('Dec'), ...report('Jan')], 2020)
    expect(events.map((e) => e.time)).toEqual(['2019-12-31T23:59:59', '2020-01-31T23:59:59'])
  })

  it('leaves time null and says so when nothing gives the year', () => {
    const { events, issues } = run(MESSAGES.map(FORMATS['syslog']!))
    expect(events[0]?.time).toBeNull()
    expect(issues.map((i) => i.code)).toContain('year-unknown')
  })

  it('reads several files pushed one after another and orders them', () => {
    const events: MemEvent[] = []
    const p = createEventParser({ onEvent: (e) => events.push(e), onIssue: () => {} })
    for (const path of ['b.log', 'a.log']) {
      MESSAGES.forEach((m, i) =>
        p.push({ path, line: i + 1, text: `[Sun Feb 12 08:21:5${path === 'a.log' ? 0 : 9} 2023] ${m.message}` }),
      )
      p.endOfInput(path)
    }
    p.finish()
    expect(orderEvents(events).map((e) => [e.id, e.path])).toEqual([
      ['e1', 'a.log'],
      ['e2', 'b.log'],
    ])
  })

  it('reports a kill line whose report header is missing as a truncated report', () => {
    const { events, issues } = run([
      'Out of memory: Killed process 42 (java) total-vm:100kB, anon-rss:50kB, file-rss:0kB, shmem-rss:0kB',
    ])
    expect(events[0]).toMatchObject({ kind: 'oom', killed: { pid: 42, comm: 'java', anonRssKb: 50 } })
    expect(issues.map((i) => i.code)).toContain('truncated-report')
  })

  it('skips a huge line with one issue and without losing the report around it', () => {
    const lines = MESSAGES.map(FORMATS['raw']!)
    lines.splice(5, 0, 'x'.repeat(200_000))
    const { events, issues } = run(lines)
    expect(events[0]?.trigger).toMatchObject(parseText('log', RAW).events[0]!.trigger)
    expect(issues.map((i) => i.code)).toContain('line-too-long')
  })
})

describe('create-event-parser found events', () => {
  it('reports a yearless syslog event as found at once and delivers it, dated, at the end of its file', () => {
    const syslog = MESSAGES.map((m) => `Aug  2 07:40:47 dell kernel: [${m.uptime}] ${m.message}`)
    const found: MemEvent[] = []
    const delivered: MemEvent[] = []
    const p = createEventParser({
      onEvent: (e) => delivered.push(e),
      onEventFound: (e) => found.push(e),
      onIssue: () => {},
      yearHint: () => 2019,
    })
    syslog.forEach((text, i) => p.push({ path: 'messages', line: i + 1, text }))
    // A line from another program closes the report window.
    p.push({ path: 'messages', line: syslog.length + 1, text: 'Aug  2 07:41:00 dell cron[1]: (root) CMD (true)' })
    for (let i = 0; i < 400 && found.length === 0; i++)
      p.push({
        path: 'messages',
        line: syslog.length + 2 + i,
        text: `Aug  2 07:41:0${i % 10} dell sshd[9]: noise ${i}`,
      })
    expect(found.map((e) => [e.kind, e.trigger.comm, e.time])).toEqual([['memcg-oom', 'leaker', null]])
    expect(delivered).toEqual([])
    p.endOfInput('messages')
    p.finish()
    expect(delivered.map((e) => [e.kind, e.trigger.comm, e.time])).toEqual([
      ['memcg-oom', 'leaker', '2019-08-02T07:40:47'],
    ])
  })
})
