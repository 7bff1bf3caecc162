import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Run from TypeScript sources (tsx, vitest) or from a bundle (the built CLI, Electron main), where each worker is a file beside it. */
const FROM_SOURCE = import.meta.url.endsWith('.ts')

/** The URL of a worker module that sits beside this one: `name.ts` from sources, `name.mjs` in a bundle. */
export function workerUrl(name: string): URL {
  return new URL(FROM_SOURCE ? `./${name}.ts` : `./${name}.mjs`, import.meta.url)
}

/** True when the worker's file is there (a bundle built without it runs the work in its own thread). */
export function workerExists(url: URL): boolean {
  return existsSync(fileURLToPath(url))
}

/**
 * The `eval` script that starts a worker module. From sources the worker first registers tsx's
 * loader, which a worker does not inherit from `--import tsx` on Node 20. Throws when tsx cannot be
 * found; the caller then does the work in its own thread.
 */
export function bootScript(url: URL): string {
  const body = JSON.stringify(url.href)
  if (!FROM_SOURCE) return `import(${body})`
  const cjsApi = createRequire(import.meta.url).resolve('tsx/esm/api')
  const esmApi = pathToFileURL(cjsApi.replace(/index\.cjs$/, 'index.mjs')).href
  return `import(${JSON.stringify(esmApi)}).then((tsx) => { tsx.register(); return import(${body}) })`
}
