// `npm run fuzz`: every fuzz property at a large case budget (default 100,000 cases in total), then the
// linear-time checks. Prints per-property cases, seed and time, the known failures that fired, and a
// closing `fuzz: N passed, N failed` line (cases passed; failing properties and time checks).
//   npm run fuzz -- --cases 200000 --seed 12345 --only pipeline --no-linear
import { KNOWN_FAILURE_REPROS } from './known-failure-repros'
import { KNOWN_FAILURES, knownFailureHits } from './known-failures'
import { LINEAR_CASES, MAX_RATIO, measureLinear } from './linear-time'
import { FUZZ_SPECS, casesFor } from './properties'

interface Args {
  readonly cases: number
  readonly seed: number
  readonly only: string | null
  readonly linear: boolean
}

function parseArgs(argv: readonly string[]): Args {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const cases = Number(value('--cases') ?? 100_000)
  const seed = Number(value('--seed') ?? Math.floor(Math.random() * 2 ** 31))
  if (!Number.isSafeInteger(cases) || cases <= 0 || !Number.isSafeInteger(seed)) {
    console.error('usage: npm run fuzz -- [--cases N] [--seed S] [--only TEXT] [--no-linear]')
    process.exit(2)
  }
  return { cases, seed, only: value('--only') ?? null, linear: !argv.includes('--no-linear') }
}

const args = parseArgs(process.argv.slice(2))
const started = performance.now()
const specs = FUZZ_SPECS.filter((s) => args.only === null || s.name.includes(args.only))
let passed = 0
let failed = 0
let total = 0
console.log(
  `fuzz: ${specs.length} properties, ${args.cases} cases budget, seed ${args.seed} (replay: npm run fuzz -- --seed ${args.seed} --cases ${args.cases})`,
)
specs.forEach((spec) => {
  // Offset by the spec's place in the full list, so `--only` replays a spec with the same seed.
  const seed = args.seed + FUZZ_SPECS.indexOf(spec)
  const outcome = spec.run(casesFor(spec, args.cases), seed)
  total += outcome.numRuns
  const status = outcome.failed ? 'FAILED' : 'ok'
  console.log(
    `${status.padEnd(6)} ${String(outcome.numRuns).padStart(7)} cases  seed ${seed}  ${(outcome.millis / 1000).toFixed(1).padStart(6)} s  ${spec.name}`,
  )
  if (outcome.failed) {
    failed += 1
    passed += outcome.numRuns - 1
    console.log(outcome.report.replace(/^/gm, '         '))
  } else passed += outcome.numRuns
})

if (args.linear && args.only === null) {
  console.log(`linear time (time at 2n / time at n, must be ≤ ${MAX_RATIO}):`)
  for (const c of LINEAR_CASES) {
    const r = measureLinear(c, c.size ?? 1_000_000)
    if (!r.ok) failed += 1
    const line = `${r.ok ? 'ok' : 'FAILED'}`.padEnd(6)
    console.log(
      `${line} n=${r.size}: ${r.millis.toFixed(1)} ms, 2n: ${r.millis2x.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}  ${r.name}`,
    )
  }
}

console.log(
  'known failures (violations excused in this run; whether the minimal repro still fails — remove the entry if not):',
)
for (const [id, hits] of knownFailureHits()) {
  const k = KNOWN_FAILURES.find((x) => x.id === id)
  const repro = KNOWN_FAILURE_REPROS[id]
  const still = repro ? (repro() ? 'repro fails' : 'REPRO PASSES (fixed? remove the entry)') : 'no repro'
  console.log(`  ${String(hits).padStart(6)} excused  ${still.padEnd(12)}  ${id}  [${k?.owner ?? ''}]`)
}
console.log(`fuzz: ${total} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`)
console.log(`fuzz: ${passed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1
