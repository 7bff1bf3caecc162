// `npm run build`: the renderer (Vite, build/vite.renderer.config.ts → out/renderer), Electron main
// (esbuild → out/main/index.js, ESM like the package) and the sandboxed preload (esbuild → one
// CommonJS file, out/preload/preload.cjs: a sandboxed preload cannot load ES modules or our files).
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build as esbuild } from 'esbuild'
import { build as viteBuild } from 'vite'
import { mainBundle, preloadBundle } from './bundle-options.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const only = process.argv[2] // `node build/build.mjs electron` skips the renderer
const started = Date.now()

if (only !== 'electron') {
  await viteBuild({ configFile: `${root}build/vite.renderer.config.ts`, logLevel: 'warn' })
}
rmSync(`${root}out/main`, { recursive: true, force: true })
rmSync(`${root}out/preload`, { recursive: true, force: true })
await esbuild({ ...mainBundle, absWorkingDir: root })
await esbuild({ ...preloadBundle, absWorkingDir: root })
console.log(`build: out/renderer, out/main/index.js, out/preload/preload.cjs in ${Date.now() - started} ms`)
