import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseSummary } from '../../../shared/api/api-types'
import EventList from '../../../renderer/src/components/EventList.vue'
import { fakeApi, sampleAnalysis } from '../fixtures/sample-case'
import { mountOptions } from '../fixtures/mount-options'
import { en } from '../../../renderer/src/i18n/en'

describe('EventList', () => {
  let summary: CaseSummary
  beforeAll(async () => {
    summary = fakeApi(await sampleAnalysis()).summary
  })

  function mountList(selectedId: string | null = null) {
    return mount(EventList, {
      ...mountOptions(),
      props: { events: summary.events, totalCount: summary.events.length, selectedId, checked: [], filter: '' },
    })
  }

  it('renders one row per event with its victim as text', () => {
    const w = mountList()
    const rows = w.findAll('[data-testid="event-row"]')
    expect(rows).toHaveLength(summary.events.length)
    const withVictim = summary.events.findIndex((e) => e.victim)
    const victim = summary.events[withVictim]?.victim
    if (victim) expect(rows[withVictim]?.text()).toContain(`${victim.comm} (${victim.pid})`)
  })

  it('emits select on click and open on the time link', async () => {
    const w = mountList()
    const row = w.findAll('[data-testid="event-row"]')[1]
    await row?.trigger('click')
    await row?.find('a.open').trigger('click')
    const id = summary.events[1]?.id
    expect(w.emitted('select')?.[0]).toEqual([id])
    expect(w.emitted('open')?.[0]).toEqual([id])
  })

  it('marks the selected row when one is selected', () => {
    const id = summary.events[2]?.id ?? null
    const w = mountList(id)
    expect(w.find('tr.selected').attributes('data-event-id')).toBe(id)
  })

  it('says so when the filter leaves nothing', () => {
    const w = mount(EventList, {
      ...mountOptions(),
      props: { events: [], totalCount: summary.events.length, selectedId: null, checked: [], filter: 'zzz' },
    })
    expect(w.text()).toContain(en.case.noMatch)
  })

  it('sorts from buttons in the headers, saying the order to screen readers, and explains the terse order cell', async () => {
    const w = mount(EventList, {
      ...mountOptions(),
      props: {
        events: summary.events,
        totalCount: summary.events.length,
        selectedId: null,
        checked: [],
        filter: '',
        sort: { key: 'trigger', dir: 'desc' },
      },
    })
    const header = w.find('th[data-sort-key="trigger"]')
    expect(header.attributes('aria-sort')).toBe('descending')
    expect(w.find('th[data-sort-key="time"]').attributes('aria-sort')).toBe('none')
    // A real button: Enter and Space sort from the keyboard as a click does.
    const button = header.find('button')
    expect(button.element.tagName).toBe('BUTTON')
    await button.trigger('click')
    expect(w.emitted('sort')?.[0]).toEqual(['trigger'])
    const order = w.find('.order')
    const event = summary.events.find((e) => e.trigger.order !== null && e.trigger.order >= 0)!
    expect(order.attributes('data-glossary')).toBe('report:order')
    expect(order.attributes('tabindex')).toBe('0')
    expect(w.find(`[data-event-id="${event.id}"] .order`).attributes('aria-label')).toBe(
      `order ${event.trigger.order}: a block of ${2 ** event.trigger.order!} contiguous pages`,
    )
  })
})
