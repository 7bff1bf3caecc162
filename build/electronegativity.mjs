// `node build/electronegativity.mjs [folder]` (CI): @doyensec/electronegativity over electron/,
// failing on any HIGH or MEDIUM finding and on any file the tool could not parse — a dropped file
// loses its findings and its guards (ARCHITECTURE §4), so a parse error is a failure.
//
// This calls the tool's own runner rather than `npx @doyensec/electronegativity -i electron -o x.csv`:
// with `-o` the CLI computes the parse errors and then silently drops them (index.js sets
// forCli = !output, and runner.js prints errors only for forCli), and without `-o` it prints a table
// meant for eyes. The runner returns both findings and parse errors as data.
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const input = resolve(root, process.argv[2] ?? 'electron') // another folder only to check this script
process.env.LANG = 'en_US.UTF-8'
const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity/dist/runner.js')

let result
try {
  result = await run({ input, isRelative: true }, false)
} catch (err) {
  console.log(`electronegativity: the tool failed: ${err?.stack ?? err}`)
  console.log('electronegativity: 0 passed, 1 failed')
  process.exit(1)
}
const { issues, errors } = result
const severity = (i) => i.severity?.name ?? String(i.severity)
const blocking = issues.filter((i) => ['HIGH', 'MEDIUM'].includes(severity(i)))
for (const i of issues) {
  const where = `${i.file}:${i.location?.line ?? 0}:${i.location?.column ?? 0}`
  console.log(`${severity(i).padEnd(13)} ${i.id} ${where} — ${String(i.description).slice(0, 100)}`)
}
for (const e of errors) console.log(`PARSE ERROR   ${e.file}: ${e.message}${e.tolerable ? ' (tolerable)' : ''}`)
const count = (s) => issues.filter((i) => severity(i) === s).length
console.log(
  `electronegativity: ${issues.length} finding(s) in ${input}: ${count('HIGH')} high, ${count('MEDIUM')} medium, ` +
    `${issues.length - count('HIGH') - count('MEDIUM')} lower; ${errors.length} parse error(s)`,
)
const failed = blocking.length > 0 || errors.length > 0
console.log(`electronegativity: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`)
process.exit(failed ? 1 : 0)
