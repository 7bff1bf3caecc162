/**
 * Types of a what-if scenario: the knobs beyond the model's `WhatIfSettings`, the verdict a scenario
 * reaches (outcome + the kernel term that decided it), the memory-cgroup replay and the swap estimate.
 * Plain JSON data; additive only.
 */
import type { MemcgInterface } from '../kernel/tunables'
import type { AllocationReplay, VictimReplay, WhatIfResult, WhatIfSettings, ZoneCheck } from './types'

/** Every what-if setting; names as the sysctl / cgroup file they stand for (`--set name=value`). */
export interface ScenarioSettings extends WhatIfSettings {
  /** vm.watermark_boost_factor (5.0+); 0 removes every boost. */
  readonly watermark_boost_factor?: number
  /** vm.lowmem_reserve_ratio, one entry per configured zone in the kernel's zone order. */
  readonly lowmem_reserve_ratio?: readonly number[]
  /** The group's memory limit in kB: memory.max (cgroup v2) / memory.limit_in_bytes (v1). */
  readonly memcg_limit_kb?: number
  /** cgroup v2 memory.swap.max of the group, kB. */
  readonly memcg_swap_max_kb?: number
  /** cgroup v1 memory.memsw.limit_in_bytes (memory + swap) of the group, kB. */
  readonly memcg_memsw_limit_kb?: number
}

/** The names of every numeric knob a slider can move. */
export type KnobId =
  | 'min_free_kbytes'
  | 'watermark_scale_factor'
  | 'watermark_boost_factor'
  | 'lowmem_reserve_ratio'
  | 'cma_kb'
  | 'swap_kb'
  | 'memcg_limit_kb'
  | 'memcg_swap_max_kb'
  | 'memcg_memsw_limit_kb'

/** What would happen to the request under a scenario. */
export type ScenarioOutcome =
  /** A zone (or the cgroup) can serve it. */
  | 'succeeds'
  /** Refused: an allocation failure returns NULL; an OOM report's request goes to the OOM killer. */
  | 'fails'
  /** Refused, and panic_on_oom panics the machine instead of killing (nobody is killed). */
  | 'panics'
  /** Refused, and the OOM killer finds no task it may kill. */
  | 'no-kill'
  /** Nothing to replay: no zone lines, no cgroup numbers, or a manual (sysrq) trigger. */
  | 'unknown'

/** The kernel term that decided a refusal. */
export type ScenarioReason =
  | 'watermark'
  | 'lowmem-reserve'
  /** No free block of the requested order in a migrate type the request may use. */
  | 'order'
  | 'cma'
  | 'highatomic'
  | 'not-allowed'
  | 'memcg-limit'

/** The zone a verdict is about: its label, the check the replay ran, and what it was short. */
export interface VerdictZone {
  readonly node: number
  readonly zone: string
  /** `Node 0 Normal` (`zoneLabel`). */
  readonly label: string
  readonly check: ZoneCheck
  /** Free that was missing for the check to pass (0 when it passed or failed on the order check). */
  readonly shortKb: number
}

/** What the memory-cgroup charge replay saw (`try_charge`, mm/memcontrol.c). */
export interface MemcgReplay {
  readonly interface: MemcgInterface | null
  readonly usageKb: number
  readonly limitKb: number | null
  /** 2^order pages: what the failed charge asked for. */
  readonly chargeKb: number
  /** v1 memory+swap counter (usage, limit), when the group has a finite one. */
  readonly memswUsageKb: number | null
  readonly memswLimitKb: number | null
  /** v2 swap counter of the group. */
  readonly swapUsageKb: number | null
  readonly swapLimitKb: number | null
  /** Which counter refused the charge: `memory` or `memsw` (v1); null when it fits. */
  readonly limitedBy: 'memory' | 'memsw' | null
  readonly fits: boolean
  /** usage + charge − limit of the counter that refused it; 0 when it fits. */
  readonly shortKb: number
  /** Anonymous memory of the group that more swap room would let reclaim move out (estimate), kB. */
  readonly reclaimableKb: number
  /** The recorded numbers do not show the limit reached, though the kernel reported a cgroup OOM. */
  readonly unexplained: boolean
}

/** What more swap could have done for the request (an estimate: the replay cannot run reclaim). */
export interface SwapEstimate {
  readonly addedKb: number
  /** Anon + shmem (swap-backed LRU pages) in the zones the request may use, or in the cgroup, kB. */
  readonly swappableKb: number
  /** What reclaim could additionally move to swap: min(swappable, new swap room) − what it already had. */
  readonly reclaimableKb: number
  /** The refusal the swap would have to cover, kB (0 when nothing was short). */
  readonly shortfallKb: number
  /** The request may reclaim at all (not atomic / no __GFP_DIRECT_RECLAIM). */
  readonly canReclaim: boolean
  /** Reclaim into the added swap could have freed the shortfall. */
  readonly covers: boolean
}

/** The task a kill would take: from the replay over the task table, else the one the log names. */
export interface ScenarioVictim {
  readonly pid: number
  readonly comm: string
  /** Badness points and printed-scale score when the replay ranked the task table, else null. */
  readonly points: number | null
  readonly score: number | null
  readonly from: 'replay' | 'recorded'
}

/** The verdict of one scenario. */
export interface ScenarioVerdict {
  readonly outcome: ScenarioOutcome
  readonly reason: ScenarioReason | null
  /** The zone the verdict names: the serving zone, else the first zone of the zonelist the request may use. */
  readonly zone: VerdictZone | null
  /** The request's order (order-check reasons name the block size). */
  readonly order: number
  /** The task the OOM killer would take; only when a kill would happen. */
  readonly victim: ScenarioVictim | null
  /** panic_on_oom as the report showed it (1 system-wide, 2 compulsory), else null. */
  readonly panicOnOom: 1 | 2 | null
  /** The outcome rests on an estimate (swap reclaim), not only on the replayed arithmetic. */
  readonly estimate: boolean
  /** The model could not explain the recorded outcome; what-if outcomes for this event are uncertain. */
  readonly unexplained: boolean
}

/** One scenario replayed: the model's what-if result plus its verdict and the per-zone state it used. */
export interface ScenarioResult extends WhatIfResult {
  readonly settings: ScenarioSettings
  readonly verdict: ScenarioVerdict
  /** True when no setting differs from the recorded state (the recorded replay, exactly). */
  readonly recorded: boolean
  /** Free CMA per zone in this scenario, kB, index-aligned with `zones`. */
  readonly freeCmaKb: readonly number[]
  /** The buddy migrate-type letters per zone and order the order check saw in this scenario. */
  readonly buddyTypes: readonly (readonly (string | null)[] | null)[]
  /**
   * Migrate-type letters whose free lists the order check may take a block from (`UME`, plus `C` with
   * ALLOC_CMA and `H` for a request that may use the highatomic reserve); null before 4.4, whose
   * per-order loop looked at counts only.
   */
  readonly usableLetters: string | null
  readonly memcg: MemcgReplay | null
  readonly swap: SwapEstimate | null
  readonly replay: AllocationReplay | null
  readonly victim: VictimReplay | null
}
