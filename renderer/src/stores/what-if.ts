import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EventDetail } from '../../../shared/api/api-types'
import { runWhatIf } from '../../../shared/model'
import type { WhatIfResult, WhatIfSettings } from '../../../shared/model/types'
import { whatIfBaseline, type WhatIfBaseline } from '../composables/what-if-baseline'

/** The knobs a slider moves; names as the sysctls and the contract's `--set` names. */
export type WhatIfKnob = 'min_free_kbytes' | 'watermark_scale_factor' | 'cma_kb' | 'swap_kb'

/** A scenario the user pinned for the report. */
export interface PinnedScenario {
  readonly eventId: string
  readonly settings: WhatIfSettings
  readonly succeeds: boolean
  readonly zone: string | null
  readonly marginKb: number
  readonly victimComm: string | null
}

/**
 * What-if for the open event: the knobs moved away from the recorded state, and the kernel model's
 * replay under them, recomputed locally on every move (pure arithmetic, no IPC per tick).
 */
export const useWhatIfStore = defineStore('what-if', () => {
  const detail = shallowRef<EventDetail | null>(null)
  const knobs = ref<Partial<Record<WhatIfKnob, number>>>({})
  const scoreAdj = ref<Record<number, number>>({})
  const pinned = ref<PinnedScenario[]>([])

  const baseline = computed<WhatIfBaseline | null>(() => (detail.value ? whatIfBaseline(detail.value) : null))

  const settings = computed<WhatIfSettings>(() => {
    const out: { -readonly [K in keyof WhatIfSettings]: WhatIfSettings[K] } = {}
    for (const [name, value] of Object.entries(knobs.value) as [WhatIfKnob, number | undefined][]) {
      if (value !== undefined) out[name] = value
    }
    if (Object.keys(scoreAdj.value).length > 0) out.oom_score_adj = { ...scoreAdj.value }
    return out
  })

  const changed = computed(() => Object.keys(settings.value).length > 0)

  const result = computed<WhatIfResult | null>(() => {
    const d = detail.value
    return d ? runWhatIf(d.event, d.model, settings.value) : null
  })

  function setEvent(next: EventDetail | null): void {
    if (next?.event.id !== detail.value?.event.id) reset()
    detail.value = next
  }

  /** Moves a knob; back at its recorded value it counts as untouched again. */
  function setKnob(name: WhatIfKnob, value: number): void {
    const base = baseline.value?.[name]
    const next = { ...knobs.value }
    if (base !== undefined && base !== null && value === base) delete next[name]
    else next[name] = value
    knobs.value = next
  }

  function knobValue(name: WhatIfKnob): number {
    return knobs.value[name] ?? baseline.value?.[name] ?? 0
  }

  function setScoreAdj(pid: number, value: number | null): void {
    const next = { ...scoreAdj.value }
    if (value === null) delete next[pid]
    else next[pid] = Math.max(-1000, Math.min(1000, Math.round(value)))
    scoreAdj.value = next
  }

  function reset(): void {
    knobs.value = {}
    scoreAdj.value = {}
  }

  function pin(): void {
    const r = result.value
    const d = detail.value
    if (!r || !d) return
    pinned.value = [
      ...pinned.value,
      {
        eventId: d.event.id,
        settings: settings.value,
        succeeds: r.allocation.succeeds,
        zone: r.allocation.zone,
        marginKb: r.allocation.marginKb,
        victimComm: r.victim?.comm ?? null,
      },
    ]
  }

  function unpin(index: number): void {
    pinned.value = pinned.value.filter((_, i) => i !== index)
  }

  return {
    detail,
    knobs,
    scoreAdj,
    pinned,
    baseline,
    settings,
    changed,
    result,
    setEvent,
    setKnob,
    knobValue,
    setScoreAdj,
    reset,
    pin,
    unpin,
  }
})
