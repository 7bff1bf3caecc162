// esbuild options for the Electron and CLI bundles, shared by build.mjs and the bundle tests.
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

/**
 * The worker threads, each one file beside every bundle that may start it (electron/node/input/
 * worker-boot.ts looks for `<name>.mjs` next to its own code): the xz/zstd/bzip2 fallback decoder, and
 * the parser that parses and analyses a large case beside the reading thread.
 */
const workers = {
  ...common,
  entryPoints: {
    'decompress-worker': 'electron/node/input/decompress-worker.ts',
    'parse-worker': 'electron/node/input/parse-worker.ts',
  },
  outExtension: { '.js': '.mjs' },
  platform: 'node',
  format: 'esm',
  packages: 'external',
}

export const mainWorkerBundle = { ...workers, outdir: 'out/main', target: 'node22' }

/**
 * The `oomlens` command: ESM for Node 20, npm dependencies required from node_modules at run time,
 * each subcommand a chunk loaded only when it runs (so `oomlens --help` loads the parser and little
 * else). bin/oomlens.mjs runs it when it is newer than every source it was built from.
 */
export const cliBundle = {
  ...common,
  entryPoints: { oomlens: 'electron/cli/oomlens.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  metafile: true,
}

export const cliWorkerBundle = { ...workers, outdir: 'out/cli', target: 'node20' }

/** Where the CLI bundle records the sources it was built from (bin/oomlens.mjs reads it). */
export const CLI_SOURCES_FILE = 'out/cli/sources.json'
