import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MemEvent } from '../../shared/event/types'
import { parseText, stripPrefix } from '../../shared/parse'
import { buddyLines, flatten, numbersOf, taskRowCount, zoneLines } from './support/independent'
import { GIVEN } from '../support/given'

const CORPUS = `${GIVEN}/corpus/public`

interface ManifestEntry {
  file: string
  kind: 'global-oom' | 'memcg-oom' | 'alloc-failure'
  events: number
  trigger: { comm: string | null; pid: number | null; gfp_mask: string | null; order: number | null }
  killed: { pid: number; comm: string } | null
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]

/** Manifest values the log itself does not print, with the reason. The one skip record. */
const SKIP: Record<string, { field: 'order'; reason: string }> = {
  '005-i686-pae-4.10-debian-updatedb-syslog.log': {
    field: 'order',
    reason: 'the header is cut at the terminal width after "nodemask=", so order= is not in the file',
  },
}

const KIND = { 'global-oom': 'oom', 'memcg-oom': 'memcg-oom', 'alloc-failure': 'alloc-failure' } as const

function byLine(events: readonly MemEvent[]): MemEvent[] {
  return [...events].sort((a, b) => a.line - b.line)
}

describe.each(manifest.map((m) => [m.file, m] as const))('corpus %s', (file, m) => {
  const text = readFileSync(join(CORPUS, file), 'utf8')
  const flat = flatten(text)
  const result = parseText(file, text)
  const events = byLine(result.events)
  const first = events[0]

  it('finds the events the manifest lists when parsed', () => {
    expect(events).toHaveLength(m.events)
    expect(result.events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`))
  })

  it("reads the first report's kind, trigger and victim as printed", () => {
    expect(first?.kind).toBe(KIND[m.kind])
    const skip = SKIP[file]
    expect(first?.trigger).toMatchObject({
      comm: m.trigger.comm,
      pid: m.trigger.pid,
      gfpMask: m.trigger.gfp_mask,
      ...(skip?.field === 'order' ? {} : { order: m.trigger.order }),
    })
    if (m.killed === null) expect(first?.killed ?? null).toBeNull()
    else expect(first?.killed).toMatchObject({ pid: m.killed.pid, comm: m.killed.comm })
  })

  it("keeps every zone line's free/min/low/high as printed", () => {
    const zones = events.flatMap((e) => e.zones.filter((z) => z.minKb !== null))
    expect(zones.map((z) => ({ zone: z.zone, free: z.freeKb, min: z.minKb, low: z.lowKb, high: z.highKb }))).toEqual(
      zoneLines(flat),
    )
  })

  it("keeps every complete buddy line's counts, migrate types and total as printed", () => {
    const buddies = events.flatMap((e) =>
      e.zones.flatMap((z) => (z.buddy && z.buddy.totalKb !== null ? [{ zone: z.zone, ...z.buddy }] : [])),
    )
    expect(buddies.map((b) => ({ zone: b.zone, counts: b.counts, letters: b.types, total: b.totalKb }))).toEqual(
      buddyLines(flat),
    )
  })

  it('keeps the task table, swap, RAM and memcg numbers as printed', () => {
    expect(events.reduce((n, e) => n + e.tasks.length, 0)).toBe(taskRowCount(text))
    expect(events.flatMap((e) => (e.swap ? [[e.swap.freeKb]] : []))).toEqual(numbersOf(flat, /Free swap ?= (\d+)kB/g))
    expect(events.flatMap((e) => (e.swap ? [[e.swap.totalKb]] : []))).toEqual(numbersOf(flat, /Total swap = (\d+)kB/g))
    expect(events.flatMap((e) => (e.ram.totalPages !== null ? [[e.ram.totalPages]] : []))).toEqual(
      numbersOf(flat, /(\d+) pages RAM/g),
    )
    expect(
      events.flatMap((e) => (e.memcg?.usageKb != null ? [[e.memcg.usageKb, e.memcg.limitKb, e.memcg.failcnt]] : [])),
    ).toEqual(numbersOf(flat, /memory: usage (\d+)kB, limit (\d+)kB, failcnt (\d+)/g))
    expect(events.flatMap((e) => (e.counters['free'] !== undefined ? [[e.counters['free']]] : []))).toEqual(
      numbersOf(flat, /(?<![\w])free:(\d+)(?![\dk])/g),
    )
  })

  it('finds the same reports when the whole log is collapsed onto one line without prefixes', () => {
    const joined = text
      .split('\n')
      .map((l) => stripPrefix(l).message)
      .join(' ')
    const sig = (es: readonly MemEvent[]): string[] =>
      es.map((e) =>
        [
          e.kind,
          e.trigger.comm,
          e.trigger.gfpMask,
          e.zones.length,
          e.tasks.length,
          e.killed?.pid,
          Object.keys(e.counters).length,
        ].join('/'),
      )
    expect(sig(parseText(file, joined).events)).toEqual(sig(events))
  })

  it('drops no line inside a report silently: each is part of the event or has an issue', () => {
    const physical = text.split('\n')
    const issued = new Set(result.issues.map((i) => i.line))
    for (const e of events) {
      const used = new Set(e.lines.map((l) => l.line))
      const last = Math.max(...used)
      for (let n = e.line; n <= last; n++) {
        if (physical[n - 1]?.trim() !== '') expect([n, used.has(n) || issued.has(n)]).toEqual([n, true])
      }
    }
  })

  it('reports no problem it cannot point at', () => {
    for (const i of result.issues) {
      expect(i.path).toBe(file)
      expect(i.line === null || (i.line >= 1 && i.line <= text.split('\n').length)).toBe(true)
    }
  })
})

describe('corpus page size and arch', () => {
  const parse = (file: string): MemEvent[] => parseText(file, readFileSync(join(CORPUS, file), 'utf8')).events
  it('reads 4 kB pages from the buddy lines when they are printed', () => {
    for (const m of manifest) {
      for (const e of parse(m.file))
        if (e.zones.some((z) => z.buddy)) expect([e.pageSizeKb, e.pageSizeFrom]).toEqual([4, 'buddy'])
    }
  })
  it('infers the arch the manifest names when the report shows it', () => {
    const arch = (file: string): (string | null)[] => parse(file).map((e) => e.arch)
    expect(arch('005-i686-pae-4.10-debian-updatedb-syslog.log')).toEqual(['i686'])
    expect(arch('010-x86-2.6.30-g45-apt-check-syslog.log')).toEqual(['x86_64'])
    expect(arch('020-mips-x1000-5.8-containerd-stmmac.log')).toEqual(['mips', 'mips'])
    expect(arch('023-arm64-rockpro64-5.10-lxd-cat.log')).toEqual(['arm64'])
    expect(arch('026-arm64-imx8mn-5.4-ufb.log')).toEqual(['arm64'])
    expect(arch('011-x86-4.18-3.10-vmware-memcg-leaker.log')).toEqual(['x86_64', 'x86_64', 'x86_64'])
  })
})
