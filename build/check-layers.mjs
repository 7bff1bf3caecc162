// `npm run check:layers`: every import of shared/, renderer/ and electron/ against the one layering
// table (build/layers.mjs, which also generates the ESLint zones), the import cycles of shared/, and
// the pattern rules. A plain scan that resolves relative imports to files, independent of ESLint.
// Prints every violation with file and line, then the numbers; exit 1 if anything is wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, posix, relative, sep } from 'node:path'
import {
  CORE_FLOORS,
  CORE_ROOT,
  IMPORT_EXCEPTIONS,
  PATTERN_RULES,
  TYPE_CYCLE_EXCEPTIONS,
  coreDenial,
  coreFolderOf,
  environmentOf,
  matchesPackage,
} from './layers.mjs'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const rel = (p) => relative(root, p).split(sep).join('/')

const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (/\.(ts|vue|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) files.push(rel(p))
  }
}
for (const top of ['shared', 'renderer', 'electron']) walk(join(root, top))

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s+['"]([^'"]+)['"]/
const BARE = /^\s*import\s*['"]([^'"]+)['"]/
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g

/** `{ a, type B }` where every name is `type X`: the import brings types only. */
const allTypeNames = (clause) => {
  const m = /^\{([^}]*)\}$/.exec(clause.trim())
  const names = m
    ? m[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
  return names.length > 0 && names.every((n) => n.startsWith('type '))
}

/** Imports of a file: { line, spec, typeOnly }. */
function importsOf(file) {
  const out = []
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const s = STATIC.exec(text)
      if (s) out.push({ line: i + 1, spec: s[4], typeOnly: Boolean(s[2]) || allTypeNames(s[3]) })
      const b = BARE.exec(text)
      if (b) out.push({ line: i + 1, spec: b[1], typeOnly: false })
      for (const d of text.matchAll(DYNAMIC)) out.push({ line: i + 1, spec: d[1], typeOnly: false })
    })
  return out
}

/** The repo file a relative specifier names, or its repo path when no such file exists. */
function resolve(file, spec) {
  const base = posix.normalize(posix.join(posix.dirname(file), spec))
  for (const candidate of [base, `${base}.ts`, `${base}.vue`, `${base}.mjs`, `${base}/index.ts`])
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate
  return base
}

const violations = []
const fail = (where, message) => violations.push(`${where}: ${message}`)
const usedImportExceptions = new Set()
const graph = new Map() // shared file → [{ to, typeOnly }]
let importCount = 0

for (const file of files) {
  const env = environmentOf(file)
  const from = coreFolderOf(file)
  if (file.startsWith(`${CORE_ROOT}/`) && file.split('/').length > 2 && from === null)
    fail(
      file,
      `shared/${file.split('/')[1]} is not in the layering table (build/layers.mjs CORE_FLOORS): give it a floor`,
    )
  const edges = []
  for (const { line, spec, typeOnly } of importsOf(file)) {
    importCount++
    const where = `${file}:${line}`
    if (!spec.startsWith('.')) {
      if (env && matchesPackage(spec, env.denyPackages)) fail(where, `imports '${spec}' — ${env.why}`)
      continue
    }
    const target = resolve(file, spec)
    const denied = env?.denyFolders.find((f) => target === f || target.startsWith(`${f}/`))
    if (denied) fail(where, `imports '${spec}' — ${env.why}`)
    const to = coreFolderOf(target)
    if (from && to) {
      const why = coreDenial(from, to)
      const ex = IMPORT_EXCEPTIONS.find((e) => e.file === file && e.imports === target && (typeOnly || !e.typeOnly))
      if (why && ex) usedImportExceptions.add(ex)
      else if (why) fail(where, `imports '${spec}' — ${why}`)
    }
    if (file.startsWith(`${CORE_ROOT}/`) && target.startsWith(`${CORE_ROOT}/`)) edges.push({ to: target, typeOnly })
  }
  if (file.startsWith(`${CORE_ROOT}/`)) graph.set(file, edges)
}
for (const ex of IMPORT_EXCEPTIONS)
  if (!usedImportExceptions.has(ex))
    fail('build/layers.mjs', `the exception ${ex.file} → ${ex.imports} matches no import any more: remove it`)

/** Strongly connected components with more than one file (or a file importing itself): Tarjan. */
function cycles(valueOnly) {
  let index = 0
  const stack = []
  const onStack = new Set()
  const idx = new Map()
  const low = new Map()
  const out = []
  const next = (v) => (graph.get(v) ?? []).filter((e) => !valueOnly || !e.typeOnly).map((e) => e.to)
  const visit = (v) => {
    idx.set(v, index)
    low.set(v, index++)
    stack.push(v)
    onStack.add(v)
    for (const w of next(v)) {
      if (!idx.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v), low.get(w)))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)))
    }
    if (low.get(v) !== idx.get(v)) return
    const scc = []
    let w
    do {
      w = stack.pop()
      onStack.delete(w)
      scc.push(w)
    } while (w !== v)
    if (scc.length > 1 || next(v).includes(v)) out.push(scc.sort())
  }
  for (const v of graph.keys()) if (!idx.has(v)) visit(v)
  return out
}
const valueCycles = cycles(true)
for (const scc of valueCycles)
  fail(scc[0], `import cycle: ${scc.join(' → ')} (break it; only type-only cycles may be named in the table)`)
const inValueCycle = new Set(valueCycles.flat())
const typeCycles = cycles(false).filter((scc) => !scc.every((f) => inValueCycle.has(f)))
const usedCycleExceptions = new Set()
for (const scc of typeCycles) {
  const ex = TYPE_CYCLE_EXCEPTIONS.find((e) => [...e.files].sort().join() === scc.join())
  if (ex) usedCycleExceptions.add(ex)
  else
    fail(
      scc[0],
      `type-only import cycle: ${scc.join(' → ')} (break it, or name it in build/layers.mjs TYPE_CYCLE_EXCEPTIONS with a reason)`,
    )
}
for (const ex of TYPE_CYCLE_EXCEPTIONS)
  if (!usedCycleExceptions.has(ex))
    fail('build/layers.mjs', `the type-only cycle ${ex.files.join(' → ')} is gone: remove its exception`)

/** Code without comments, line for line (a cited `0x...` in a comment is a citation, not a constant). */
const codeLines = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .split('\n')
    .map((l) => l.replace(/(^|\s)\/\/.*$/, '$1'))
let patternExceptions = 0
for (const rule of PATTERN_RULES) {
  for (const file of files.filter((f) => f.startsWith(`${rule.folder}/`))) {
    const hits = []
    codeLines(readFileSync(join(root, file), 'utf8')).forEach((text, i) => {
      for (const p of rule.patterns) if (p.re.test(text)) hits.push(`${file}:${i + 1}: ${p.what} — ${rule.why}`)
    })
    const ex = rule.exceptions.find((e) => e.file === file)
    if (ex && hits.length === 0)
      fail('build/layers.mjs', `${file} no longer matches the ${rule.folder} patterns: remove its exception`)
    else if (ex) patternExceptions++
    else hits.forEach((h) => violations.push(h))
  }
  for (const ex of rule.exceptions)
    if (!files.includes(ex.file))
      fail('build/layers.mjs', `${ex.file} is gone: remove its ${rule.folder} pattern exception`)
}

for (const v of violations) console.log(v)
const floors = CORE_FLOORS.map((f) => f.folders.join('/')).join(' → ')
console.log(
  `check:layers: ${files.length} files, ${importCount} imports scanned against ${floors}; ` +
    `${valueCycles.length} import cycle(s), ${typeCycles.length} type-only cycle(s) (${usedCycleExceptions.size} named); ` +
    `exceptions in use: ${usedImportExceptions.size} import, ${usedCycleExceptions.size} cycle, ${patternExceptions} pattern; ` +
    `${violations.length} violation(s)`,
)
process.exit(violations.length ? 1 : 0)
