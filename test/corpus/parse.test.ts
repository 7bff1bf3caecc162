import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { MemEvent } from '../../shared/event/types'
import { parseText } from '../../shared/parse'
import { bluntMessage, buddyLines, flatten, numbersOf, taskRowCount, zoneLines } from './support/independent'
import { GIVEN } from '../support/given'

const CORPUS = `${GIVEN}/corpus/public`
const SETS = ['public', 'public-2'] as const

interface ManifestEntry {
  file: string
  kind: 'global-oom' | 'memcg-oom' | 'alloc-failure' | 'sysrq-oom' | 'panic'
  events: number
  trigger: { comm: string | null; pid: number | null; gfp_mask: string | null; order: number | null }
  killed: { pid: number; comm: string } | null
}

const manifests = SETS.map(
  (set) =>
    [set, JSON.parse(readFileSync(join(GIVEN, 'corpus', set, 'MANIFEST.json'), 'utf8')) as ManifestEntry[]] as const,
)
const manifest = manifests[0][1]

type Field = 'comm' | 'pid' | 'gfpMask' | 'order' | 'kind' | 'killed'

/** Manifest values the log itself does not print, with the reason. The one skip record. */
const SKIP: Record<string, { field: Field; reason: string }> = {
  '005-i686-pae-4.10-debian-updatedb-syslog.log': {
    field: 'order',
    reason: 'the header is cut at the terminal width after "nodemask=", so order= is not in the file',
  },
}

/** The manifest's kinds in the event's terms: a SysRq-f OOM and a panic_on_oom report are OOM reports. */
const KIND = {
  'global-oom': 'oom',
  'memcg-oom': 'memcg-oom',
  'alloc-failure': 'alloc-failure',
  'sysrq-oom': 'oom',
  panic: 'oom',
} as const

function byLine(events: readonly MemEvent[]): MemEvent[] {
  return [...events].sort((a, b) => a.line - b.line)
}

/** Fields compared with the manifest, and how many matched, over both sets (the ≥ 98 % bar). */
const tally = { fields: 0, matched: 0, skipped: 0 }
afterAll(() => {
  if (tally.fields === 0) return
  console.log(
    `corpus fields: ${tally.matched} of ${tally.fields} as the manifests say (${((100 * tally.matched) / tally.fields).toFixed(1)} %), ${tally.skipped} skipped with a reason`,
  )
  expect(tally.matched / tally.fields).toBeGreaterThanOrEqual(0.98)
})

describe.each(manifests.flatMap(([set, entries]) => entries.map((m) => [`${set}/${m.file}`, set, m] as const)))(
  'corpus %s',
  (_name, set, m) => {
    const file = m.file
    const text = readFileSync(join(GIVEN, 'corpus', set, file), 'utf8')
    const flat = flatten(text)
    const result = parseText(file, text)
    const events = byLine(result.events)
    // The manifest describes the file's report: its trigger is that of the first report read from its
    // header, its victim the first kill in the file (a log may begin with an earlier report's kill).
    const first = events.find((e) => !e.partial) ?? events[0]
    const kill = events.find((e) => e.killed ?? e.selected) ?? first

    it('finds the events the manifest lists when parsed', () => {
      expect(events).toHaveLength(m.events)
      expect(result.events.map((e) => e.id)).toEqual(events.map((_, i) => `e${i + 1}`))
    })

    it("reads the report's kind, trigger and victim as printed", () => {
      const skip = SKIP[file]?.field
      const got: Record<Field, unknown> = {
        kind: first?.kind,
        comm: first?.trigger.comm,
        pid: first?.trigger.pid,
        gfpMask: first?.trigger.gfpMask,
        order: first?.trigger.order,
        killed: kill?.killed
          ? { pid: kill.killed.pid, comm: kill.killed.comm }
          : kill?.selected
            ? { pid: kill.selected.pid, comm: kill.selected.comm }
            : null,
      }
      const want: Record<Field, unknown> = {
        kind: KIND[m.kind],
        comm: m.trigger.comm,
        pid: m.trigger.pid,
        gfpMask: m.trigger.gfp_mask,
        order: m.trigger.order,
        killed: m.killed,
      }
      for (const field of Object.keys(want) as Field[]) {
        if (field === skip) {
          tally.skipped++
          continue
        }
        tally.fields++
        if (JSON.stringify(got[field]) === JSON.stringify(want[field])) tally.matched++
        expect([field, got[field]]).toEqual([field, want[field]])
      }
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
      expect(events.flatMap((e) => (e.swap ? [[e.swap.totalKb]] : []))).toEqual(
        numbersOf(flat, /Total swap = (\d+)kB/g),
      )
      expect(events.flatMap((e) => (e.ram.totalPages !== null ? [[e.ram.totalPages]] : []))).toEqual(
        numbersOf(flat, /(\d+) pages (?:of )?RAM/g),
      )
      expect(
        events.flatMap((e) => (e.memcg?.usageKb != null ? [[e.memcg.usageKb, e.memcg.limitKb, e.memcg.failcnt]] : [])),
      ).toEqual(numbersOf(flat, /memory: usage (\d+)kB, limit (\d+)kB, failcnt (\d+)/g))
      expect(events.flatMap((e) => (e.counters['free'] !== undefined ? [[e.counters['free']]] : []))).toEqual(
        numbersOf(flat, /(?<![\w])free:(\d+)(?![\dk])/g),
      )
    })

    it('drops no line inside a report silently: each is part of the event or has an issue', () => {
      const physical = text.split('\n')
      const issued = new Set(result.issues.map((i) => i.line))
      for (const e of events) {
        const used = new Set(e.lines.map((l) => l.line))
        const last = Math.max(...used)
        for (let n = e.line; n <= last; n++) {
          if (bluntMessage(physical[n - 1] ?? '').trim() !== '')
            expect([n, used.has(n) || issued.has(n)]).toEqual([n, true])
        }
      }
    })

    it('reports no problem it cannot point at', () => {
      for (const i of result.issues) {
        expect(i.path).toBe(file)
        expect(i.line === null || (i.line >= 1 && i.line <= text.split('\n').length)).toBe(true)
      }
    })
  },
)

describe('corpus page size and arch', () => {
  const parse = (file: string): MemEvent[] => parseText(file, readFileSync(join(CORPUS, file), 'utf8')).events
  it('reads 4 kB pages from the buddy lines when they are printed', () => {
    for (const m of manifest) {
      for (const e of parse(m.file))
        if (e.zones.some((z) => z.buddy)) expect([e.pageSizeKb, e.pageSizeFrom]).toEqual([4, 'buddy'])
    }
  })
  it("reads the page size the manifest's machine has whenever the report prints a block size or a kB/pages pair", () => {
    const [, second] = manifests[1]
    const read: string[] = []
    for (const m of second) {
      const kb = /\b64 ?KB pages|64k\b/i.test(`${m.file} ${(m as { arch?: string }).arch ?? ''}`) ? 64 : 4
      for (const e of parseText(m.file, readFileSync(join(GIVEN, 'corpus/public-2', m.file), 'utf8')).events) {
        if (e.pageSizeFrom === 'buddy' || e.pageSizeFrom === 'ratio') {
          expect([m.file, e.pageSizeKb]).toEqual([m.file, kb])
          read.push(m.file)
        }
      }
    }
    expect(new Set(read).size).toBeGreaterThanOrEqual(18)
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
