import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EventDetail } from '../../../shared/api/api-types'
import { settingsFromKnobs, whatIfKnobs, type WhatIfKnobs } from '../../../shared/model/what-if-knobs'
import { runScenario } from '../../../shared/model/what-if-scenario'
import type {
  KnobId,
  ScenarioOutcome,
  ScenarioReason,
  ScenarioResult,
  ScenarioSettings,
} from '../../../shared/model/what-if-types'
import type { EventScenario } from '../../../shared/report/what-if-table'

/** A scenario the user pinned for the report: it belongs to the event it was made on. */
export interface PinnedScenario extends EventScenario {
  readonly outcome: ScenarioOutcome
  readonly reason: ScenarioReason | null
}

/**
 * What-if for the open event: the slider positions, and the kernel model's replay under them,
 * recomputed locally on every move (pure arithmetic, no IPC per tick). The knobs, their recorded
 * values and the verdict all come from shared/model; this store only holds positions and pins.
 */
export const useWhatIfStore = defineStore('what-if', () => {
  const detail = shallowRef<EventDetail | null>(null)
  const positions = ref<Partial<Record<KnobId, number>>>({})
  const scoreAdj = ref<Record<number, number>>({})
  const pinned = ref<PinnedScenario[]>([])

  const knobs = computed<WhatIfKnobs | null>(() =>
    detail.value ? whatIfKnobs(detail.value.event, detail.value.model) : null,
  )

  const settings = computed<ScenarioSettings>(() => {
    const d = detail.value
    const k = knobs.value
    if (!d || !k) return {}
    const out: { -readonly [K in keyof ScenarioSettings]: ScenarioSettings[K] } = {
      ...settingsFromKnobs(positions.value, k, d.model.basis?.layout ?? []),
    }
    if (Object.keys(scoreAdj.value).length > 0) out.oom_score_adj = { ...scoreAdj.value }
    return out
  })

  const result = computed<ScenarioResult | null>(() => {
    const d = detail.value
    return d ? runScenario(d.event, d.model, settings.value) : null
  })

  /** The event as recorded (the faint reference of every chart). */
  const recorded = computed<ScenarioResult | null>(() => {
    const d = detail.value
    return d ? runScenario(d.event, d.model, {}) : null
  })

  const changed = computed(() => result.value !== null && !result.value.recorded)

  function setEvent(next: EventDetail | null): void {
    if (next?.event.id !== detail.value?.event.id) reset()
    detail.value = next
  }

  /** Moves a knob; at its recorded value it counts as untouched again. */
  function setKnob(id: KnobId, value: number): void {
    const knob = knobs.value?.knobs.find((k) => k.id === id)
    const next = { ...positions.value }
    if (!knob || value === knob.recorded) delete next[id]
    else next[id] = value
    positions.value = next
  }

  function knobValue(id: KnobId): number {
    return positions.value[id] ?? knobs.value?.knobs.find((k) => k.id === id)?.recorded ?? 0
  }

  function setScoreAdj(pid: number, value: number | null): void {
    const next = { ...scoreAdj.value }
    if (value === null) delete next[pid]
    else next[pid] = Math.max(-1000, Math.min(1000, Math.round(value)))
    scoreAdj.value = next
  }

  function reset(): void {
    positions.value = {}
    scoreAdj.value = {}
  }

  function pin(): void {
    const r = result.value
    const d = detail.value
    if (!r || !d) return
    pinned.value = [
      ...pinned.value,
      { eventId: d.event.id, settings: r.settings, outcome: r.verdict.outcome, reason: r.verdict.reason },
    ]
  }

  function unpin(scenario: PinnedScenario): void {
    pinned.value = pinned.value.filter((p) => p !== scenario)
  }

  /** The scenarios pinned on one event. */
  function pinnedOf(eventId: string | null | undefined): PinnedScenario[] {
    return pinned.value.filter((p) => p.eventId === eventId)
  }

  /**
   * What a report gets: every pinned scenario under its own event, and the sliders of the open event
   * as they stand when moved and not pinned on it.
   */
  function reportScenarios(): EventScenario[] {
    const out: EventScenario[] = pinned.value.map(({ eventId, settings: s }) => ({ eventId, settings: s }))
    const d = detail.value
    if (d && changed.value && pinnedOf(d.event.id).length === 0)
      out.push({ eventId: d.event.id, settings: settings.value })
    return out
  }

  return {
    detail,
    positions,
    scoreAdj,
    pinned,
    knobs,
    settings,
    changed,
    result,
    recorded,
    setEvent,
    setKnob,
    knobValue,
    setScoreAdj,
    reset,
    pin,
    unpin,
    pinnedOf,
    reportScenarios,
  }
})
