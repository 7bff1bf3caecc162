// Every "kernel-facts §N" the code cites names a section of docs/kernel-facts.md.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FINDING_DEFS } from '../../shared/diagnose/finding-defs'

const ROOT = join(import.meta.dirname, '..', '..')
const DOC = readFileSync(join(ROOT, 'docs', 'kernel-facts.md'), 'utf8')

/** Section numbers the document has: `## 6.` → 6, `### 8.2 ...` → 8.2. */
const SECTIONS = new Set([...DOC.matchAll(/^#{2,3} (\d+(?:\.\d+)?)[. ]/gm)].map((m) => m[1]))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(name) ? [path] : []
  })
}

/** [file, section] for every citation; `§1.4–1.5` cites both ends. */
const CITED = ['shared', 'electron', 'renderer/src'].flatMap((top) =>
  sources(join(ROOT, top)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/kernel-facts\s*§\s*(\d+(?:\.\d+)?)(?:[–-](\d+(?:\.\d+)?))?/g)].flatMap(
      (m) => [m[1]!, ...(m[2] ? [m[2]] : [])].map((section) => [file.slice(ROOT.length + 1), section] as const),
    ),
  ),
)

describe('docs/kernel-facts.md', () => {
  it('has the sections 1 to 10 of the fact sheet', () => {
    for (let n = 1; n <= 10; n++) expect(SECTIONS.has(String(n))).toBe(true)
  })

  it('has every section the code cites', () => {
    expect(CITED.length).toBeGreaterThan(20)
    expect(CITED.filter(([, section]) => !SECTIONS.has(section))).toEqual([])
  })

  it('has every section the findings cite in their kernelRefs (the JSON output names the document)', () => {
    const refs = Object.values(FINDING_DEFS).flatMap((d) => d.kernelRefs)
    expect(refs.length).toBeGreaterThan(20)
    const bad = refs.filter((r) => !/^docs\/kernel-facts\.md §/.test(r) || !SECTIONS.has(r.split('§')[1] ?? ''))
    expect(bad).toEqual([])
  })
})
