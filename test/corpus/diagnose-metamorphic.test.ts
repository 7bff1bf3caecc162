/**
 * Issue 13's metamorphic diagnosis suite: every corpus report (public, public-2) and every seed,
 * transformed in ways that do not change what the kernel did, must get the same finding codes and the
 * same model verdicts (outcome check, per-zone stage/pass/deciding term, predicted victim) as its clean
 * text. Nothing is checked in: every variant is built here from the clean kernel messages.
 *
 * a. re-rendered in every prefix family a paste takes (test/corpus/support/render-log.ts), and
 *    interleaved with other subsystems' messages;
 * b. the same machine k× larger (k = 2, 4, and 1/2 where every size stays an integer): every size
 *    scaled, so a rule whose threshold is relative to the machine must say the same. What the kernel
 *    has as absolute constants and how the scaled report still is what a kernel prints:
 *    - min_free_kbytes: the boot default is ⌊√(16 × lowmem kB)⌋ clamped to [128, 65536] kB
 *      (mm/page_alloc.c `init_per_zone_wmark_min`, 262144 from 5.7), which grows like √k, not k. The
 *      scaled report prints k× the watermarks, i.e. it is the larger machine with min_free_kbytes set
 *      to k× the original (a sysctl value the kernel accepts): `__setup_per_zone_wmarks` then gives
 *      every zone k× its min (its share of lowmem is the same), and low/high = min + max(min/4,
 *      managed × watermark_scale_factor / 10000) are k× too. Where the model names the source of
 *      min_free_kbytes (boot default, THP's recommendation — whose pageblock term is absolute —, or
 *      set by hand) that source may change; the codes may not.
 *    - lowmem_reserve = managed pages of the zones above / sysctl_lowmem_reserve_ratio: linear in k.
 *    - badness = rss + swap entries + page tables (+ oom_score_adj × totalpages / 1000): every term
 *      k×, so the ranking and ties are the same; the printed `score` (normalised to 1000 since
 *      2.6.36) does not change.
 *    - orders, PAGE_ALLOC_COSTLY_ORDER, pageblock order and block sizes of the free lists are not
 *      sizes of the machine and stay.
 * c. the 4 GB zone under the other architecture's name (`DMA32` ↔ `DMA`), and a 32-bit machine's high
 *    memory as ZONE_MOVABLE, where gfp_zone() stays the same (see test/support/report-transforms.ts);
 * d. one optional section dropped (task table, slab dump, hugepages lines, swap cache line, buddy
 *    lists, lowmem_reserve lines, node lines, call trace, the whole Mem-Info): every finding stays, or
 *    `outcome-unexplained` says what is missing, or it goes with its evidence (a line it cited was in
 *    the dropped section: `no-swap` without `Total swap`, a SysRq trigger without the frame that
 *    proves it); an OOM or allocation failure is never left without a finding.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { namesACause } from '../../shared/diagnose/finding-defs'
import { diagnoseEvent } from '../../shared/diagnose/index'
import type { FindingCode } from '../../shared/diagnose/types'
import type { MemEvent } from '../../shared/event/types'
import { eventIs64Bit } from '../../shared/model/event-basis'
import { analyzeModel } from '../../shared/model/index'
import { parseText } from '../../shared/parse'
import { GIVEN } from '../support/given'
import {
  cutAt,
  dropSection,
  moveToNode1,
  OPTIONAL_SECTIONS,
  renameDmaZone,
  renameHighMemToMovable,
  scaleReport,
} from '../support/report-transforms'
import { CORPUS_AND_SEEDS } from './support/corpus-files'
import { cleanLines, RENDERINGS } from './support/render-log'

/** What must not change: the finding codes and the model's verdicts, per event. */
interface Verdicts {
  readonly kind: string
  readonly codes: readonly FindingCode[]
  readonly outcome: string | null
  readonly zones: readonly string[]
  readonly victim: number | null
  /** Per zone verdict: the margin at its stage, kB (the sign is pass/fail). */
  readonly margins: readonly number[]
}

/** The 0-based lines of the text each finding code cites as evidence. */
function evidenceOf(e: MemEvent): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  for (const f of diagnoseEvent(e, analyzeModel(e), 'en'))
    for (const ev of f.evidence) out.set(f.code, (out.get(f.code) ?? new Set()).add(ev.line - 1))
  return out
}

function verdictsOf(e: MemEvent, zoneName: (z: string) => string = (z) => z): Verdicts {
  const model = analyzeModel(e)
  return {
    kind: e.kind,
    codes: [...new Set(diagnoseEvent(e, model, 'en').map((f) => f.code))].sort(),
    outcome: model.outcomeCheck?.verdict ?? null,
    zones: (model.zoneVerdicts ?? []).map(
      (v) =>
        `${v.node} ${zoneName(v.zone)} ${v.allowed ? 'allowed' : `not-by-${v.notAllowedBy}`} ${v.stage} ${v.pass ? 'pass' : 'fail'} ${v.term}`,
    ),
    victim: model.predictedVictim?.pid ?? null,
    margins: (model.zoneVerdicts ?? []).map((v) => v.marginKb),
  }
}

const parse = (input: string, text: string): MemEvent[] =>
  [...parseText(input, text, { year: 2025 }).events].sort((a, b) => a.line - b.line)

interface Clean {
  readonly lines: string[]
  readonly events: MemEvent[]
  readonly expected: Verdicts[]
}
const cleanCache = new Map<string, Clean>()
function cleanOf(input: string): Clean {
  let c = cleanCache.get(input)
  if (!c) {
    const lines = cleanLines(parse(input, readFileSync(join(GIVEN, input), 'utf8')))
    const events = parse(input, lines.join('\n'))
    c = { lines, events, expected: events.map((e) => verdictsOf(e)) }
    cleanCache.set(input, c)
  }
  return c
}

const INPUTS = CORPUS_AND_SEEDS
/** Findings gone with dropped or cut text (allowed: see d. above), by code and transform, for the summary. */
const gone = new Map<string, number>()
const tally = new Map<string, { applied: number; mismatches: number }>()
const count = (transform: string, mismatch: boolean): void => {
  const t = tally.get(transform) ?? { applied: 0, mismatches: 0 }
  t.applied++
  if (mismatch) t.mismatches++
  tally.set(transform, t)
}
afterAll(() => {
  const rows = [...tally].map(
    ([name, t]) => `  ${name.padEnd(28)} ${String(t.applied).padStart(3)} reports, ${t.mismatches} mismatches`,
  )
  const applied = [...tally.values()].reduce((s, t) => s + t.applied, 0)
  const mismatches = [...tally.values()].reduce((s, t) => s + t.mismatches, 0)
  console.log(
    `diagnose metamorphic: ${INPUTS.length} reports, ${applied} report × transform cases, ${mismatches} mismatches \n${rows.join('\n')}\n` +
      `findings gone with dropped or cut text (each replaced by outcome-unexplained or citing a touched line): ` +
      [...gone].map(([k, n]) => `${k} ×${n}`).join(', '),
  )
})

/** Assert verdicts equal, counting the case (and the mismatch before the assertion fails). */
function same(transform: string, got: readonly Verdicts[], expected: readonly Verdicts[]): void {
  count(transform, JSON.stringify(got) !== JSON.stringify(expected))
  expect(got).toEqual(expected)
}

/**
 * Messages of other subsystems a real log interleaves with a report (printk from other CPUs and
 * drivers): none is a memory line, so the report must read the same around them.
 */
const OTHER_SUBSYSTEMS = [
  'e1000e 0000:00:19.0 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None',
  'audit: type=1400 audit(1741183331.123:456): apparmor="DENIED" operation="open" profile="snap.lxd" pid=4711',
  'EXT4-fs (sda1): re-mounted. Opts: errors=remount-ro',
  'usb 1-1.2: USB disconnect, device number 7',
]

/** Every family the parser knows (test/corpus/support/render-log.ts), and the clean text interleaved with other subsystems' lines. */
const FAMILIES: Readonly<Record<string, (lines: readonly string[]) => string>> = {
  ...RENDERINGS,
  'interleaved with other subsystems': (lines) =>
    lines
      .flatMap((l, i) => (i % 5 === 4 ? [OTHER_SUBSYSTEMS[((i / 5) % OTHER_SUBSYSTEMS.length) | 0]!, l] : [l]))
      .join('\n'),
}

describe.each(Object.entries(FAMILIES))('diagnose metamorphic (a) rendered as %s', (family, render) => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, expected } = cleanOf(input)
    same(
      `a. ${family}`,
      parse(input, render(lines)).map((e) => verdictsOf(e)),
      expected,
    )
  })
})

/**
 * What the kernel gives the k× report: `__zone_watermark_ok` takes `(1 << order) - 1` pages off the free
 * count before comparing (mm/page_alloc.c, 2.6.x–6.x) — the one absolute term of the check. So every
 * margin m becomes k·m + (k − 1)·(2^order − 1) pages, and a zone that missed by less than that term's
 * share passes on the larger machine: that zone's pass, deciding term and the outcome check follow.
 */
function scaledExpectation(e: MemEvent, v: Verdicts, k: number): Verdicts {
  const model = analyzeModel(e)
  const orderTerm = (2 ** Math.max(0, model.request?.order ?? 0) - 1) * e.pageSizeKb
  const margins = v.margins.map((m) => k * m + (k - 1) * orderTerm)
  const flipped = margins.some((m, i) => m > 0 !== (v.margins[i] ?? 0) > 0)
  return flipped
    ? {
        ...v,
        margins,
        outcome: '(follows the flipped zone)',
        zones: v.zones.map((z, i) =>
          (margins[i] ?? 0) > 0 !== (v.margins[i] ?? 0) > 0 ? '(flipped by the order term)' : z,
        ),
      }
    : { ...v, margins }
}

describe.each([2, 4, 0.5])('diagnose metamorphic (b) the machine ×%s', (k) => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, events, expected } = cleanOf(input)
    const scaled = scaleReport(lines, k)
    if (!scaled) return // k = 1/2 on a report with an odd size: not the same machine halved
    const want = expected.map((v, i) => scaledExpectation(events[i]!, v, k))
    const got = parse(input, scaled.join('\n')).map((e) => verdictsOf(e))
    const masked = got.map((g, i) => {
      const w = want[i]
      if (!w) return g
      // The stage's reductions divide the min watermark in pages with integer division (ALLOC_HIGH
      // `min -= min / 2`, ALLOC_HARDER `min -= min / 4`, mm/page_alloc.c __zone_watermark_ok 4.x–6.2;
      // ALLOC_MIN_RESERVE / ALLOC_NON_BLOCK 6.3+ the same): on each machine the reduced min is exact to
      // a page, so k× that min differs from the larger machine's by up to k pages per division.
      const tolerance = 2 * Math.max(1, k) * (events[i]?.pageSizeKb ?? 4)
      const margins = g.margins.map((m, j) =>
        Math.abs(m - (w.margins[j] ?? Number.NaN)) <= tolerance ? w.margins[j]! : m,
      )
      if (w.outcome !== '(follows the flipped zone)') return { ...g, margins }
      return {
        ...g,
        margins,
        outcome: w.outcome,
        zones: g.zones.map((z, j) => (w.zones[j] === '(flipped by the order term)' ? w.zones[j] : z)),
      }
    })
    same(`b. ×${k}`, masked, want)
  })
})

/**
 * The same 64-bit machine 16× larger built with 64 kB pages: every page count stays, every kB is ×16
 * (the free lists' `4kB` blocks print `64kB`, whence the parser reads the page size). Every margin is
 * exactly 16× (the order term is (2^order − 1) pages, now 16× the kB; the stage reductions divide the
 * same page counts). What the kernel does differently with 64 kB pages and the codes must not depend
 * on: pageblock_order 13 (512 MB) instead of 9, so THP's recommended min_free_kbytes
 * (mm/khugepaged.c `set_recommended_min_free_kbytes`) changes, and MAX_ORDER (14 orders on arm64 ≤ 6.3).
 */
describe('diagnose metamorphic (b) the machine ×16 with 64 kB pages', () => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, events, expected } = cleanOf(input)
    if (events.some((e) => e.pageSizeKb !== 4 || !eventIs64Bit(e))) return
    const scaled = scaleReport(lines, 16, 16)
    if (!scaled) return
    const got = parse(input, scaled.join('\n'))
    same(
      'b. ×16, 64 kB pages',
      got.map((e) => verdictsOf(e)),
      expected.map((v) => ({ ...v, margins: v.margins.map((m) => 16 * m) })),
    )
  })
})

describe('diagnose metamorphic (c) the 4 GB zone named DMA32 ↔ DMA', () => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, events, expected } = cleanOf(input)
    const flags = events.every((e) => e.zones.length === 0) ? null : (analyzeModel(events[0]!).gfp?.flags ?? null)
    const renamed = renameDmaZone(lines, flags)
    if (!renamed) return
    const back = (z: string): string => (z === 'DMA' ? 'DMA32' : z === 'DMA32' ? 'DMA' : z)
    same(
      'c. DMA32 ↔ DMA',
      parse(input, renamed.join('\n')).map((e) => verdictsOf(e, back)),
      expected,
    )
  })
})

describe("diagnose metamorphic (c) a 32-bit machine's high memory as ZONE_MOVABLE", () => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, events, expected } = cleanOf(input)
    const withZones = events.find((e) => e.zones.length > 0)
    const renamed = renameHighMemToMovable(lines, withZones ? (analyzeModel(withZones).gfp?.highestZone ?? null) : null)
    if (
      !renamed ||
      events.some(
        (e) => e.zones.length > 0 && analyzeModel(e).gfp?.highestZone !== analyzeModel(withZones!).gfp?.highestZone,
      )
    )
      return
    const back = (z: string): string => (z === 'Movable' ? 'HighMem' : z)
    same(
      'c. HighMem → Movable',
      parse(input, renamed.join('\n')).map((e) => verdictsOf(e, back)),
      expected,
    )
  })
})

/**
 * A report that lost some of its text (`touched`: the clean lines dropped or cut): the same events, none
 * of them left without a finding, and a finding gone only where `outcome-unexplained` replaces it or a
 * line it cited was touched (its evidence went with the text).
 */
function degradesGracefully(
  transform: string,
  clean: Clean,
  got: readonly Verdicts[],
  touched: ReadonlySet<number>,
): void {
  const { events, expected } = clean
  const lost = got.map((g, i) => {
    const cited = events[i] ? evidenceOf(events[i]) : new Map<string, Set<number>>()
    return (expected[i]?.codes ?? []).filter(
      (c) =>
        !g.codes.includes(c) &&
        !g.codes.includes('outcome-unexplained') &&
        ![...(cited.get(c) ?? [])].some((line) => touched.has(line)),
    )
  })
  got.forEach((g, i) => {
    for (const c of (expected[i]?.codes ?? []).filter((code) => !g.codes.includes(code))) {
      const key = `${c} (${transform})`
      gone.set(key, (gone.get(key) ?? 0) + 1)
    }
  })
  const bare = got.filter(
    (g) =>
      (g.kind === 'oom' || g.kind === 'alloc-failure' || g.kind === 'memcg-oom') &&
      !namesACause(g.codes) &&
      !g.codes.includes('outcome-unexplained'),
  )
  count(transform, got.length !== expected.length || lost.some((l) => l.length > 0) || bare.length > 0)
  expect(got.length).toBe(expected.length)
  expect(
    lost.flat(),
    `findings lost without outcome-unexplained; now ${JSON.stringify(got.map((g) => g.codes))}`,
  ).toEqual([])
  expect(bare, 'events without a cause or outcome-unexplained').toEqual([])
}

describe.each(OPTIONAL_SECTIONS.map((s) => [s.name, s] as const))(
  'diagnose metamorphic (d) without the %s',
  (name, section) => {
    it.each(INPUTS)('%s', (input) => {
      const clean = cleanOf(input)
      const dropped = dropSection(clean.lines, section)
      if (!dropped) return
      const got = parse(input, dropped.join('\n')).map((e) => verdictsOf(e))
      degradesGracefully(`d. without ${name}`, clean, got, new Set(section.select(clean.lines)))
    })
  },
)

describe('diagnose metamorphic (c) the same report on node 1', () => {
  it.each(INPUTS)('%s', (input) => {
    const { lines, expected } = cleanOf(input)
    const moved = moveToNode1(lines)
    if (!moved) return
    const got = parse(input, moved.join('\n')).map((e) => verdictsOf(e))
    same(
      'c. node 0 → node 1',
      got,
      expected.map((v) => ({ ...v, zones: v.zones.map((z) => z.replace(/^0 /, '1 ')) })),
    )
  })
})

describe.each([132, 100])('diagnose metamorphic (d) every line cut at %s columns', (width) => {
  it.each(INPUTS)('%s', (input) => {
    const clean = cleanOf(input)
    const cut = cutAt(clean.lines, width)
    if (!cut) return
    const got = parse(input, cut.join('\n')).map((e) => verdictsOf(e))
    degradesGracefully(
      `d. cut at ${width}`,
      clean,
      got,
      new Set(clean.lines.flatMap((l, i) => (l.length > width ? [i] : []))),
    )
  })
})
