// esbuild options for the two Electron bundles, shared by build.mjs and the preload bundle test.
/** Electron 45 embeds Node 22 and Chromium 142. */
const common = { bundle: true, sourcemap: true, logLevel: 'warning', legalComments: 'none' }

/** Electron main: ESM like the package; npm dependencies stay require-able from app.asar's node_modules. */
export const mainBundle = {
  ...common,
  entryPoints: ['electron/main/app.ts'],
  outfile: 'out/main/index.js',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  packages: 'external',
  external: ['electron'],
}

/** The sandboxed preload: one CommonJS file whose only `require` is `electron`. */
export const preloadBundle = {
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'out/preload/preload.cjs',
  platform: 'browser',
  format: 'cjs',
  target: 'chrome142',
  external: ['electron'],
}
