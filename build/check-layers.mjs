// Second line of defence for the layer rules (ARCHITECTURE.md §2): a plain scan of import lines,
// independent of ESLint's configuration. Prints every violation with file and line; exit 1 if any.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const RULES = [
  { from: 'shared/', deny: [/^node:/, /^(fs|path|os|zlib|stream|child_process|worker_threads|http|crypto)$/, /^electron$/, /^(vue|pinia|chart\.js|vue-i18n|vue-chartjs)/, /(^|\/)(electron|renderer)\//], why: 'the core imports only shared/**' },
  { from: 'renderer/', deny: [/^node:/, /^electron$/, /(^|\/)electron\//], why: 'the renderer talks to the host only through window.oomlens' },
  { from: 'electron/node/', deny: [/^electron$/, /(^|\/)(main|preload|renderer)\//], why: 'host services run without Electron' },
  { from: 'electron/cli/', deny: [/^electron$/, /(^|\/)(main|preload|renderer)\//], why: 'the CLI must not load Electron' },
  { from: 'electron/bridge/', deny: [/^electron$/, /(^|\/)(main|preload|renderer)\//], why: 'the bridge runs without Electron' },
  { from: 'electron/preload/', deny: [/^node:/, /(^|\/)(node|main|cli|bridge)\//, /(^|\/)renderer\//], why: 'the sandboxed preload may import only shared/api and electron' },
]
// Reviewed exceptions: [file, import, reason, owner]. Keep this list short.
const EXCEPTIONS = []

const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (/\.(ts|vue|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) files.push(p)
  }
}
for (const top of ['shared', 'renderer', 'electron']) walk(join(root, top))

const importRe = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/
let violations = 0
for (const file of files) {
  const rel = relative(root, file).split(sep).join('/')
  const rule = RULES.find((r) => rel.startsWith(r.from))
  if (!rule) continue
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    const m = importRe.exec(text)
    const spec = m && (m[1] ?? m[2] ?? m[3])
    if (!spec) return
    if (EXCEPTIONS.some(([f, s]) => f === rel && s === spec)) return
    if (rule.deny.some((re) => re.test(spec))) {
      violations++
      console.log(`${rel}:${i + 1}: imports '${spec}' — ${rule.why}`)
    }
  })
}
console.log(`check:layers: ${files.length} files scanned, ${violations} violation(s)`)
process.exit(violations ? 1 : 0)
