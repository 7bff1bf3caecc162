// `npm run build` (also npm's `prepare`, so `npm install` leaves a working `npx oomlens`): the renderer
// (Vite, build/vite.renderer.config.ts → out/renderer), Electron main (esbuild → out/main/index.js,
// ESM like the package), the sandboxed preload (esbuild → one CommonJS file, out/preload/preload.cjs:
// a sandboxed preload cannot load ES modules or our files) and the `oomlens` command (esbuild →
// out/cli/oomlens.mjs and its chunks; `node build/build.mjs cli` builds only that).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import {
  CLI_SOURCES_FILE,
  cliBundle,
  cliWorkerBundle,
  mainBundle,
  mainWorkerBundle,
  preloadBundle,
} from './bundle-options.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const only = process.argv[2] // `electron` skips the renderer; `cli` builds only the command
const started = Date.now()

/** The command, and the list of our sources it was built from with the build's start time. */
async function buildCli() {
  const builtMs = Date.now()
  rmSync(`${root}out/cli`, { recursive: true, force: true })
  const result = await esbuild({ ...cliBundle, absWorkingDir: root })
  await esbuild({ ...cliWorkerBundle, absWorkingDir: root })
  const sources = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/'))
  mkdirSync(`${root}out/cli`, { recursive: true })
  writeFileSync(`${root}${CLI_SOURCES_FILE}`, JSON.stringify({ builtMs, sources }))
}

if (only === 'cli') {
  await buildCli()
  console.log(`build: out/cli/oomlens.mjs in ${Date.now() - started} ms`)
  process.exit(0)
}
if (only !== 'electron') {
  await viteBuild({ configFile: `${root}build/vite.renderer.config.ts`, logLevel: 'warn' })
}
rmSync(`${root}out/main`, { recursive: true, force: true })
rmSync(`${root}out/preload`, { recursive: true, force: true })
await esbuild({ ...mainBundle, absWorkingDir: root })
await esbuild({ ...mainWorkerBundle, absWorkingDir: root })
await esbuild({ ...preloadBundle, absWorkingDir: root })
await buildCli()
console.log(
  `build: out/renderer, out/main/index.js, out/preload/preload.cjs, out/cli/oomlens.mjs in ${Date.now() - started} ms`,
)
