// `npm run bench`: runs every test/bench/*.bench.ts in turn. Each exports a default async function
// that measures one thing and prints its figures; benchmarks are never part of `npm test`.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
for (const file of files) {
  console.log(`\n=== ${file}`)
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> }
  await mod.default()
}
