/**
 * The knobs a what-if offers for one event — only those that existed on that kernel and can change
 * something for this event — with the recorded value, the kernel default, the range, and the values
 * a slider snaps to (recorded, default, and the flip point where the verdict changes, which is the
 * value a recommendation names). Knobs left out are listed with the reason, so a reader knows why.
 */
import type { MemEvent } from '../event/types'
import {
  DEFAULT_WATERMARK_BOOST_FACTOR,
  DEFAULT_WATERMARK_SCALE_FACTOR,
  hasWatermarkBoostFactor,
  hasWatermarkScaleFactor,
  maxWatermarkScaleFactor,
} from '../kernel/tunables'
import { v } from '../kernel/version'
import { analyzeModelImpl as analyzeModel } from './analyze-model'
import { recordedSettings, type RecordedSettings } from './what-if-recorded'
import { runScenario } from './what-if-scenario'
import type { KnobId, ScenarioOutcome, ScenarioSettings } from './what-if-types'
import type { ModelResult } from './types'

/** Why a value is a snap point. */
export type SnapKind = 'recorded' | 'default' | 'thp' | 'flip'

export interface SnapPoint {
  readonly value: number
  readonly kind: SnapKind
}

/** One slider. */
export interface Knob {
  readonly id: KnobId
  /** What the user knows it as: the sysctl or cgroup file (`min_free_kbytes`, `memory.max`). */
  readonly name: string
  readonly unit: 'kB' | ''
  readonly recorded: number
  readonly min: number
  readonly max: number
  /** Arrow-key step and page step (PageUp/PageDown). */
  readonly step: number
  readonly pageStep: number
  /** Sorted by value; the recorded value is always one. */
  readonly snaps: readonly SnapPoint[]
  /** lowmem_reserve_ratio: the zone whose entry this slider moves. */
  readonly zone?: string
}

/** Why a knob is not offered for this event. */
export type HiddenWhy =
  | 'not-in-version' // the sysctl arrived after this kernel
  | 'no-boost' // no zone carried a watermark boost: the factor can only cap a boost
  | 'reserve-not-deciding' // no zone's lowmem_reserve decided its check
  | 'no-zone-replay' // no zone lines / no allocation to replay
  | 'cgroup-oom' // a cgroup charge: the zone sysctls do not take part
  | 'atomic' // the request may not reclaim, so swap cannot free anything for it
  | 'unlimited' // the cgroup counter is unlimited: raising it is impossible, lowering only fails sooner
  | 'never-ooms' // memory.high throttles and reclaims, never invokes the OOM killer
  | 'no-min-free' // min_free_kbytes could not be inferred from the printed watermarks

export interface HiddenKnob {
  /** The knob's id, or the cgroup file name for files the what-if has no setting for (`memory.high`). */
  readonly id: KnobId | 'memory.high'
  readonly name: string
  readonly why: HiddenWhy
}

export interface WhatIfKnobs {
  readonly knobs: readonly Knob[]
  readonly hidden: readonly HiddenKnob[]
  readonly recorded: RecordedSettings
}

/** A round step for a range: 1, 2, 4 … or 10, 20, 50 … close to range / divisions. */
function niceStep(range: number, divisions: number, unit: 'kB' | ''): number {
  const raw = Math.max(1, range / divisions)
  const base = unit === 'kB' ? 2 : 10
  const exp = Math.floor(Math.log(raw) / Math.log(base))
  return Math.max(1, base ** exp)
}

function roundUp(value: number, to: number): number {
  return Math.max(to, Math.ceil(value / to) * to)
}

/** The outcome of a scenario that only sets `id` to `value`. */
type Probe = (value: number) => ScenarioOutcome

/**
 * The value nearest to `recorded` within [lo, hi] where the outcome stops being the recorded one,
 * assuming the outcome changes once along the range (every knob here acts monotonically on the check).
 */
function flipPoint(probe: Probe, recorded: number, lo: number, hi: number): number | null {
  const base = probe(recorded)
  const search = (from: number, to: number): number | null => {
    if (probe(to) === base) return null
    let a = from
    let b = to
    // Invariant: probe(a) === base, probe(b) !== base; integers, so log2(range) probes.
    while (Math.abs(b - a) > 1) {
      const mid = Math.round((a + b) / 2)
      if (probe(mid) === base) a = mid
      else b = mid
    }
    return b
  }
  const below = recorded > lo ? search(recorded, lo) : null
  const above = recorded < hi ? search(recorded, hi) : null
  if (below === null) return above
  if (above === null) return below
  return recorded - below <= above - recorded ? below : above
}

function knob(
  id: KnobId,
  name: string,
  unit: 'kB' | '',
  recorded: number,
  range: { min: number; max: number },
  extra: readonly SnapPoint[],
  probe: Probe | null,
  zone?: string,
): Knob {
  const max = Math.max(range.max, recorded)
  const snaps: SnapPoint[] = [{ value: recorded, kind: 'recorded' }]
  for (const s of extra) if (s.value >= range.min && s.value <= max) snaps.push(s)
  const flip = probe ? flipPoint(probe, recorded, range.min, max) : null
  if (flip !== null) snaps.push({ value: flip, kind: 'flip' })
  const unique = snaps.filter((s, i) => snaps.findIndex((o) => o.value === s.value) === i)
  unique.sort((a, b) => a.value - b.value)
  return {
    id,
    name,
    unit,
    recorded,
    min: range.min,
    max,
    step: niceStep(max - range.min, 100, unit),
    pageStep: niceStep(max - range.min, 10, unit),
    snaps: unique,
    ...(zone ? { zone } : {}),
  }
}

/** The lowmem_reserve_ratio list with one zone's entry replaced. */
export function ratiosWith(
  recorded: readonly number[],
  layout: readonly string[],
  zone: string,
  value: number,
): number[] {
  return recorded.map((r, i) => (layout[i] === zone ? value : r))
}

/** The zone whose lowmem_reserve decided a refused check and whose own ratio could lift it, if any. */
function reserveZone(model: ModelResult): string | null {
  const checks = model.allocation?.zones ?? []
  const decided = checks.filter((z) => z.allowed && !z.pass && z.decidingTerm === 'lowmem-reserve')
  // The one closest to passing without its reserve: lowering that reserve flips it first.
  const best = decided.sort((a, b) => b.marginKb - a.marginKb)[0]
  return best?.zone ?? null
}

const cache = new WeakMap<ModelResult, WhatIfKnobs>()

/** See the module comment (memoised per model result). */
/**
 * Where a knob's slider flips the recorded outcome (the value nearest the recorded one with the other
 * verdict), or null when no value in its range does or the event has no such knob. The one answer to
 * "how far would this setting have had to move": findings that recommend a size read it here.
 */
export function flipOf(event: MemEvent, model: ModelResult, id: KnobId): number | null {
  const knob = whatIfKnobs(event, model).knobs.find((k) => k.id === id)
  return knob?.snaps.find((s) => s.kind === 'flip')?.value ?? null
}

export function whatIfKnobs(event: MemEvent, model: ModelResult): WhatIfKnobs {
  const known = cache.get(model)
  if (known) return known
  const result = knobsOf(event, model.basis ? model : analyzeModel(event))
  cache.set(model, result)
  return result
}

function knobsOf(event: MemEvent, model: ModelResult): WhatIfKnobs {
  const recorded = recordedSettings(event, model)
  const knobs: Knob[] = []
  const hidden: HiddenKnob[] = []
  const basis = model.basis ?? null
  const version = basis?.version ?? 0
  const outcomeWith = (settings: ScenarioSettings): ScenarioOutcome =>
    runScenario(event, model, settings).verdict.outcome
  const zoneReplay = event.kind !== 'memcg-oom' && model.allocation !== null && basis !== null
  const managedKb = event.zones.reduce((s, z) => s + (z.managedKb ?? z.presentKb ?? 0), 0)

  if (event.kind === 'memcg-oom') {
    for (const id of ['min_free_kbytes', 'watermark_scale_factor', 'cma_kb', 'swap_kb'] as const)
      hidden.push({ id, name: id, why: 'cgroup-oom' })
    const v2 = recorded.memcgInterface === 'v2'
    const limitName = v2 ? 'memory.max' : 'memory.limit_in_bytes'
    const m = event.memcg
    if (recorded.memcg_limit_kb !== null && m?.usageKb != null) {
      const top = roundUp(Math.max(2 * recorded.memcg_limit_kb, 2 * m.usageKb), 1024)
      knobs.push(
        knob('memcg_limit_kb', limitName, 'kB', recorded.memcg_limit_kb, { min: 0, max: top }, [], (kb) =>
          outcomeWith({ memcg_limit_kb: kb }),
        ),
      )
    } else hidden.push({ id: 'memcg_limit_kb', name: limitName, why: 'unlimited' })
    if (v2) {
      if (recorded.memcg_swap_max_kb !== null) {
        const top = roundUp(Math.max(2 * recorded.memcg_swap_max_kb, recorded.memcg_limit_kb ?? 0, 65536), 1024)
        knobs.push(
          knob(
            'memcg_swap_max_kb',
            'memory.swap.max',
            'kB',
            recorded.memcg_swap_max_kb,
            { min: 0, max: top },
            [],
            (kb) => outcomeWith({ memcg_swap_max_kb: kb }),
          ),
        )
      } else hidden.push({ id: 'memcg_swap_max_kb', name: 'memory.swap.max', why: 'unlimited' })
      hidden.push({ id: 'memory.high', name: 'memory.high', why: 'never-ooms' })
    } else if (recorded.memcgInterface === 'v1') {
      if (recorded.memcg_memsw_limit_kb !== null) {
        const top = roundUp(2 * recorded.memcg_memsw_limit_kb, 1024)
        knobs.push(
          knob(
            'memcg_memsw_limit_kb',
            'memory.memsw.limit_in_bytes',
            'kB',
            recorded.memcg_memsw_limit_kb,
            { min: 0, max: top },
            [],
            (kb) => outcomeWith({ memcg_memsw_limit_kb: kb }),
          ),
        )
      } else hidden.push({ id: 'memcg_memsw_limit_kb', name: 'memory.memsw.limit_in_bytes', why: 'unlimited' })
    }
  } else if (!zoneReplay || !basis) {
    for (const id of ['min_free_kbytes', 'watermark_scale_factor', 'cma_kb', 'swap_kb'] as const)
      hidden.push({ id, name: id, why: 'no-zone-replay' })
  } else {
    // min_free_kbytes: the sysctl's floor is 0; the range reaches well past the recorded and THP values.
    if (recorded.min_free_kbytes !== null) {
      const extra: SnapPoint[] = []
      if (model.defaultMinFreeKbytes != null) extra.push({ value: model.defaultMinFreeKbytes, kind: 'default' })
      if (model.thpMinFreeKbytes != null) extra.push({ value: model.thpMinFreeKbytes, kind: 'thp' })
      const top = roundUp(Math.max(4 * recorded.min_free_kbytes, 2 * (model.thpMinFreeKbytes ?? 0), 65536), 1024)
      knobs.push(
        knob('min_free_kbytes', 'min_free_kbytes', 'kB', recorded.min_free_kbytes, { min: 0, max: top }, extra, (kb) =>
          outcomeWith({ min_free_kbytes: kb }),
        ),
      )
    } else hidden.push({ id: 'min_free_kbytes', name: 'min_free_kbytes', why: 'no-min-free' })

    if (!hasWatermarkScaleFactor(version))
      hidden.push({ id: 'watermark_scale_factor', name: 'watermark_scale_factor', why: 'not-in-version' })
    else if (recorded.min_free_kbytes === null)
      hidden.push({ id: 'watermark_scale_factor', name: 'watermark_scale_factor', why: 'no-min-free' })
    else {
      const wsf = recorded.watermark_scale_factor ?? DEFAULT_WATERMARK_SCALE_FACTOR
      knobs.push(
        knob(
          'watermark_scale_factor',
          'watermark_scale_factor',
          '',
          wsf,
          { min: 1, max: maxWatermarkScaleFactor(version) },
          [{ value: DEFAULT_WATERMARK_SCALE_FACTOR, kind: 'default' }],
          null, // it moves low/high (kswapd), not the min the slow path checks: no verdict flip to find
        ),
      )
    }

    if (!hasWatermarkBoostFactor(version))
      hidden.push({ id: 'watermark_boost_factor', name: 'watermark_boost_factor', why: 'not-in-version' })
    else if (!basis.zones.some((z) => z.boostPages > 0))
      hidden.push({ id: 'watermark_boost_factor', name: 'watermark_boost_factor', why: 'no-boost' })
    else {
      knobs.push(
        knob(
          'watermark_boost_factor',
          'watermark_boost_factor',
          '',
          recorded.watermark_boost_factor,
          { min: 0, max: 2 * Math.max(DEFAULT_WATERMARK_BOOST_FACTOR, recorded.watermark_boost_factor) },
          [{ value: DEFAULT_WATERMARK_BOOST_FACTOR, kind: 'default' }],
          (f) => outcomeWith({ watermark_boost_factor: f }),
        ),
      )
    }

    const zone = reserveZone(model)
    const ratios = recorded.lowmem_reserve_ratio
    const zoneIdx = zone === null ? -1 : basis.layout.indexOf(zone)
    if (zone !== null && ratios && zoneIdx >= 0) {
      const current = ratios[zoneIdx] ?? 1
      // ≤ 4.16 a ratio below 1 is forced to 1; 4.17+ 0 switches the zone's reserve off.
      const min = version >= v('4.17') ? 0 : 1
      const def = basis.lowmemReserveRatios[zoneIdx] ?? current
      knobs.push(
        knob(
          'lowmem_reserve_ratio',
          `lowmem_reserve_ratio[${zone}]`,
          '',
          current,
          { min, max: Math.max(4 * current, 1024) },
          [{ value: def, kind: 'default' }],
          (r) => outcomeWith({ lowmem_reserve_ratio: ratiosWith(ratios, basis.layout, zone, r) }),
          zone,
        ),
      )
    } else hidden.push({ id: 'lowmem_reserve_ratio', name: 'lowmem_reserve_ratio', why: 'reserve-not-deciding' })

    const cmaTop = roundUp(Math.max(2 * recorded.cma_kb, 262144), 1024)
    knobs.push(
      knob('cma_kb', 'cma', 'kB', recorded.cma_kb, { min: 0, max: cmaTop }, [], (kb) => outcomeWith({ cma_kb: kb })),
    )

    // Swap helps a request that may reclaim, and rescales victim scores where a kill follows.
    const canReclaim = model.gfp?.canReclaim ?? false
    if (canReclaim || event.kind === 'oom') {
      const top = roundUp(Math.max(managedKb, 1048576), 1024)
      knobs.push(knob('swap_kb', 'swap', 'kB', 0, { min: 0, max: top }, [], (kb) => outcomeWith({ swap_kb: kb })))
    } else hidden.push({ id: 'swap_kb', name: 'swap', why: 'atomic' })
  }
  return { knobs, hidden, recorded }
}

/**
 * Scenario settings from slider positions (by knob id); lowmem_reserve_ratio becomes the sysctl's whole
 * list with the slider's zone replaced. Values at the recorded value are left out.
 */
export function settingsFromKnobs(
  positions: Readonly<Partial<Record<KnobId, number>>>,
  knobs: WhatIfKnobs,
  layout: readonly string[],
): ScenarioSettings {
  const out: Record<string, unknown> = {}
  for (const k of knobs.knobs) {
    const value = positions[k.id]
    if (value === undefined || value === k.recorded) continue
    if (k.id === 'lowmem_reserve_ratio' && k.zone && knobs.recorded.lowmem_reserve_ratio) {
      out[k.id] = ratiosWith(knobs.recorded.lowmem_reserve_ratio, layout, k.zone, value)
    } else out[k.id] = value
  }
  return out as ScenarioSettings
}
