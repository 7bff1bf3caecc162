import { runInNewContext } from 'node:vm'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs build script without type declarations
import { preloadBundle } from '../../../build/bundle-options.mjs'
import { API_EVENTS, API_LOCAL, API_METHODS } from '../../../shared/api/methods'

/** The preload exactly as `npm run build` bundles it, in memory. */
async function bundledPreload(): Promise<string> {
  const result = await build({ ...preloadBundle, outfile: 'preload.cjs', write: false, sourcemap: false })
  const file = result.outputFiles?.[0]
  if (!file) throw new Error('esbuild wrote nothing')
  return file.text
}

describe('preload bundle', () => {
  it('runs as one CommonJS file whose only require is electron, as a sandboxed preload must', async () => {
    const code = await bundledPreload()
    const required: string[] = []
    const exposed: Record<string, Record<string, unknown>> = {}
    const electron = {
      contextBridge: { exposeInMainWorld: (k: string, v: Record<string, unknown>) => (exposed[k] = v) },
      ipcRenderer: { invoke: async () => null, on: () => undefined, removeListener: () => undefined },
      webUtils: { getPathForFile: () => '' },
    }
    // The sandbox's require knows `electron` (and a few polyfills we do not use); nothing else exists.
    const sandboxRequire = (id: string) => {
      required.push(id)
      if (id === 'electron') return electron
      throw new Error(`module not found in the sandbox: ${id}`)
    }
    const module = { exports: {} }
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports })
    expect(required).toEqual(['electron'])
    expect(Object.keys(exposed)).toEqual(['oomlens'])
    expect(Object.keys(exposed.oomlens ?? {}).sort()).toEqual([...API_METHODS, ...API_EVENTS, ...API_LOCAL].sort())
    expect(code).not.toMatch(/\bimport\s*[({]|\bexport\s/)
  })
})
