import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { EventId, EventSummary } from '../../../shared/api/api-types'
import { useCaseStore } from './case'

export type ViewName = 'case' | 'event' | 'compare' | 'snapshot'

/** A raw line to scroll to and highlight: `line` is the 1-based physical line in `path`. */
export interface LineFocus {
  readonly path: string
  readonly line: number
  /** The evidence text, to pick the right segment when a collapsed paste puts a report on one line. */
  readonly text?: string
}

/** True when every word of `query` occurs in one of the row's visible fields. */
export function eventMatches(event: EventSummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = [
    event.id,
    event.kind,
    event.host,
    event.time,
    event.kernelVersion,
    event.path,
    event.trigger.comm,
    event.victim?.comm,
    event.primaryFinding?.title,
    ...event.findingCodes,
  ]
    .filter((v): v is string => typeof v === 'string')
    .join('\n')
    .toLowerCase()
  return words.every((w) => haystack.includes(w))
}

/** Columns the event list sorts by. */
export type EventSortKey = 'time' | 'host' | 'kind' | 'trigger' | 'victim' | 'finding'
export interface EventSort {
  readonly key: EventSortKey
  readonly dir: 'asc' | 'desc'
}

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const

/** What a column sorts on; missing values sort last either way. */
function sortValue(e: EventSummary, key: EventSortKey): string | number | null {
  switch (key) {
    case 'time':
      // Wall time where printed, else seconds after boot: order within each kind of clock.
      return e.time ?? (e.uptime === null ? null : `~${String(e.uptime).padStart(16, '0')}`)
    case 'host':
      return e.host
    case 'kind':
      return e.kind
    case 'trigger':
      return e.trigger.comm
    case 'victim':
      return e.victim?.comm ?? null
    case 'finding':
      return e.primaryFinding ? `${SEVERITY_RANK[e.primaryFinding.severity]}${e.primaryFinding.code}` : null
  }
}

/** A stable sort of the list by one column (the case order breaks ties). */
export function sortEvents(events: readonly EventSummary[], sort: EventSort | null): readonly EventSummary[] {
  if (!sort) return events
  const sign = sort.dir === 'asc' ? 1 : -1
  return events
    .map((e, i) => ({ e, i, v: sortValue(e, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v))
      return c === 0 ? a.i - b.i : sign * c
    })
    .map((x) => x.e)
}

/** Which view, which event, which events side by side, the list filter and the focused raw line. */
export const useSelectionStore = defineStore('selection', () => {
  const caseStore = useCaseStore()
  const view = ref<ViewName>('case')
  const selectedId = ref<EventId | null>(null)
  const compareIds = ref<readonly [EventId, EventId] | null>(null)
  const filter = ref('')
  const focusedLine = ref<LineFocus | null>(null)
  /** The machine state (a /proc capture) the snapshot view shows. */
  const stateId = ref<string | null>(null)
  const sort = ref<EventSort | null>(null)

  // j/k walk the list as it is shown: filtered, then sorted.
  const visibleEvents = computed(() =>
    sortEvents(
      caseStore.events.filter((e) => eventMatches(e, filter.value)),
      sort.value,
    ),
  )
  const selectedIndex = computed(() => visibleEvents.value.findIndex((e) => e.id === selectedId.value))

  function select(id: EventId | null): void {
    if (id !== selectedId.value) focusedLine.value = null
    selectedId.value = id
  }
  function openEvent(id: EventId): void {
    select(id)
    view.value = 'event'
  }
  function openState(id: string): void {
    stateId.value = id
    view.value = 'snapshot'
  }
  function showCase(): void {
    view.value = 'case'
  }
  function compare(a: EventId, b: EventId): void {
    compareIds.value = [a, b]
    view.value = 'compare'
  }
  /** j/k: step through the filtered list; wraps neither way (a calm stop at the ends). */
  function step(delta: 1 | -1): void {
    const list = visibleEvents.value
    if (list.length === 0) return
    const from = selectedIndex.value
    const to = from < 0 ? (delta > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, from + delta))
    const target = list[to]
    if (target) select(target.id)
  }
  /** Sort by a column: ascending first, then descending, then back to the case order. */
  function sortBy(key: EventSortKey): void {
    const now = sort.value
    sort.value = now?.key !== key ? { key, dir: 'asc' } : now.dir === 'asc' ? { key, dir: 'desc' } : null
  }
  function focusLine(focus: LineFocus | null): void {
    focusedLine.value = focus
  }
  function reset(): void {
    view.value = 'case'
    selectedId.value = null
    compareIds.value = null
    filter.value = ''
    focusedLine.value = null
    stateId.value = null
    sort.value = null
  }

  return {
    view,
    selectedId,
    compareIds,
    filter,
    focusedLine,
    stateId,
    sort,
    visibleEvents,
    selectedIndex,
    select,
    openEvent,
    openState,
    showCase,
    compare,
    step,
    sortBy,
    focusLine,
    reset,
  }
})
