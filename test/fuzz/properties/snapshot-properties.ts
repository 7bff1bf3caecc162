// Every proc snapshot parser fed mutated real snapshots and arbitrary text (also text of the wrong
// kind), and whole cases of snapshots through analyzeCase and the contract serialiser.
import fc from 'fast-check'
import { basename } from 'node:path'
import type { ParseIssue } from '../../../shared/base/issue'
import { analyzeCase } from '../../../shared/analysis/analyze-case'
import type { Snapshot, SnapshotKind } from '../../../shared/event/types'
import { detectSnapshotKind, parseSnapshot } from '../../../shared/parse'
import { toAnalysisJson } from '../../../shared/contract/to-analysis-json'
import { corpusProcFiles } from './corpus-inputs'
import { catchThrow, defineFuzz, type FuzzSpec, type Violation } from './fuzz-spec'
import { anyText } from './hostile-text'
import { checkContract, checkFindings, checkIssues, firstDifference, nonFiniteNumbers } from './invariants'
import { applyMutation, joinLines, lineEnding, mutationOp, original, type Mutated, type MutationOp } from './mutations'
import { unsafeIntegers } from './run-pipeline'

const KINDS: readonly SnapshotKind[] = [
  'meminfo',
  'zoneinfo',
  'buddyinfo',
  'pagetypeinfo',
  'vmstat',
  'slabinfo',
  'sysctl',
]

interface SnapshotInput {
  readonly path: string
  readonly text: string
  readonly kind: SnapshotKind
}

function mutate(lines: readonly string[], ops: readonly MutationOp[], other: readonly string[]): string[] {
  let m: Mutated = original(lines, 0)
  for (const op of ops) m = applyMutation(m, op, original(other, 1))
  return [...m.lines]
}

/** A real snapshot file (mutated) or arbitrary text, handed to the parser of its own kind or of any kind. */
const snapshotInput: fc.Arbitrary<SnapshotInput> = fc
  .tuple(
    fc.nat(),
    fc.nat(),
    fc.array(mutationOp, { maxLength: 3 }),
    lineEnding,
    fc.constantFrom(...KINDS),
    fc.boolean(),
    fc.array(anyText, { maxLength: 10 }),
  )
  .map(([i, j, ops, ending, anyKind, ownKind, junk]) => {
    const files = corpusProcFiles()
    const file = files[i % files.length]
    if (!file || (ops.length === 0 && junk.length > 0 && !ownKind)) {
      return { path: 'junk', text: joinLines(junk, ending), kind: anyKind }
    }
    const lines = file.text.split('\n')
    const text = joinLines(mutate(lines, ops, (files[j % files.length]?.text ?? '').split('\n')), ending)
    const own = detectSnapshotKind(lines.slice(0, 8), basename(file.name))
    return { path: file.name, text, kind: ownKind && own ? own : anyKind }
  })

function snapshotChecks(s: Snapshot | null, input: SnapshotInput, issues: readonly ParseIssue[]): Violation[] {
  const out = checkIssues(issues, input.text.split('\n'))
  if (s === null) return out
  if (s.kind !== input.kind || s.path !== input.path)
    out.push({ check: 'snapshot-kind', detail: `${s.kind} ${s.path}` })
  const bad = nonFiniteNumbers(s.data)
  if (bad.length > 0) out.push({ check: 'numbers-finite', detail: `${input.path} ${bad.slice(0, 3).join(', ')}` })
  const unsafe = unsafeIntegers(s.data)
  if (unsafe.length > 0) out.push({ check: 'unsafe-integer', detail: `${input.path} ${unsafe.slice(0, 3).join(', ')}` })
  const diff = firstDifference(s, JSON.parse(JSON.stringify(s)))
  if (diff !== '') out.push({ check: 'json-round-trip', detail: `${input.path} snapshot ${diff}` })
  return out
}

/** No snapshot parser throws, whatever it is fed; its data is plain JSON with finite numbers. */
export const snapshotParsers: FuzzSpec = defineFuzz(
  'proc: every snapshot parser on mutated and arbitrary input',
  5,
  snapshotInput,
  (input) => {
    const issues: ParseIssue[] = []
    const { value, violation } = catchThrow('no-throw', () =>
      parseSnapshot(input.path, input.kind, input.text, (i) => issues.push(i), basename(input.path)),
    )
    if (violation) return [violation]
    return snapshotChecks(value, input, issues)
  },
)

/** Content detection never throws, and a snapshot whose first lines survived is still recognised as its kind. */
export const snapshotDetection: FuzzSpec = defineFuzz(
  'proc: detectSnapshotKind on mutated and arbitrary input',
  8,
  fc.tuple(fc.nat(), fc.array(mutationOp, { maxLength: 3 }), fc.array(anyText, { maxLength: 8 })),
  ([i, ops, junk]) => {
    const files = corpusProcFiles()
    const file = files[i % files.length]!
    const lines = file.text.split('\n')
    const hint = basename(file.name)
    const head = lines.slice(0, 10)
    // Only what follows the first ten lines is mutated (short sysctl files stay whole).
    const mutated = lines.length > 10 ? [...head, ...mutate(lines.slice(10), ops, lines)] : lines
    const junkKind = catchThrow('no-throw', () => detectSnapshotKind(junk, 'junk'))
    if (junkKind.violation) return [junkKind.violation]
    const want = detectSnapshotKind(head, hint)
    const got = catchThrow('no-throw', () => detectSnapshotKind(mutated.slice(0, 8), hint))
    if (got.violation) return [got.violation]
    return got.value === want ? [] : [{ check: 'snapshot-detected', detail: `${file.name}: ${got.value} want ${want}` }]
  },
)

/** A case of several mutated snapshots goes through analyzeCase (snapshot rules, trends) and the contract. */
export const snapshotCase: FuzzSpec = defineFuzz(
  'pipeline: a case of mutated snapshots through analyzeCase and the contract',
  2,
  fc.array(snapshotInput, { minLength: 1, maxLength: 4 }),
  (inputs) => {
    const issues: ParseIssue[] = []
    const snapshots = inputs.flatMap((input, k) => {
      const s = parseSnapshot(`${k}/${input.path}`, input.kind, input.text, (i) => issues.push(i), basename(input.path))
      return s ? [s] : []
    })
    const parsed = {
      inputs: inputs.map((x, k) => ({ path: `${k}/${x.path}`, kind: x.kind, bytes: x.text.length })),
      events: [],
      snapshots,
      issues,
    }
    const analysed = catchThrow('analyze-no-throw', () => analyzeCase(parsed, { lang: 'en', whatIf: null }))
    if (!analysed.value) return [analysed.violation!]
    const texts = new Map(inputs.map((x, k) => [`${k}/${x.path}`, x.text.split('\n')]))
    const linesOf = (p: string): readonly string[] | undefined => texts.get(p)
    const out = checkFindings(analysed.value.caseFindings, linesOf)
    const json = catchThrow('serialise-no-throw', () => toAnalysisJson(analysed.value!))
    if (json.violation) return [...out, json.violation]
    return [...out, ...checkContract(json.value, linesOf)]
  },
)
