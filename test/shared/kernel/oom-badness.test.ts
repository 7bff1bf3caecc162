import { describe, expect, it } from 'vitest'
import { laterEqualWins, oomBadness, printedOomScore, type BadnessTask } from '../../../shared/kernel/oom-badness'
import { v } from '../../../shared/kernel/version'

// kernel-facts 7.4 worked check: 4.10, score 888.
const TASK: BadnessTask = {
  pid: 253,
  uid: 0,
  rss: 312881,
  swapents: 0,
  nrPtes: 155953,
  nrPmds: 307,
  pgtablesBytes: null,
  oomScoreAdj: 0,
}

describe('oom-badness', () => {
  it('reproduces the 4.10 worked check with the 3 % root bonus when uid is 0', () => {
    const points = oomBadness(TASK, 512073, v('4.10'), 4)
    expect(points).toBe(455067)
    expect(printedOomScore(points ?? 0, 512073, v('4.10'))).toBe(888)
  })

  it('drops the root bonus from 4.17 (the score would have been 916)', () => {
    const points = oomBadness(TASK, 512073, v('4.17'), 4) ?? 0
    expect(printedOomScore(points, 512073, v('4.17'))).toBe(916)
  })

  it('scales oom_score_adj by totalpages/1000 and skips -1000 when adj is set', () => {
    const user = { ...TASK, uid: 1000, oomScoreAdj: 500 }
    expect(oomBadness(user, 512073, v('5.10'), 4)).toBe(469141 + 500 * 512)
    expect(oomBadness({ ...TASK, oomScoreAdj: -1000 }, 512073, v('5.10'), 4)).toBeNull()
  })

  it('clamps to 1 before 5.9 and not after when adj pushes points below zero', () => {
    const small = { ...TASK, uid: 1000, rss: 10, nrPtes: 1, nrPmds: 0, oomScoreAdj: -999 }
    expect(oomBadness(small, 512073, v('5.8'), 4)).toBe(1)
    expect(oomBadness(small, 512073, v('5.9'), 4)).toBeLessThan(0)
  })

  it('uses pgtables_bytes / PAGE_SIZE when the table prints bytes and the 0-1000 scale before 3.5', () => {
    const bytes = { ...TASK, uid: 1000, nrPtes: null, nrPmds: null, pgtablesBytes: 393216 }
    expect(oomBadness(bytes, 31198, v('5.4'), 64)).toBe(312881 + 6)
    expect(oomBadness({ ...TASK, uid: 1000 }, 512073, v('3.2'), 4)).toBe(916)
    expect(oomBadness(TASK, 512073, v('2.6.30'), 4)).toBeNull()
  })

  it('keeps the first equal task while the leader preference stood (<= 4.19) and the later one once it was gone (5.8 tree)', () => {
    expect(laterEqualWins(v('3.10'))).toBe(false)
    expect(laterEqualWins(v('4.19'))).toBe(false)
    expect(laterEqualWins(v('5.8'))).toBe(true)
    expect(laterEqualWins(v('5.9'))).toBe(true)
  })
})
