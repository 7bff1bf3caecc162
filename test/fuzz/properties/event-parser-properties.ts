// The streaming event parser fed several inputs at once: lines of two files interleaved in any
// order must give each file the reports it gives alone (the parser keeps its state per path).
import fc from 'fast-check'
import type { MemEvent } from '../../../shared/event/types'
import { createEventParser, orderEvents } from '../../../shared/parse'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { eventKey, kernelText } from './pipeline-properties'

function interleaved(a: readonly string[], b: readonly string[], picks: readonly boolean[]): MemEvent[] {
  const events: MemEvent[] = []
  const parser = createEventParser({ onEvent: (e) => events.push(e), onIssue: () => {}, yearHint: () => 2024 })
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length || j < b.length) {
    const takeA = j >= b.length || (i < a.length && (picks[k++ % Math.max(1, picks.length)] ?? true))
    if (takeA) parser.push({ path: 'a.log', line: i + 1, text: a[i++]! })
    else parser.push({ path: 'b.log', line: j + 1, text: b[j++]! })
  }
  parser.finish()
  return orderEvents(events)
}

/** Interleaving two inputs line by line changes neither input's reports. */
export const interleavedInputs: FuzzSpec = defineFuzz(
  'parse: two inputs interleaved give each its own reports',
  1.5,
  fc.tuple(kernelText, kernelText, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 })),
  ([ta, tb, picks]) => {
    const lines = (t: string): string[] => {
      const l = t.split('\n')
      if (l[l.length - 1] === '') l.pop()
      return l
    }
    const { value, violation } = catchThrow('no-throw', () => interleaved(lines(ta), lines(tb), picks))
    if (!value) return violation ? [violation] : []
    const out: Violation[] = []
    // Alone through the same streaming parser (parseText would first try the text as a proc snapshot).
    for (const [path, own] of [
      ['a.log', lines(ta)],
      ['b.log', lines(tb)],
    ] as const) {
      const alone = interleaved(path === 'a.log' ? own : [], path === 'b.log' ? own : [], picks)
        .map(eventKey)
        .sort()
      const mixed = value
        .filter((e) => e.path === path)
        .map(eventKey)
        .sort()
      if (JSON.stringify(alone) !== JSON.stringify(mixed)) {
        out.push({
          check: 'interleaving-changed-reports',
          detail: `${path}: alone ${alone.length} [${alone[0] ?? ''}], interleaved ${mixed.length} [${mixed[0] ?? ''}]`,
        })
      }
    }
    return out
  },
)
