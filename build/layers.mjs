// The one layering table (ARCHITECTURE.md §2): which environment may import what, and the floors of
// the core. eslint.config.js generates its import zones from it (`eslintLayerBlocks`) and
// `npm run check:layers` (check-layers.mjs) checks every import, the import cycles of shared/ and the
// patterns below against it. Change the rules here and nowhere else.
import { posix } from 'node:path'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'zlib',
  'child_process',
  'stream',
  'worker_threads',
  'http',
  'crypto',
]
const UI_LIBRARIES = ['vue', 'pinia', 'chart.js', 'chartjs-plugin-*', 'vue-chartjs', 'vue-i18n']

/**
 * The core's floors, lowest first. A folder of `shared/` may import the folders of lower floors only:
 * not its own floor's neighbours, not a floor above. `usedOnlyBy` narrows who may import a folder.
 */
export const CORE_ROOT = 'shared'
export const CORE_FLOORS = [
  { folders: ['base', 'i18n'], why: 'source positions, issues, text helpers, words: they need nothing else' },
  {
    folders: ['event', 'kernel'],
    why: 'the parsed data (MemEvent, Snapshot) and the kernel as cited code: the ground floor',
  },
  { folders: ['parse'], why: 'text → events and snapshots' },
  { folders: ['model'], why: 'the replay of the kernel over the parsed data' },
  { folders: ['diagnose'], why: 'findings read the model' },
  { folders: ['analysis'], why: 'one case: parse results → model + diagnosis' },
  { folders: ['report', 'contract'], why: 'what an analysis is shown as: documents, charts, the JSON contract' },
  { folders: ['api'], why: 'the app API over all of it' },
]
export const USED_ONLY_BY = {
  kernel: {
    folders: ['model'],
    why: 'kernel rules live in shared/kernel and shared/model only; everything else reads the model',
  },
}

/** Environments: what runs where, and what each may not import (packages by name, folders by path). */
export const ENVIRONMENTS = [
  {
    folder: 'shared',
    denyPackages: [...NODE_BUILTINS, 'electron', ...UI_LIBRARIES],
    denyFolders: ['electron', 'renderer'],
    why: 'shared/ is the pure core: it may import only shared/** (no Node, DOM, Electron or UI libraries)',
  },
  {
    folder: 'renderer',
    denyPackages: [...NODE_BUILTINS, 'electron'],
    denyFolders: ['electron'],
    why: 'the renderer talks to the host only through window.oomlens (src/api/client.ts): never Node or Electron',
  },
  ...['electron/node', 'electron/cli', 'electron/bridge'].map((folder) => ({
    folder,
    denyPackages: ['electron'],
    denyFolders: ['electron/main', 'electron/preload', 'renderer'],
    why: 'electron/node, cli and bridge run without Electron: they may import shared/** and Node only',
  })),
  {
    folder: 'electron/preload',
    denyPackages: NODE_BUILTINS,
    denyFolders: [
      'electron/node',
      'electron/main',
      'electron/cli',
      'electron/bridge',
      'renderer',
      ...CORE_FLOORS.flatMap((f) => f.folders)
        .filter((f) => f !== 'api')
        .map((f) => `${CORE_ROOT}/${f}`),
    ],
    why: 'the sandboxed preload may import only shared/api and electron (contextBridge, ipcRenderer, webUtils)',
  },
]

/**
 * Reviewed exceptions to the floors: [file, imported file, type-only?, reason]. Each is removed when its
 * reason is gone; check:layers fails on one that no longer matches an import.
 */
export const IMPORT_EXCEPTIONS = []

/** Import cycles of shared/ that are allowed: type-only ones, named by their files. */
export const TYPE_CYCLE_EXCEPTIONS = [
  {
    files: ['shared/parse/apply-line.ts', 'shared/parse/report-assembler.ts'],
    reason:
      'the assembler hands itself to applyLine as an AssemblerSink: an interface declared beside its implementation, no runtime cycle',
  },
]

/**
 * Things a folder's code must not contain. shared/diagnose reads the model: kernel constants (gfp bit
 * values) and kernel-version logic belong to shared/kernel and shared/model.
 */
export const PATTERN_RULES = [
  {
    folder: 'shared/diagnose',
    patterns: [
      { re: /\b0[xX][0-9a-fA-F]+\b/, what: 'a hex literal (a gfp bit or mask value is a kernel constant)' },
      { re: /\\d[+*]?\)?\\\.\(?\\d/, what: 'a version regex (digits, a dot, digits)' },
      {
        re: /\b(?:KERNEL_VERSION|atLeast|versionAtLeast|v)\s*\(\s*(?:[\w.]+\s*,\s*)?\d+\s*,\s*\d+/,
        what: 'a kernel-version comparison (KERNEL_VERSION-style major/minor literals)',
      },
      {
        re: /kernelVersion\s*[)\]]?\s*\.|\b(?:parseKernelVersion|kernelMajorMinor)\b/,
        what: 'kernel version parsing (the model says what a version implies)',
      },
      { re: /\[\s*'DMA'\s*,\s*'DMA32'\s*,\s*'Normal'/, what: "a zone-order table (the zonelist is the model's)" },
      {
        re: /Math\.floor\(\s*\(?\s*\w*(?:min|mark)\w*[^)]*\/\s*[24]\s*\)/i,
        what: 'a watermark reduction (ALLOC_HIGH / ALLOC_HARDER belong to the allocation replay)',
      },
      { re: /Math\.sqrt/, what: "the min_free_kbytes formula (init_per_zone_wmark_min is the model's)" },
      {
        re: /\b(?:PAGE_ALLOC_)?COSTLY_ORDER\b|\bpageblock\w*\s*=\s*\d|\bMAX_ORDER\b/i,
        what: 'a costly-order or pageblock constant',
      },
      { re: /lowmemReserve\??\.\[/, what: 'lowmem_reserve indexing (the zone verdicts carry the protection)' },
    ],
    why: 'no kernel constants or version parsing in shared/diagnose: ask the model (shared/kernel via shared/model)',
    exceptions: [],
  },
]

/** The floor number of a `shared/<folder>`, or null for a file outside the core's folders. */
export function coreFolderOf(repoPath) {
  const [root, folder] = repoPath.split('/')
  if (root !== CORE_ROOT || folder === undefined) return null
  return CORE_FLOORS.some((f) => f.folders.includes(folder)) ? folder : null
}

function floorOf(folder) {
  return CORE_FLOORS.findIndex((f) => f.folders.includes(folder))
}

/** Why `from` (a core folder) may not import `to` (a core folder), or null when it may. */
export function coreDenial(from, to) {
  if (from === to) return null
  const only = USED_ONLY_BY[to]
  if (only && !only.folders.includes(from))
    return `shared/${to} is used only by ${only.folders.join(', ')}: ${only.why}`
  const [a, b] = [floorOf(from), floorOf(to)]
  if (b < a) return null
  return b === a
    ? `shared/${from} and shared/${to} are on one floor and may not import each other (${CORE_FLOORS[a].why})`
    : `shared/${from} may not import shared/${to}, a floor above it (${CORE_FLOORS[b].why})`
}

/** The environment a repo path belongs to (the most specific folder), or null. */
export function environmentOf(repoPath) {
  return (
    ENVIRONMENTS.filter((e) => repoPath.startsWith(`${e.folder}/`)).sort(
      (x, y) => y.folder.length - x.folder.length,
    )[0] ?? null
  )
}

/** Text as a literal inside a regex. */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A package pattern (`name`: the package and its subpaths; `prefix*`: every name with that prefix) as a regex source. */
export function packageRegex(pattern) {
  return pattern.endsWith('*') ? `^${escape(pattern.slice(0, -1))}` : `^${escape(pattern)}(/|$)`
}

/** Whether a bare import specifier names one of `patterns` (see packageRegex). */
export function matchesPackage(spec, patterns) {
  return patterns.some((p) => new RegExp(packageRegex(p)).test(spec))
}

/** Every folder that is denied to files below `source`, with the reason: environment and core rules. */
function deniedFolders(source) {
  const env = environmentOf(`${source}/x`)
  const out = (env?.denyFolders ?? []).map((folder) => ({ folder, why: env.why }))
  const core = coreFolderOf(`${source}/x`)
  if (core) {
    for (const floor of CORE_FLOORS)
      for (const to of floor.folders) {
        const why = coreDenial(core, to)
        if (why) out.push({ folder: `${CORE_ROOT}/${to}`, why })
      }
  }
  return out
}

/**
 * ESLint flat-config blocks for `no-restricted-imports`, one per source folder and depth below it (a
 * relative import names another folder with as many `../` as the file is deep), then one per exception
 * file. Later blocks replace the rule's options of earlier ones, so each carries its full list.
 */
export function eslintLayerBlocks(maxDepth = 8) {
  const sources = [
    ...ENVIRONMENTS.map((e) => e.folder),
    ...CORE_FLOORS.flatMap((f) => f.folders.map((folder) => `${CORE_ROOT}/${folder}`)),
  ]
  const blocks = []
  const patternsFor = (source, depth, relaxed = []) => {
    const env = environmentOf(`${source}/x`)
    const dir = posix.join(source, ...Array.from({ length: depth - 1 }, () => 'x'))
    return [
      ...(env?.denyPackages ?? []).map((p) => ({ regex: packageRegex(p), message: env.why })),
      ...deniedFolders(source).map(({ folder, why }) => ({
        regex: `^${escape(posix.relative(dir, folder))}(/|$)`,
        message: why,
        ...(relaxed.includes(folder) ? { allowTypeImports: true } : {}),
      })),
    ]
  }
  for (const source of sources)
    for (let depth = 1; depth <= maxDepth; depth++)
      blocks.push({
        files: [`${source}/${'*/'.repeat(depth - 1)}*.{ts,vue,mjs,js}`],
        rules: { 'no-restricted-imports': ['error', { patterns: patternsFor(source, depth) }] },
      })
  for (const ex of IMPORT_EXCEPTIONS) {
    const source = ex.file.split('/').slice(0, 2).join('/')
    const depth = ex.file.split('/').length - 2
    const target = ex.imports.split('/').slice(0, 2).join('/')
    // ESLint cannot single out one import of a file: it relaxes the folder for type imports only.
    if (ex.typeOnly)
      blocks.push({
        files: [ex.file],
        rules: { 'no-restricted-imports': ['error', { patterns: patternsFor(source, depth, [target]) }] },
      })
  }
  return blocks
}
