// Issue 12's property tests: a real report (every corpus log and seed, its clean kernel text) pasted
// with a random prefix drawn from a grammar, wrapped at a random width, or interleaved with a second
// report from another host — the parse of each report is unchanged.
import fc from 'fast-check'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { MemEvent } from '../../../shared/event/types'
import { parseText } from '../../../shared/parse'
import { signature } from '../../corpus/support/event-signature'
import { cleanLines, wrap } from '../../corpus/support/render-log'
import { MATERIAL_ROOT } from './corpus-inputs'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'

interface Clean {
  readonly name: string
  readonly lines: readonly string[]
  /** Signatures of the clean text's events (whole reports and partial ones apart). */
  readonly whole: string
  readonly partials: number
}

let cleans: Clean[] | null = null

function sig(events: readonly MemEvent[]): { whole: string; partials: number } {
  const sorted = [...events].sort((a, b) => a.line - b.line)
  return {
    whole: JSON.stringify(sorted.filter((e) => !e.partial).map((e) => signature(e))),
    partials: sorted.filter((e) => e.partial).length,
  }
}

/** The clean kernel text of every corpus log (public, public-2) and seed, with its events' signatures. */
function corpusCleans(): Clean[] {
  if (cleans) return cleans
  cleans = []
  for (const [dir, ext] of [
    ['corpus/public', '.log'],
    ['corpus/public-2', '.log'],
    ['seeds', '.txt'],
  ] as const) {
    const root = join(MATERIAL_ROOT, dir)
    if (!existsSync(root)) continue
    const files = readdirSync(root)
      .filter((f) => f.endsWith(ext))
      .sort()
    for (const f of files) {
      const lines = cleanLines(parseText(f, readFileSync(join(MATERIAL_ROOT, dir, f), 'utf8'), { year: 2025 }).events)
      cleans.push({ name: `${dir}/${f}`, lines, ...sig(parseText(f, lines.join('\n'), { year: 2025 }).events) })
    }
  }
  return cleans
}

const clean: fc.Arbitrary<Clean> = fc.nat().map((n) => {
  const all = corpusCleans()
  return all[n % all.length]!
})

/** One prefix piece; `i` is the line's number, so stamps move forward as they do in a log. */
type Piece = (i: number) => string

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number): string => String(n).padStart(2, '0')

/** A grammar of the prefixes real logs and pastes carry: stamp, host, tag, caller, framing, in the orders they come in. */
const prefix: fc.Arbitrary<{ pieces: Piece[]; text: string }> = fc
  .record({
    framing: fc.constantFrom('', '> ', '>> ', '> > ', '    ', '\t', '# '),
    stamp: fc.constantFrom<'none' | 'uptime' | 'bsd' | 'iso' | 'dmesgT' | 'slash' | 'kmsg'>(
      'none',
      'uptime',
      'bsd',
      'iso',
      'dmesgT',
      'slash',
      'kmsg',
    ),
    host: fc.constantFrom('', 'db-17', 'ip-10-0-0-1', 'node7.example.org'),
    tag: fc.constantFrom('', 'kernel:', 'kernel: ', '<kern.warning> kernel:'),
    uptimeAfterTag: fc.boolean(),
    caller: fc.constantFrom('', '[T1234]', '[C3]'),
    month: fc.nat({ max: 11 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ framing, stamp, host, tag, uptimeAfterTag, caller, month, day }) => {
    const up = (i: number): string => `[${(100 + i * 0.001234).toFixed(6).padStart(12, ' ')}]`
    const clock = (i: number): string =>
      `${two(10 + (Math.floor(i / 3600) % 10))}:${two(Math.floor(i / 60) % 60)}:${two(i % 60)}`
    const pieces: Piece[] = [() => framing]
    const stamps: Record<typeof stamp, Piece> = {
      none: () => '',
      uptime: (i) => `${up(i)}${caller} `,
      bsd: (i) => `${MONTHS[month]} ${String(day).padStart(2, ' ')} ${clock(i)} `,
      iso: (i) => `2025-${two(month + 1)}-${two(day)}T${clock(i)}.${String(i).padStart(6, '0')}+02:00 `,
      dmesgT: (i) => `[Wed ${MONTHS[month]} ${String(day).padStart(2, ' ')} ${clock(i)} 2025] `,
      slash: (i) => `2025/${two(month + 1)}/${two(day)} ${clock(i)} `,
      kmsg: (i) => `6,${1000 + i},${100_000_000 + i * 1234},-;`,
    }
    pieces.push(stamps[stamp])
    // A host and tag only follow a syslog-style stamp; a tagless relay writes `host: `.
    if (stamp === 'bsd' || stamp === 'iso' || stamp === 'slash') {
      if (host !== '') pieces.push(() => (tag === '' ? `${host}: ` : `${host} `))
      if (tag !== '') pieces.push(() => (tag.endsWith(' ') ? tag : `${tag} `))
      if (uptimeAfterTag) pieces.push((i) => `${up(i)} `)
    }
    return { pieces, text: pieces.map((p) => p(0)).join('') }
  })

function render(lines: readonly string[], pieces: readonly Piece[]): string {
  return lines.map((l, i) => `${pieces.map((p) => p(i)).join('')}${l}`).join('\n')
}

function compare(check: string, c: Clean, text: string, detail: string): Violation[] {
  const { value, violation } = catchThrow('no-throw', () => parseText(c.name, text, { year: 2025 }))
  if (!value) return violation ? [violation] : []
  const got = sig(value.events)
  if (got.whole === c.whole && got.partials === c.partials) return []
  return [
    {
      check,
      detail: `${c.name} ${detail}: ${got.whole.length} vs ${c.whole.length} chars of signature, partials ${got.partials} vs ${c.partials}`,
    },
  ]
}

/** The same report under any prefix the grammar draws gives the same events. */
export const randomPrefix: FuzzSpec = defineFuzz(
  'paste: a report under a random prefix from the grammar reads as its clean text',
  1,
  fc.tuple(clean, prefix),
  ([c, p]) => compare('random-prefix-changed-reports', c, render(c.lines, p.pieces), JSON.stringify(p.text)),
)

/** The same report wrapped by a mail client at any width (quoted or not) gives the same events. */
export const randomWrap: FuzzSpec = defineFuzz(
  'paste: a report wrapped at a random width reads as its clean text',
  1,
  fc.tuple(
    clean,
    fc.integer({ min: 60, max: 160 }),
    fc.constantFrom('', '> ', '> > '),
    fc.constantFrom('dmesg', 'syslog'),
  ),
  ([c, width, quote, kind]) => {
    const stamp = (i: number): string =>
      kind === 'dmesg'
        ? `[${(50 + i * 0.0001).toFixed(6).padStart(12, ' ')}] `
        : `Mar  5 10:00:${two(i % 60)} h kernel: `
    const text = c.lines
      .flatMap((l, i) => wrap(`${stamp(i)}${l}`, width - quote.length).map((w) => `${quote}${w}`))
      .join('\n')
    return compare('random-wrap-changed-reports', c, text, `width ${width} ${JSON.stringify(quote)} ${kind}`)
  },
)

/** Two reports from two hosts, their lines interleaved in any order, each read as it reads alone. */
export const interleavedReports: FuzzSpec = defineFuzz(
  'paste: two hosts’ reports interleaved line by line read as each alone',
  1,
  fc.tuple(clean, clean, fc.array(fc.boolean(), { minLength: 1, maxLength: 32 })),
  ([a, b, picks]) => {
    const prefixed = (c: Clean, host: string): string[] =>
      c.lines.map((l, i) => `Mar  5 10:00:${two(i % 60)} ${host} kernel: ${l}`)
    const la = prefixed(a, 'alpha')
    const lb = prefixed(b, 'beta')
    const out: string[] = []
    let i = 0
    let j = 0
    let k = 0
    while (i < la.length || j < lb.length) {
      const takeA = j >= lb.length || (i < la.length && (picks[k++ % picks.length] ?? true))
      out.push(takeA ? la[i++]! : lb[j++]!)
    }
    const { value, violation } = catchThrow('no-throw', () => parseText('mixed.log', out.join('\n'), { year: 2025 }))
    if (!value) return violation ? [violation] : []
    const violations: Violation[] = []
    for (const [c, host] of [
      [a, 'alpha'],
      [b, 'beta'],
    ] as const) {
      const got = sig(value.events.filter((e) => e.host === host))
      if (got.whole !== c.whole || got.partials !== c.partials)
        violations.push({
          check: 'interleaved-reports-changed',
          detail: `${c.name} as ${host} (with ${host === 'alpha' ? b.name : a.name})`,
        })
    }
    return violations
  },
)
