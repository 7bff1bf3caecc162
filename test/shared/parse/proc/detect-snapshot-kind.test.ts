import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectSnapshotKind } from '../../../../shared/parse/proc/detect-snapshot-kind'
import { PROC, SETS } from './proc-corpus'
import { existsSync } from 'node:fs'

const KINDS = ['meminfo', 'zoneinfo', 'buddyinfo', 'pagetypeinfo', 'vmstat', 'slabinfo'] as const

describe('detectSnapshotKind', () => {
  it('recognises every corpus proc file by content alone', () => {
    for (const set of SETS) {
      for (const kind of KINDS) {
        const p = join(PROC, set, kind)
        if (existsSync(p))
          expect([set, detectSnapshotKind(readFileSync(p, 'utf8').split('\n').slice(0, 8))]).toEqual([set, kind])
      }
    }
  })

  it('recognises single-value vm files only when given their name', () => {
    expect(detectSnapshotKind(['67584'])).toBeNull()
    expect(detectSnapshotKind(['67584'], 'min_free_kbytes')).toBe('sysctl')
    expect(detectSnapshotKind(['256\t256\t32\t0\t0'], 'lowmem_reserve_ratio')).toBe('sysctl')
    expect(detectSnapshotKind(['67584'], 'README')).toBeNull()
  })

  it('recognises sysctl output and rejects kernel logs', () => {
    expect(detectSnapshotKind(['vm.admin_reserve_kbytes = 8192', 'vm.min_free_kbytes = 67584'])).toBe('sysctl')
    expect(detectSnapshotKind(['[ 1.000000] Linux version 6.1.0', 'Mem-Info:'])).toBeNull()
    expect(detectSnapshotKind([])).toBeNull()
  })
})
