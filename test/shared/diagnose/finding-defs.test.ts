import { describe, expect, it } from 'vitest'
import { compareFindings, FINDING_DEFS } from '../../../shared/diagnose/finding-defs'
import { CATALOG_EN } from '../../../shared/i18n/catalog/en'

describe('finding-defs', () => {
  it('registers every contract code once with a title in the catalogue', () => {
    const contract = [
      'lowmem-exhausted',
      'fragmentation',
      'cma-unusable',
      'memcg-limit',
      'memory-exhausted',
      'pagetable-bloat',
      'slab-bloat',
      'shmem-tmpfs',
      'hugetlb-reserved',
      'unaccounted-memory',
      'high-min-watermark',
      'atomic-no-reclaim',
      'no-swap',
      'constraint-cpuset-mempolicy',
      'manual-trigger',
      'panic-on-oom',
    ]
    expect(Object.keys(FINDING_DEFS)).toEqual(expect.arrayContaining(contract))
    for (const def of Object.values(FINDING_DEFS)) expect(CATALOG_EN[def.titleKey], def.code).toBeTruthy()
  })

  it('orders by severity before rank when two findings compare', () => {
    const ranked = [
      { code: 'no-swap', severity: 'info' },
      { code: 'unaccounted-memory', severity: 'warning' },
      { code: 'lowmem-exhausted', severity: 'critical' },
      { code: 'high-min-watermark', severity: 'warning' },
    ] as const
    expect([...ranked].sort(compareFindings).map((f) => f.code)).toEqual([
      'lowmem-exhausted',
      'unaccounted-memory',
      'high-min-watermark',
      'no-swap',
    ])
  })
})
