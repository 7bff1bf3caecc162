import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EventDetail } from '../../../shared/api/api-types'
import type { MemEvent } from '../../../shared/event/types'
import TaskTable from '../../../renderer/src/components/TaskTable.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'
import { scrollBoxHeights } from '../fixtures/scroll-box'

describe('TaskTable', () => {
  let detail: EventDetail
  beforeAll(async () => {
    detail = detailOf(await sampleAnalysis([SEED_000]), SEED_000)
  })
  scrollBoxHeights({ 'task-scroll': 360 })

  function mountTable(event: MemEvent = detail.event) {
    return mount(TaskTable, {
      ...mountOptions(),
      props: { event, ranked: detail.model.predictedVictim?.ranked ?? [], newVictimPid: null, scoreAdj: {} },
    })
  }
  const rowPids = (w: ReturnType<typeof mountTable>) =>
    w.findAll('tbody tr[data-pid]').map((r) => Number(r.attributes('data-pid')))

  it('lists the tasks by points, the window in view in the DOM, and marks the killed one', () => {
    const w = mountTable()
    expect(w.find('[data-testid="task-table"]').attributes('data-shown')).toBe(String(detail.event.tasks.length))
    const byPoints = [...(detail.model.predictedVictim?.ranked ?? [])].map((r) => r.pid)
    const shown = rowPids(w)
    expect(shown.length).toBeGreaterThan(10)
    expect(shown.slice(0, 5)).toEqual(byPoints.slice(0, 5))
    const killed = detail.event.killed?.pid
    if (killed !== undefined && shown.includes(killed))
      expect(w.find('tr.killed').attributes('data-pid')).toBe(String(killed))
  })

  it('puts only the rows in view into the DOM for a server-sized table, and says how many there are', () => {
    // The seed's own rows repeated with fresh pids, as a machine with 30,000 processes prints them.
    const rows = detail.event.tasks
    const tasks = Array.from({ length: 30_000 }, (_, i) => ({ ...rows[i % rows.length]!, pid: 100_000 + i }))
    const w = mountTable({ ...detail.event, tasks })
    expect(w.find('[data-testid="task-table"]').attributes('data-shown')).toBe('30000')
    const inDom = rowPids(w).length
    expect(inDom).toBeGreaterThan(10)
    expect(inDom).toBeLessThan(100)
  })

  it('sorts by pid both ways from the header button, which the keyboard reaches', async () => {
    const w = mountTable()
    const sortedUp = [...detail.event.tasks.map((t) => t.pid)].sort((a, b) => a - b)
    const button = w.find('th[data-column="pid"] button')
    expect(button.element.tagName).toBe('BUTTON')
    await button.trigger('click')
    const down = rowPids(w)
    expect(down).toEqual([...sortedUp].reverse().slice(0, down.length))
    await button.trigger('click')
    const up = rowPids(w)
    expect(up).toEqual(sortedUp.slice(0, up.length))
    expect(up.length).toBeGreaterThan(10)
    expect(w.find('th[data-column="pid"]').attributes('aria-sort')).toBe('ascending')
  })

  it('filters by name, by uid, and by a minimum rss', async () => {
    const w = mountTable()
    const name = detail.event.tasks[0]!.name
    await w.find('[data-testid="task-filter"]').setValue(name)
    const byName = detail.event.tasks.filter((t) => t.name.toLowerCase().includes(name.toLowerCase())).map((t) => t.pid)
    expect(rowPids(w).sort()).toEqual(byName.sort())
    const uid = detail.event.tasks[0]!.uid
    await w.find('[data-testid="task-filter"]').setValue(`uid:${uid}`)
    expect(rowPids(w).sort()).toEqual(
      detail.event.tasks
        .filter((t) => t.uid === uid)
        .map((t) => t.pid)
        .sort(),
    )
    await w.find('[data-testid="task-filter"]').setValue('')
    const rss = [...detail.event.tasks].map((t) => (t.rss ?? 0) * detail.event.pageSizeKb).sort((a, b) => b - a)
    const floor = rss[2]!
    const minRss = w.find('[data-testid="task-min-rss"]')
    await minRss.setValue(String(floor))
    await minRss.trigger('change')
    expect(rowPids(w)).toHaveLength(rss.filter((kb) => kb >= floor).length)
  })

  it('asks for an oom_score_adj override when one is typed', async () => {
    const w = mountTable()
    const input = w.find('tbody tr[data-pid] input.adj')
    await input.setValue('-1000')
    const pid = Number(w.find('tbody tr[data-pid]').attributes('data-pid'))
    expect(w.emitted('setAdj')?.[0]).toEqual([pid, -1000])
  })
})
