/**
 * The verdict of a scenario, read off the replay the way the kernel would act on it:
 * - a zone (or the cgroup) can serve the request → `succeeds`;
 * - refused: an allocation-failure report's caller just gets NULL (`fails`); an OOM report's request
 *   goes to `out_of_memory` (mm/oom_kill.c), where `check_panic_on_oom` panics first when
 *   panic_on_oom is 2, or 1 and the OOM is not constrained (`panics`, nobody killed), and
 *   `select_bad_process` may find nothing it may kill (`no-kill`) — else it kills (`fails` + victim).
 * The reason is the term that decided the first zone of the zonelist the request may use (the
 * preferred zone, where the fast path tries first; lower zones are held back from it by their
 * lowmem_reserve by design), or the cgroup counter.
 */
import { checkedOrder } from '../kernel/alloc-stages'
import type { MemEvent } from '../event/types'
import { zoneLabel } from '../event/zone-label'
import { isNoKillablePanic, panicOnOomFromMessage } from '../kernel/tunables'
import { OOM_SCORE_ADJ_MIN } from '../kernel/oom-badness'
import type { AllocationReplay, VictimReplay, ZoneCheck } from './types'
import { recordedVictim } from './what-if-recorded'
import type {
  MemcgReplay,
  ScenarioOutcome,
  ScenarioReason,
  ScenarioSettings,
  ScenarioVerdict,
  ScenarioVictim,
  VerdictZone,
} from './what-if-types'

/** The allowed zone that came closest to passing (largest margin), or null when none was allowed. */
export function closestZone(replay: AllocationReplay): ZoneCheck | null {
  return replay.zones
    .filter((z) => z.allowed)
    .reduce<ZoneCheck | null>((best, z) => (best === null || z.marginKb > best.marginKb ? z : best), null)
}

/** The zone a verdict names: the one that served, else the first zone of the zonelist the request may use. */
export function verdictZoneCheck(replay: AllocationReplay): ZoneCheck | null {
  if (replay.succeeds) {
    const served = replay.zones.find((z) => z.allowed && z.pass)
    if (served) return served
  }
  return replay.zones.find((z) => z.allowed) ?? null
}

function verdictZone(check: ZoneCheck | null): VerdictZone | null {
  if (!check) return null
  const short = check.pass || check.decidingTerm === 'order' ? 0 : Math.max(0, -check.marginKb)
  return { node: check.node, zone: check.zone, label: zoneLabel(check), check, shortKb: short }
}

function reasonOf(check: ZoneCheck | null): ScenarioReason | null {
  if (!check) return 'not-allowed'
  return check.decidingTerm === 'ok' ? null : check.decidingTerm
}

/** Whether any task of the table may be killed under these oom_score_adj overrides (pid 1 and −1000 never). */
function anyKillable(event: MemEvent, settings: ScenarioSettings): boolean {
  return event.tasks.some((t) => {
    if (t.pid === 1) return false
    const adj = settings.oom_score_adj?.[t.pid] ?? t.oomScoreAdj ?? 0
    return adj > OOM_SCORE_ADJ_MIN
  })
}

/** The victim of a kill under this scenario: the replay's pick, else the log's when nothing touched the choice. */
function victimOf(
  event: MemEvent,
  victim: VictimReplay | null,
  settings: ScenarioSettings,
  recorded: boolean,
): ScenarioVictim | null {
  const logged = recordedVictim(event)
  // As recorded, the kernel's own choice is the answer; the replay only fills in when the log names none.
  if (recorded && logged) {
    const ranked = victim?.ranked.find((r) => r.pid === logged.pid)
    return { ...logged, points: ranked?.points ?? null, score: ranked?.score ?? null, from: 'recorded' }
  }
  if (victim) return { pid: victim.pid, comm: victim.comm, points: victim.points, score: victim.score, from: 'replay' }
  const touched =
    settings.swap_kb !== undefined || settings.oom_score_adj !== undefined || settings.memcg_limit_kb !== undefined
  return logged && !touched && event.tasks.length === 0
    ? { ...logged, points: null, score: null, from: 'recorded' }
    : null
}

/** Everything the verdict is read from. */
export interface VerdictInput {
  readonly event: MemEvent
  readonly settings: ScenarioSettings
  readonly recorded: boolean
  readonly replay: AllocationReplay | null
  readonly memcg: MemcgReplay | null
  readonly victim: VictimReplay | null
  /** The outcome rests on the swap-reclaim estimate. */
  readonly estimate: boolean
  /** The recorded refusal is one the replay cannot explain: a pass is then not believed. */
  readonly unexplained: boolean
}

/** See the module comment. */
export function scenarioVerdict(input: VerdictInput): ScenarioVerdict {
  const { event, settings, replay, memcg } = input
  const order = checkedOrder(event.trigger.order)
  const panicOnOom = panicOnOomFromMessage(event.panic?.message)
  const base = { order, panicOnOom, estimate: input.estimate }
  const manual = (event.trigger.order ?? 0) < 0
  let refused: { reason: ScenarioReason | null; zone: VerdictZone | null; unexplained: boolean } | null
  const unexplained = input.unexplained
  if (event.kind === 'memcg-oom' && memcg && !manual) {
    if (memcg.fits && !unexplained) {
      return { ...base, outcome: 'succeeds', reason: null, zone: null, victim: null, unexplained }
    }
    refused = { reason: memcg.fits ? null : 'memcg-limit', zone: null, unexplained }
  } else if (replay && !manual) {
    const check = verdictZoneCheck(replay)
    if (replay.succeeds && !unexplained) {
      return { ...base, outcome: 'succeeds', reason: null, zone: verdictZone(check), victim: null, unexplained }
    }
    const preferred = replay.zones.find((z) => z.allowed) ?? null
    refused = { reason: reasonOf(preferred), zone: verdictZone(preferred), unexplained }
  } else {
    return { ...base, outcome: 'unknown', reason: null, zone: null, victim: null, unexplained: false }
  }
  let outcome: ScenarioOutcome = 'fails'
  let victim: ScenarioVictim | null = null
  if (event.kind !== 'alloc-failure') {
    const unconstrained = (event.oomKill?.constraint ?? 'CONSTRAINT_NONE') === 'CONSTRAINT_NONE'
    const memcgOom = event.kind === 'memcg-oom'
    if (panicOnOom === 2 || (panicOnOom === 1 && unconstrained && !memcgOom)) outcome = 'panics'
    else if (event.tasks.length > 0 ? !anyKillable(event, settings) : isNoKillablePanic(event.panic?.message))
      outcome = 'no-kill'
    else victim = victimOf(event, input.victim, settings, input.recorded)
  }
  return { ...base, outcome, reason: refused.reason, zone: refused.zone, victim, unexplained: refused.unexplained }
}
