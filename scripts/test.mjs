// `npm test`: every test we have, with one closing line CI can read.
//   1. Vitest: core, corpus, host services, CLI, renderer components (node + happy-dom).
//   2. Playwright: the workbench end to end in Debian's Chromium, served by `oomlens serve`.
// Ends with "N passed, N failed" (vitest's and Playwright's own summaries are not read by CI).
// Arguments after `--` go to vitest only (e.g. `npm test -- test/shared`), and then e2e is skipped.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'

const args = process.argv.slice(2)
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
mkdirSync('test-results', { recursive: true })
let passed = 0
let failed = 0
const notes = []

const run = (cmd, argv, env = {}) =>
  spawnSync(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1

rmSync('test-results/vitest.json', { force: true })
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
  ...args,
])
try {
  const v = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  passed += v.numPassedTests
  failed += v.numFailedTests
  // A suite that fails to load has no failed test but is a failure all the same.
  if (vitestStatus !== 0 && v.numFailedTests === 0) {
    failed += 1
    notes.push('vitest exited non-zero (a file failed to load?)')
  }
} catch {
  failed += 1
  notes.push('vitest produced no report')
}

if (args.length === 0) {
  if (!existsSync(chromium)) {
    failed += 1
    notes.push(
      `e2e not run: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH; .ci/run installs it)`,
    )
  } else {
    const build = run('npm', ['run', '-s', 'build'])
    if (build !== 0) {
      failed += 1
      notes.push('build failed, so e2e could not run')
    } else {
      rmSync('test-results/e2e.json', { force: true })
      run('npx', ['playwright', 'test', '-c', 'build/playwright.config.ts', '--reporter=list,json'], {
        // Absolute: Playwright resolves a relative name against the config's folder (build/).
        PLAYWRIGHT_JSON_OUTPUT_NAME: resolve('test-results/e2e.json'),
        CHROMIUM_PATH: chromium,
      })
      try {
        const e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats
        passed += e.expected + e.flaky
        failed += e.unexpected
      } catch {
        failed += 1
        notes.push('playwright produced no report')
      }
    }
  }
}
for (const n of notes) console.log(`note: ${n}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)
