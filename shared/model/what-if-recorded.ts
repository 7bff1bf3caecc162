/**
 * The recorded state of an event as what-if settings: the value every knob had when the kernel wrote
 * the report (inferred where the report prints none), and the victim the log names. A scenario whose
 * settings equal these is the recorded replay, exactly.
 */
import type { MemEvent } from '../event/types'
import { pageblockPagesCandidates } from '../kernel/min-free-kbytes'
import { DEFAULT_WATERMARK_BOOST_FACTOR, isUnlimitedKb, type MemcgInterface } from '../kernel/tunables'
import type { ModelBasis, ModelResult } from './types'
import type { ScenarioSettings } from './what-if-types'

/** The recorded value of each knob; null where the report does not let us know it. */
export interface RecordedSettings {
  readonly min_free_kbytes: number | null
  readonly watermark_scale_factor: number | null
  /** Not printed by any kernel: the default, or the least factor that allows the boosts the zones carry. */
  readonly watermark_boost_factor: number
  readonly lowmem_reserve_ratio: readonly number[] | null
  readonly cma_kb: number
  readonly swap_kb: 0
  readonly memcg_limit_kb: number | null
  readonly memcg_swap_max_kb: number | null
  readonly memcg_memsw_limit_kb: number | null
  readonly memcgInterface: MemcgInterface | null
}

/** The CMA area of the machine, kB: `pages cma reserved`, else the zones' `managed_cma`, else free CMA. */
export function recordedCmaKb(event: MemEvent): number {
  if (event.ram.cmaReservedPages !== null) return event.ram.cmaReservedPages * event.pageSizeKb
  const managed = event.zones.reduce((sum, z) => sum + (z.fields['managed_cma'] ?? 0), 0)
  if (managed > 0) return managed
  return event.zones.reduce((sum, z) => sum + (z.freeCmaKb ?? 0), 0)
}

/** cgroup v1 or v2, from what the report printed (see `MemcgInterface` in kernel/tunables). */
export function memcgInterfaceOf(event: MemEvent): MemcgInterface | null {
  const m = event.memcg
  if (!m) return null
  const stat = m.stat
  if ('anon' in stat || 'file' in stat || 'anon_thp' in stat) return 'v2'
  if ('rss' in stat || 'cache' in stat || 'total_rss' in stat || m.kmemUsageKb !== null) return 'v1'
  // 4.19+ prints only `memory:` and `swap:` on v2; `kmem:` would be there on v1.
  return m.swapUsageKb !== null ? 'v2' : null
}

/**
 * Each zone's lowmem_reserve_ratio as the printed reserves show it: row i entry j = Σ size(i+1..j) /
 * ratio[i]; the default when it agrees with the printed value, else the ratio the numbers give.
 */
function recordedRatios(basis: ModelBasis): number[] {
  const { layout, zones } = basis
  return layout.map((name, i) => {
    const fallback = basis.lowmemReserveRatios[i] ?? 0
    const z = zones.find((zone) => zone.zone === name && zone.printedReserve)
    if (!z?.printedReserve) return fallback
    const sizes = layout.map((n) => zones.find((zone) => zone.node === z.node && zone.zone === n)?.sizePages ?? 0)
    let sum = 0
    for (let j = i + 1; j < layout.length; j++) {
      sum += sizes[j] ?? 0
      const reserve = z.printedReserve[j] ?? 0
      if (reserve > 0 && sum > 0) {
        // floor(sum / ratio) = reserve ⇔ ratio ∈ (sum / (reserve + 1), sum / reserve].
        if (fallback > sum / (reserve + 1) && fallback <= sum / reserve) return fallback
        return Math.max(1, Math.floor(sum / reserve))
      }
    }
    return fallback
  })
}

/**
 * The boost factor the recorded boosts imply: the default, unless a zone carried more boost than the
 * default allows (`high × factor / 10000`, a pageblock at least), which only a larger factor permits.
 */
function recordedBoostFactor(basis: ModelBasis | null): number {
  let factor = DEFAULT_WATERMARK_BOOST_FACTOR
  const pageblock = basis ? (pageblockPagesCandidates(basis.pageSizeKb)[0] ?? 512) : 512
  for (const z of basis?.zones ?? []) {
    const high = (z.printedHighPages ?? 0) - z.boostPages
    if (z.boostPages <= pageblock || high <= 0) continue
    factor = Math.max(factor, Math.ceil((z.boostPages * 10000) / high))
  }
  return factor
}

const recordedCache = new WeakMap<ModelResult, RecordedSettings>()

/** The recorded settings of an event (memoised per model result: sliders ask on every move). */
export function recordedSettings(event: MemEvent, model: ModelResult): RecordedSettings {
  const known = recordedCache.get(model)
  if (known) return known
  const basis = model.basis ?? null
  const m = event.kind === 'memcg-oom' ? event.memcg : null
  const iface = memcgInterfaceOf(event)
  const finite = (kb: number | null | undefined): number | null => (isUnlimitedKb(kb) ? null : (kb as number))
  const recorded: RecordedSettings = {
    min_free_kbytes: model.inferredMinFreeKbytes,
    watermark_scale_factor: model.watermarkScaleFactor ?? basis?.watermarkScaleFactor ?? null,
    watermark_boost_factor: recordedBoostFactor(basis),
    lowmem_reserve_ratio: basis ? recordedRatios(basis) : null,
    cma_kb: recordedCmaKb(event),
    swap_kb: 0,
    memcg_limit_kb: m ? finite(m.limitKb) : null,
    memcg_swap_max_kb: m && iface === 'v2' ? finite(m.swapLimitKb) : null,
    memcg_memsw_limit_kb: m && iface === 'v1' ? finite(m.swapLimitKb) : null,
    memcgInterface: iface,
  }
  recordedCache.set(model, recorded)
  return recorded
}

const sameList = (a: readonly number[], b: readonly number[] | null): boolean =>
  b !== null && a.length === b.length && a.every((x, i) => x === b[i])

/** `settings` without the knobs that sit at their recorded value (so the recorded replay is reused). */
export function changedSettings(settings: ScenarioSettings, recorded: RecordedSettings): ScenarioSettings {
  const out: { -readonly [K in keyof ScenarioSettings]: ScenarioSettings[K] } = {}
  for (const [key, value] of Object.entries(settings) as [keyof ScenarioSettings, unknown][]) {
    if (value === undefined) continue
    if (key === 'oom_score_adj') {
      if (Object.keys(value as object).length > 0) out.oom_score_adj = value as ScenarioSettings['oom_score_adj']
      continue
    }
    if (key === 'lowmem_reserve_ratio') {
      if (!sameList(value as number[], recorded.lowmem_reserve_ratio)) out.lowmem_reserve_ratio = value as number[]
      continue
    }
    if (value === recorded[key]) continue
    ;(out as Record<string, unknown>)[key] = value
  }
  return out
}

/** The task the log says the OOM killer chose: `Kill process N` (selected), else `Killed process N`. */
export function recordedVictim(event: MemEvent): { readonly pid: number; readonly comm: string } | null {
  const chosen = event.selected ?? event.killed
  return chosen ? { pid: chosen.pid, comm: chosen.comm } : null
}
