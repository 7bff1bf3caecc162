import { describe, expect, it } from 'vitest'
import type { Task } from '../../../shared/event/types'
import { v } from '../../../shared/kernel/version'
import { replayVictim, totalPagesFor, totalPagesParts } from '../../../shared/model/victim-replay'
import { corpusEvent, onTwoNodes, seedEvent } from './seed-events'

const task = (pid: number, rss: number, extra: Partial<Task> = {}): Task => ({
  pid,
  uid: 1000,
  tgid: pid,
  totalVm: null,
  rss,
  pgtablesBytes: null,
  nrPtes: 0,
  nrPmds: null,
  swapents: 0,
  oomScoreAdj: 0,
  name: `t${pid}`,
  at: 0,
  ...extra,
})

describe('victim-replay', () => {
  it("takes totalpages from the zones' managed pages plus swap when every zone printed managed", () => {
    const ev = seedEvent('000')
    const parts = totalPagesParts(ev, v('3.14'))
    expect(parts).toMatchObject({ totalRamPages: 515255, totalRamFrom: 'managed', swapPages: 0 })
  })

  it('falls back to pages RAM minus pages reserved when zone lines lost their sizes (005)', () => {
    const ev = corpusEvent('005')
    const parts = totalPagesParts(ev, v('4.10'))
    expect(parts).toMatchObject({ totalRamPages: 1994197 - 22689, totalRamFrom: 'ram-reserved' })
    expect(totalPagesFor(parts, ev, 0)).toBe(1971508 + 1048575)
  })

  it('skips init and -1000 tasks and keeps the first of equal tasks while the leader preference stood, the last after', () => {
    const tasks = [task(1, 9000), task(10, 500), task(11, 800, { oomScoreAdj: -1000 }), task(12, 500)]
    const old = replayVictim(tasks, 100000, v('4.19'), 4, undefined, 'managed+swap')
    expect(old).toMatchObject({ pid: 10, tie: true, tieRule: 'first-wins', tiedPids: [10, 12] })
    expect(old?.ranked.map((r) => r.pid)).toEqual([10, 12])
    expect(replayVictim(tasks, 100000, v('5.10'), 4, undefined, 'managed+swap')).toMatchObject({
      pid: 12,
      tieRule: 'later-wins',
    })
  })

  it('applies per-task oom_score_adj overrides scaled by totalpages / 1000', () => {
    const tasks = [task(10, 500), task(12, 400)]
    const r = replayVictim(tasks, 100000, v('5.10'), 4, { 12: 10 }, 'managed+swap')
    expect(r).toMatchObject({ pid: 12, points: 400 + 10 * 100 })
  })

  it('returns null without a task table or a totalpages', () => {
    expect(replayVictim([], 1000, v('5.4'), 4, undefined, 'x')).toBeNull()
    expect(replayVictim([task(10, 5)], null, v('5.4'), 4, undefined, 'x')).toBeNull()
  })
})

describe('constrained totalpages', () => {
  it("scores a CONSTRAINT_MEMORY_POLICY OOM against the present pages of the nodemask's nodes", () => {
    const ev = corpusEvent('042')
    const twoNodes = {
      ...onTwoNodes(ev, '1'),
      oomKill: { constraint: 'CONSTRAINT_MEMORY_POLICY', fields: { nodemask: '1' }, at: 0 },
    }
    const present = ev.zones.reduce((s, z) => s + (z.presentKb ?? 0), 0) / 4
    expect(totalPagesParts(twoNodes, v('5.19'))).toMatchObject({ totalRamPages: present, totalRamFrom: 'node-present' })
  })
})
