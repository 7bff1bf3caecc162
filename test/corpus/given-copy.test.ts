/**
 * The repository's copy of the given material must equal the original when the original is on this
 * machine: a stale copy would test the code against inputs nobody gave us. On a clone with nothing
 * beside it there is nothing to compare, and the test says so instead of passing silently.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GIVEN, upstreamGiven } from '../support/given'

const PARTS = ['corpus/public', 'corpus/public-2', 'seeds', 'kernel-facts']

function filesUnder(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(root, p))
    }
  }
  walk(root)
  return out
}

const upstream = upstreamGiven()

describe('given material copied into test/fixtures/given', () => {
  it('holds every part with its manifest', () => {
    for (const part of PARTS) expect(filesUnder(join(GIVEN, part)).length, part).toBeGreaterThan(0)
    for (const part of ['corpus/public', 'corpus/public-2']) {
      const manifest = JSON.parse(readFileSync(join(GIVEN, part, 'MANIFEST.json'), 'utf8')) as { file: string }[]
      for (const m of manifest) expect(statSync(join(GIVEN, part, m.file)).size, m.file).toBeGreaterThan(0)
    }
  })

  it.skipIf(upstream === null)('equals the original given folder byte for byte (when it is on this machine)', () => {
    if (upstream === null) return
    const differ: string[] = []
    for (const part of PARTS) {
      const mine = filesUnder(join(GIVEN, part))
      const theirs = filesUnder(join(upstream, part))
      for (const f of new Set([...mine, ...theirs])) {
        const a = mine.includes(f) ? readFileSync(join(GIVEN, part, f)) : null
        const b = theirs.includes(f) ? readFileSync(join(upstream, part, f)) : null
        if (a === null || b === null || !a.equals(b)) differ.push(`${part}/${f}`)
      }
    }
    expect(differ).toEqual([])
  })
})
