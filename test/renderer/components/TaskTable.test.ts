import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EventDetail } from '../../../shared/api/api-types'
import TaskTable from '../../../renderer/src/components/TaskTable.vue'
import { detailOf, sampleAnalysis, SEED_000 } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'

describe('TaskTable', () => {
  let detail: EventDetail
  beforeAll(async () => {
    detail = detailOf(await sampleAnalysis([SEED_000]), SEED_000)
  })

  function mountTable() {
    return mount(TaskTable, {
      ...mountOptions(),
      props: { event: detail.event, ranked: detail.model.predictedVictim?.ranked ?? [], newVictimPid: null, scoreAdj: {} },
    })
  }

  it('lists every task of the report and marks the killed one', () => {
    const w = mountTable()
    expect(w.findAll('tbody tr')).toHaveLength(detail.event.tasks.length)
    const killed = detail.event.killed?.pid
    if (killed !== undefined) expect(w.find('tr.killed').attributes('data-pid')).toBe(String(killed))
  })

  it('sorts by pid both ways when the pid header is clicked', async () => {
    const w = mountTable()
    const pids = () => w.findAll('tbody tr').map((r) => Number(r.attributes('data-pid')))
    const sortedUp = [...detail.event.tasks.map((t) => t.pid)].sort((a, b) => a - b)
    await w.find('th[data-column="pid"]').trigger('click')
    expect(pids()).toEqual([...sortedUp].reverse())
    await w.find('th[data-column="pid"]').trigger('click')
    expect(pids()).toEqual(sortedUp)
  })

  it('asks for an oom_score_adj override when one is typed', async () => {
    const w = mountTable()
    const input = w.find('tbody tr input.adj')
    await input.setValue('-1000')
    const pid = Number(w.find('tbody tr').attributes('data-pid'))
    expect(w.emitted('setAdj')?.[0]).toEqual([pid, -1000])
  })
})
