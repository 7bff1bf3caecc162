import { describe, expect, it } from 'vitest'
import { analyse, seedPath } from '../diagnose/real-events'
import { topTasks } from '../../../shared/report/task-table'

describe('topTasks', () => {
  // Seed 000: the kernel selected python 1386 (the top of the replayed points) and killed its child 593 (second).
  const [{ event, model }] = analyse(seedPath('000')) as [ReturnType<typeof analyse>[number]]

  it('orders by the replayed badness points, the selected task first, when the seed has 31 rows', () => {
    expect(event.tasks).toHaveLength(31)
    expect(topTasks(event, model).map((t) => t.pid)).toEqual(
      model.predictedVictim!.ranked.slice(0, 10).map((v) => v.pid),
    )
    expect(topTasks(event, model, 2).map((t) => t.pid)).toEqual([1386, 593])
  })

  it('keeps the killed and the selected task when fewer rows than the victims are asked for', () => {
    expect(topTasks(event, model, 1).map((t) => t.pid)).toEqual([1386, 593])
  })

  it('brings the killed task in, in place of the last other row, when it ranks below the top', () => {
    const low = { ...event, killed: { ...event.killed!, pid: 594 } } // a cron task far down the points
    const rank = model.predictedVictim!.ranked.findIndex((v) => v.pid === 594)
    expect(rank).toBeGreaterThan(3)
    expect(topTasks(low, model, 3).map((t) => t.pid)).toEqual([1386, 593, 594])
    expect(topTasks(low, model, 4).map((t) => t.pid)).toEqual([
      ...model.predictedVictim!.ranked.slice(0, 3).map((v) => v.pid),
      594,
    ])
  })
})
