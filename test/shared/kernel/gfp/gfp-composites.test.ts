import { describe, expect, it } from 'vitest'
import { gfpComposites } from '../../../../shared/kernel/gfp/gfp-composites'
import { v } from '../../../../shared/kernel/version'

const RELEASES = ['2.6.32', '3.10', '4.4', '4.6', '4.9', '4.14', '4.19', '5.4', '5.15', '6.1', '6.3', '6.8', '6.12']

describe('gfp-composites', () => {
  it('nests GFP_KERNEL in GFP_USER in GFP_HIGHUSER in GFP_HIGHUSER_MOVABLE in every version', () => {
    for (const release of RELEASES) {
      const c = gfpComposites(v(release))
      const chain = ['GFP_KERNEL', 'GFP_USER', 'GFP_HIGHUSER', 'GFP_HIGHUSER_MOVABLE'].map((n) => new Set(c[n]))
      for (let i = 1; i < chain.length; i++) for (const f of chain[i - 1] ?? []) expect(chain[i]?.has(f)).toBe(true)
    }
  })

  it('keeps __GFP_ATOMIC in GFP_ATOMIC through 6.2 and drops it from 6.3', () => {
    expect(gfpComposites(v('6.2'))['GFP_ATOMIC']).toContain('__GFP_ATOMIC')
    expect(gfpComposites(v('6.3'))['GFP_ATOMIC']).not.toContain('__GFP_ATOMIC')
  })

  it('has GFP_TEMPORARY only before 4.14 and GFP_TRANSHUGE_LIGHT only from 4.8', () => {
    expect(gfpComposites(v('4.13'))['GFP_TEMPORARY']).toBeDefined()
    expect(gfpComposites(v('4.14'))['GFP_TEMPORARY']).toBeUndefined()
    expect(gfpComposites(v('4.7'))['GFP_TRANSHUGE_LIGHT']).toBeUndefined()
    expect(gfpComposites(v('4.8'))['GFP_TRANSHUGE_LIGHT']).not.toContain('__GFP_DIRECT_RECLAIM')
  })
})
