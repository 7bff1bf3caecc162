// Every value a proc parser reads carries the line it was printed on (`lineOf`), for every file of the
// corpus: the line cited holds that value, and moving the text down moves every line with it.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Snapshot, SnapshotKind } from '../../../../shared/event/snapshot'
import { detectSnapshotKind } from '../../../../shared/parse/proc/detect-snapshot-kind'
import { parseSnapshot } from '../../../../shared/parse/proc/parse-snapshot'
import { PROC, SETS } from './proc-corpus'

interface ProcSet {
  readonly name: string
  readonly files: readonly string[]
}
const MANIFEST = JSON.parse(readFileSync(join(PROC, 'MANIFEST.json'), 'utf8')) as ProcSet[]

/** Every corpus proc file with its text and the kind detected from its content. */
const FILES: Array<[string, SnapshotKind, string]> = MANIFEST.filter((s) => SETS.includes(s.name)).flatMap((set) =>
  set.files.flatMap((file) => {
    const path = `${set.name}/${file}`
    const text = readFileSync(join(PROC, path), 'utf8')
    const kind = detectSnapshotKind(text.split('\n').slice(0, 8), basename(file))
    return kind ? [[path, kind, text] as [string, SnapshotKind, string]] : []
  }),
)

function parsed(path: string, kind: SnapshotKind, text: string): Snapshot {
  const snap = parseSnapshot(path, kind, text, () => {}, basename(path))
  if (!snap) throw new Error(`${path} did not parse as ${kind}`)
  return snap
}

/** [line, what must stand on it] for every value of the snapshot. */
function citations(s: Snapshot): Array<[number, RegExp]> {
  const word = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const keyed = (values: Readonly<Record<string, unknown>>, lines: Readonly<Record<string, number>>) =>
    Object.entries(lines).map(([k, line]): [number, RegExp] => {
      const v = values[k]
      const shown = Array.isArray(v) ? v.join('\\s+') : word(String(v))
      return [line, new RegExp(`${word(k.split('.').pop() ?? k)}.*\\b${shown}\\b|^\\s*${shown}\\s*$`)]
    })
  switch (s.kind) {
    case 'meminfo':
    case 'vmstat':
    case 'sysctl':
      return keyed(s.data.values, s.lineOf.values)
    case 'zoneinfo':
      return [
        ...s.data.zones.flatMap((z, i) => {
          const at = s.lineOf.zones[i]!
          return [
            [at.header, new RegExp(`^Node ${z.node}, zone\\s+${z.zone}$`)] as [number, RegExp],
            ...keyed(z.fields, at.fields),
            ...(at.protection === null ? [] : [[at.protection, /^\s*protection: \(/] as [number, RegExp]]),
            ...z.pagesets.flatMap((p, j) => {
              const pAt = at.pagesets[j]!
              return [[pAt.cpu, new RegExp(`^\\s*cpu: ${p.cpu}$`)] as [number, RegExp], ...keyed(p.fields, pAt.fields)]
            }),
          ]
        }),
        ...Object.entries(s.lineOf.nodeStats).flatMap(([node, lines]) =>
          keyed(s.data.nodeStats[Number(node)] ?? {}, lines),
        ),
      ]
    case 'buddyinfo':
      return s.data.zones.map((z, i) => [
        s.lineOf.zones[i]!,
        new RegExp(`^Node ${z.node}, zone\\s+${z.zone}\\s+${z.counts.join('\\s+')}\\s*$`),
      ])
    case 'pagetypeinfo':
      return [
        ...s.data.free.map((r, i): [number, RegExp] => [
          s.lineOf.free[i]!,
          new RegExp(`zone\\s+${r.zone}, type\\s+${r.type}\\s+${r.counts.join('\\s+')}\\s*$`),
        ]),
        ...s.data.blocks.map((r, i): [number, RegExp] => [
          s.lineOf.blocks[i]!,
          new RegExp(`zone\\s+${r.zone}\\s+${Object.values(r.counts).join('\\s+')}\\s*$`),
        ]),
      ]
    case 'slabinfo':
      return s.data.caches.map((c, i) => [s.lineOf.caches[i]!, new RegExp(`^${word(c.name)}\\s+${c.activeObjs}\\s`)])
  }
}

describe('lineOf: the line of every parsed value', () => {
  it('covers every kind of snapshot in the corpus', () => {
    expect(new Set(FILES.map(([, kind]) => kind))).toEqual(
      new Set(['meminfo', 'zoneinfo', 'buddyinfo', 'pagetypeinfo', 'vmstat', 'slabinfo', 'sysctl']),
    )
  })

  it.each(FILES)('cites for every value of %s (%s) a line that prints it', (path, kind, text) => {
    const snap = parsed(path, kind, text)
    const cited = citations(snap)
    expect(cited.length).toBeGreaterThan(0)
    for (const [line, re] of cited) expect([line, snap.lines[line - 1]]).toEqual([line, expect.stringMatching(re)])
  })

  it.each(FILES)('moves every line of %s (%s) down by three when three blank lines come first', (path, kind, text) => {
    const snap = parsed(path, kind, text)
    const moved = parsed(path, kind, `\n\n\n${text}`)
    expect(moved.data).toEqual(snap.data)
    const shift = (v: unknown): unknown =>
      typeof v === 'number'
        ? v + 3
        : Array.isArray(v)
          ? v.map(shift)
          : v !== null && typeof v === 'object'
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shift(x)]))
            : v
    expect(moved.lineOf).toEqual(shift(snap.lineOf))
  })
})
