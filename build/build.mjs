// `npm run build`: the renderer (Vite, build/vite.renderer.config.ts → out/renderer), Electron main
// (esbuild → out/main/index.js, ESM like the package) and the sandboxed preload (esbuild → one
// CommonJS file, out/preload/preload.cjs: a sandboxed preload cannot load ES modules or our files).
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const only = process.argv[2] // `node build/build.mjs electron` skips the renderer
const started = Date.now()

// Electron 45 embeds Node 22 and Chromium 142.
const common = { absWorkingDir: root, bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' }

if (only !== 'electron') {
  await viteBuild({ configFile: `${root}build/vite.renderer.config.ts`, logLevel: 'warn' })
}
rmSync(`${root}out/main`, { recursive: true, force: true })
rmSync(`${root}out/preload`, { recursive: true, force: true })
await esbuild({
  ...common,
  entryPoints: ['electron/main/app.ts'],
  outfile: 'out/main/index.js',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // npm dependencies stay require-able from node_modules in app.asar (electron-builder packs them).
  packages: 'external',
  external: ['electron'],
})
await esbuild({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  platform: 'browser',
  format: 'cjs',
  target: 'chrome142',
  external: ['electron'],
})
console.log(`build: out/renderer, out/main/index.js, out/preload/preload.cjs in ${Date.now() - started} ms`)
