/**
 * What must not change when the same report is pasted another way: the events, triggers, zones,
 * tasks, kills and (when asked) the findings — not times, hosts or the verbatim lines.
 */
import { diagnoseEvent } from '../../../shared/diagnose/index'
import type { MemEvent } from '../../../shared/event/types'
import { analyzeModel } from '../../../shared/model/index'

export function signature(e: MemEvent, withFindings = false): unknown {
  return {
    kind: e.kind,
    partial: e.partial === true,
    trigger: [e.trigger.comm, e.trigger.pid, e.trigger.gfpMask, e.trigger.order, e.trigger.oomScoreAdj],
    warning: e.allocWarning?.message ?? null,
    frames: e.callTrace.map((f) => f.fn),
    counters: e.counters,
    zones: e.zones.map((z) => [
      z.node,
      z.zone,
      z.freeKb,
      z.minKb,
      z.lowKb,
      z.highKb,
      z.managedKb,
      z.lowmemReserve,
      z.buddy?.counts ?? null,
      z.buddy?.types ?? null,
      z.buddy?.totalKb ?? null,
    ]),
    swap: e.swap,
    ram: e.ram.totalPages,
    memcg: e.memcg && [
      e.memcg.path,
      e.memcg.usageKb,
      e.memcg.limitKb,
      e.memcg.failcnt,
      Object.keys(e.memcg.stat).length,
    ],
    tasks: e.tasks.map((t) => [t.pid, t.uid, t.totalVm, t.rss, t.swapents, t.oomScoreAdj, t.name]),
    selected: e.selected && [e.selected.pid, e.selected.comm, e.selected.score],
    killed: e.killed && [e.killed.pid, e.killed.comm, e.killed.anonRssKb, e.killed.fileRssKb, e.killed.shmemRssKb],
    group: e.oomGroup ? e.oomGroup.kills.map((k) => k.pid) : null,
    ...(withFindings ? { findings: diagnoseEvent(e, analyzeModel(e), 'en').map((f) => f.code) } : {}),
  }
}

/** The signatures of a parse's events in source order. */
export function signatures(events: readonly MemEvent[], withFindings = false): unknown[] {
  return [...events].sort((a, b) => a.line - b.line).map((e) => signature(e, withFindings))
}
