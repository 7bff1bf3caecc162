/**
 * Issue 13: kernel rules live in shared/kernel and shared/model only; shared/diagnose reads the model's
 * verdicts. The shapes a second reading of the kernel takes are one table, build/layers.mjs
 * PATTERN_RULES, which `npm run check:layers` applies to the tree (and CI runs). This checks that the
 * table catches each shape when it is written into a rule, and that the tree passes it today, so a
 * pattern that matches nothing, or a rule that slipped one in, fails here too.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error build/layers.mjs is plain JavaScript shared with ESLint and check-layers
import { PATTERN_RULES } from '../../../build/layers.mjs'

interface Pattern {
  readonly re: RegExp
  readonly what: string
}
const ROOT = join(__dirname, '../../..')
const DIAGNOSE = (PATTERN_RULES as { folder: string; patterns: Pattern[] }[]).find(
  (r) => r.folder === 'shared/diagnose',
)

/** One line a rule might write for each kind of kernel knowledge, and the pattern's description that names it. */
const SAMPLES: readonly (readonly [string, RegExp])[] = [
  ['if (mask & 0x400) canReclaim = true', /hex literal/],
  ['const m = /(\\d+)\\.(\\d+)/.exec(v)', /version regex/],
  ['if (atLeast(v, 5, 7)) clamp = 262144', /kernel-version comparison/],
  ['const v = kernelMajorMinor(event.kernelVersion)', /version parsing/],
  ["const ZONE_ORDER = ['DMA', 'DMA32', 'Normal', 'HighMem']", /zone-order table/],
  ['const wm = min - Math.floor(min / 2)', /watermark reduction/],
  ['const def = Math.sqrt(lowmemKb * 16)', /min_free_kbytes formula/],
  ['const COSTLY_ORDER = 3', /costly-order/],
  ['const r = zone.lowmemReserve?.[idx]', /lowmem_reserve indexing/],
]

describe('diagnose holds no kernel rules', () => {
  it('has the shared/diagnose pattern rule with no exception', () => {
    expect(DIAGNOSE?.patterns.length).toBeGreaterThanOrEqual(SAMPLES.length)
    expect((DIAGNOSE as unknown as { exceptions: unknown[] }).exceptions).toEqual([])
  })

  it.each(SAMPLES)('catches %s', (line, names) => {
    const hits = DIAGNOSE?.patterns.filter((p) => p.re.test(line)).map((p) => p.what) ?? []
    expect(
      hits.some((w) => names.test(w)),
      `${line} → ${hits.join('; ')}`,
    ).toBe(true)
  })

  it('finds none of them in shared/diagnose today (check:layers passes)', () => {
    const out = execFileSync(process.execPath, ['build/check-layers.mjs'], { cwd: ROOT, encoding: 'utf8' })
    expect(out).toMatch(/\b0 violation\(s\)/)
    expect(out).toMatch(/0 pattern;/)
  })
})
