// Mutation operators over the lines of real logs. Every mutated line remembers which original line
// it is an unchanged copy of (its provenance), so a property can tell which reports survived.
import fc from 'fast-check'
import { hostileFragment, insertAt } from './hostile-text'

/** Which source and 0-based line a mutated line is a verbatim copy of; null when changed or new. */
export type Provenance = { readonly src: number; readonly idx: number } | null

export interface Mutated {
  readonly lines: readonly string[]
  readonly prov: readonly Provenance[]
}

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'lf-no-final'

export type MutationKind = 'truncate' | 'drop' | 'duplicate' | 'corrupt-number' | 'inject' | 'junk-line' | 'splice'

export interface MutationOp {
  readonly kind: MutationKind
  readonly a: number
  readonly b: number
  readonly fragment: string
}

const NUMBERS = ['0', '-1', '4294967296', '18446744073709551616', '99999999999999999999999999', '1e400', '00', '']

function pick(n: number, len: number): number {
  return len === 0 ? 0 : n % len
}

function replaceNumber(text: string, a: number, b: number): string {
  const runs = [...text.matchAll(/\d+/g)]
  const run = runs[pick(a, runs.length)]
  if (!run) return text
  return text.slice(0, run.index) + (NUMBERS[pick(b, NUMBERS.length)] ?? '') + text.slice(run.index + run[0].length)
}

/** Apply one operator; `other` is the second source for `splice`. */
export function applyMutation(m: Mutated, op: MutationOp, other: Mutated): Mutated {
  const lines = [...m.lines]
  const prov = [...m.prov]
  const i = pick(op.a, lines.length)
  switch (op.kind) {
    case 'truncate': {
      const keep = pick(op.a, lines.length + 1)
      const cut = lines.slice(0, keep)
      const cutProv = prov.slice(0, keep)
      // Half the time the last kept line is cut mid-way too (a log cut while being written).
      if (op.b % 2 === 1 && cut.length > 0) {
        const last = cut[cut.length - 1]!
        cut[cut.length - 1] = last.slice(0, pick(op.b, last.length + 1))
        cutProv[cut.length - 1] = null
      }
      return { lines: cut, prov: cutProv }
    }
    case 'drop':
      lines.splice(i, 1 + (op.b % 3))
      prov.splice(i, 1 + (op.b % 3))
      return { lines, prov }
    case 'duplicate': {
      const n = 1 + (op.b % 3)
      lines.splice(i, 0, ...lines.slice(i, i + n))
      prov.splice(i, 0, ...prov.slice(i, i + n))
      return { lines, prov }
    }
    case 'corrupt-number':
      if (lines.length === 0) return m
      lines[i] = replaceNumber(lines[i]!, op.b, op.a)
      if (lines[i] !== m.lines[i]) prov[i] = null
      return { lines, prov }
    case 'inject':
      if (lines.length === 0) return m
      lines[i] = insertAt(lines[i]!, op.fragment, (op.b % 1000) / 1000)
      prov[i] = null
      return { lines, prov }
    case 'junk-line':
      lines.splice(i, 0, op.fragment)
      prov.splice(i, 0, null)
      return { lines, prov }
    case 'splice': {
      const j = pick(op.b, other.lines.length + 1)
      return {
        lines: [...lines.slice(0, i), ...other.lines.slice(j)],
        prov: [...prov.slice(0, i), ...other.prov.slice(j)],
      }
    }
  }
}

/** The unmutated lines of source `src`. */
export function original(lines: readonly string[], src: number): Mutated {
  return { lines, prov: lines.map((_, idx) => ({ src, idx })) }
}

/** Join lines into file text with the given line ending. */
export function joinLines(lines: readonly string[], ending: LineEnding): string {
  if (lines.length === 0) return ''
  const sep = ending === 'crlf' ? '\r\n' : ending === 'cr' ? '\r' : '\n'
  return lines.join(sep) + (ending === 'lf-no-final' ? '' : sep)
}

/** True when original lines [from, to] of `src` stand in the mutated lines, verbatim and in a row. */
export function survives(m: Mutated, src: number, from: number, to: number): boolean {
  for (let p = 0; p + (to - from) < m.prov.length; p++) {
    let ok = true
    for (let k = 0; k <= to - from && ok; k++) {
      const pv = m.prov[p + k]
      ok = pv !== null && pv !== undefined && pv.src === src && pv.idx === from + k
    }
    if (ok) return true
  }
  return false
}

const junk: fc.Arbitrary<string> = fc.oneof(
  hostileFragment,
  fc.string({ maxLength: 60 }),
  fc.constantFrom('', ' ', 'kernel: ', '-- MARK --', '</pre><script>alert(1)</script>', '\x1b[31mred\x1b[0m'),
)

/** One mutation operator with its random parameters. */
export const mutationOp: fc.Arbitrary<MutationOp> = fc.record({
  kind: fc.constantFrom<MutationKind>(
    'truncate',
    'drop',
    'duplicate',
    'corrupt-number',
    'inject',
    'junk-line',
    'splice',
  ),
  a: fc.nat(),
  b: fc.nat(),
  fragment: junk,
})

export const lineEnding: fc.Arbitrary<LineEnding> = fc.constantFrom<LineEnding>('lf', 'crlf', 'cr', 'lf-no-final')
