import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CaseAnalysis } from '../../../shared/analysis/types'
import { setApi } from '../../../renderer/src/api/client'
import { useCaseStore } from '../../../renderer/src/stores/case'
import type { EventSummary } from '../../../shared/api/api-types'
import { eventMatches, sortEvents, useSelectionStore } from '../../../renderer/src/stores/selection'
import { fakeApi, sampleAnalysis } from '../fixtures/sample-case'

describe('selection store', () => {
  let analysis: CaseAnalysis
  beforeAll(async () => {
    analysis = await sampleAnalysis()
  })
  beforeEach(async () => {
    setActivePinia(createPinia())
    setApi(fakeApi(analysis).api)
    await useCaseStore().openLaunchCase()
  })
  afterEach(() => setApi(null))

  it('steps through the list with j and k and stops at the ends', () => {
    const s = useSelectionStore()
    const ids = s.visibleEvents.map((e) => e.id)
    expect(ids.length).toBeGreaterThan(2)
    s.step(1)
    expect(s.selectedId).toBe(ids[0])
    s.step(1)
    expect(s.selectedId).toBe(ids[1])
    s.step(-1)
    s.step(-1)
    expect(s.selectedId).toBe(ids[0])
    s.select(ids.at(-1) ?? null)
    s.step(1)
    expect(s.selectedId).toBe(ids.at(-1))
  })

  it('filters by every word of the query when the filter is set', () => {
    const s = useSelectionStore()
    const victim = useCaseStore().events.find((e) => e.victim)?.victim?.comm ?? ''
    s.filter = victim
    expect(s.visibleEvents.length).toBeGreaterThan(0)
    expect(s.visibleEvents.every((e) => eventMatches(e, victim))).toBe(true)
    s.filter = `${victim} no-such-word-anywhere`
    expect(s.visibleEvents).toEqual([])
  })

  it('walks only the filtered events when a filter is set', () => {
    const s = useSelectionStore()
    s.filter = 'memcg'
    const ids = s.visibleEvents.map((e) => e.id)
    for (let i = 0; i < ids.length + 2; i++) s.step(1)
    expect(ids).toContain(s.selectedId)
  })

  it('drops the focused raw line when another event is selected', () => {
    const s = useSelectionStore()
    const [a, b] = s.visibleEvents
    s.openEvent(a?.id ?? '')
    s.focusLine({ path: a?.path ?? '', line: a?.line ?? 0 })
    s.select(b?.id ?? null)
    expect(s.focusedLine).toBeNull()
    expect(s.view).toBe('event')
  })

  it('shows two events side by side when compare is asked for', () => {
    const s = useSelectionStore()
    const [a, b] = s.visibleEvents
    s.compare(a?.id ?? '', b?.id ?? '')
    expect({ view: s.view, ids: s.compareIds }).toEqual({ view: 'compare', ids: [a?.id, b?.id] })
  })
})

describe('selection store: sorting the list', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => setApi(null))

  it('sorts by a column ascending, then descending, then back to the case order, and j walks the sorted list', async () => {
    const analysis = await sampleAnalysis()
    setApi(fakeApi(analysis).api)
    const cases = useCaseStore()
    await cases.openLaunchCase()
    const selection = useSelectionStore()
    const triggers = () => selection.visibleEvents.flatMap((e) => e.trigger.comm ?? [])
    const lastAreNull = () => {
      const list = selection.visibleEvents.map((e) => e.trigger.comm)
      return list.slice(list.findIndex((c) => c === null)).every((c) => c === null)
    }
    const caseOrder = selection.visibleEvents.map((e) => e.id)
    selection.sortBy('trigger')
    expect(selection.sort).toEqual({ key: 'trigger', dir: 'asc' })
    expect(triggers()).toEqual([...triggers()].sort((a, b) => a.localeCompare(b)))
    selection.step(1)
    expect(selection.selectedId).toBe(selection.visibleEvents[0]?.id)
    selection.sortBy('trigger')
    expect(triggers()).toEqual([...triggers()].sort((a, b) => b.localeCompare(a)))
    expect(lastAreNull()).toBe(true)
    selection.sortBy('trigger')
    expect(selection.sort).toBeNull()
    expect(selection.visibleEvents.map((e) => e.id)).toEqual(caseOrder)
  })

  it('keeps events without a value last in either direction', () => {
    const rows = [
      { id: 'e1', host: null },
      { id: 'e2', host: 'b' },
      { id: 'e3', host: 'a' },
    ] as unknown as EventSummary[]
    expect(sortEvents(rows, { key: 'host', dir: 'asc' }).map((e) => e.id)).toEqual(['e3', 'e2', 'e1'])
    expect(sortEvents(rows, { key: 'host', dir: 'desc' }).map((e) => e.id)).toEqual(['e2', 'e3', 'e1'])
  })
})
