import type { AnalysedEvent, CaseAnalysis } from '../analysis/types'
import type { Finding } from '../diagnose/types'
import type { MemEvent, Task, Zone } from '../event/types'
import type { ModelResult, ZoneWatermarks } from '../model/types'
import {
  ANALYSIS_SCHEMA,
  type AnalysisJson,
  type ContractEvent,
  type ContractFinding,
  type ContractKilled,
  type ContractModel,
  type ContractModelZone,
  type ContractTask,
  type ContractZone,
} from './types'

function zone(z: Zone): ContractZone {
  return {
    node: z.node,
    zone: z.zone,
    freeKb: z.freeKb,
    minKb: z.minKb,
    lowKb: z.lowKb,
    highKb: z.highKb,
    managedKb: z.managedKb,
    presentKb: z.presentKb,
    freeCmaKb: z.freeCmaKb,
    lowmemReserve: z.lowmemReserve,
    freeBlocks: z.buddy ? z.buddy.counts : null,
    freeBlockTypes: z.buddy ? z.buddy.types : null,
  }
}

function task(t: Task): ContractTask {
  return {
    pid: t.pid,
    uid: t.uid,
    tgid: t.tgid,
    totalVm: t.totalVm,
    rss: t.rss,
    pgtablesBytes: t.pgtablesBytes,
    nrPtes: t.nrPtes,
    nrPmds: t.nrPmds,
    swapents: t.swapents,
    oomScoreAdj: t.oomScoreAdj,
    name: t.name,
  }
}

/** The victim: the `Killed process` line, else the kill-choice line alone (then both pids are the chosen one). */
function killed(e: MemEvent): ContractKilled | null {
  const k = e.killed
  const s = e.selected
  if (k) {
    return {
      pid: k.pid,
      comm: k.comm,
      selectedPid: s?.pid ?? k.pid,
      score: s?.score ?? null,
      totalVmKb: k.totalVmKb,
      anonRssKb: k.anonRssKb,
      fileRssKb: k.fileRssKb,
      shmemRssKb: k.shmemRssKb,
    }
  }
  if (!s) return null
  return {
    pid: s.pid,
    comm: s.comm,
    selectedPid: s.pid,
    score: s.score,
    totalVmKb: null,
    anonRssKb: null,
    fileRssKb: null,
    shmemRssKb: null,
  }
}

function finding(f: Finding): ContractFinding {
  return {
    ...f,
    code: f.code,
    severity: f.severity,
    title: f.title,
    detail: f.detail,
    evidence: f.evidence.map((ev) => ({ ...ev, line: ev.line, text: ev.text, path: ev.path })),
  }
}

function modelZone(z: ZoneWatermarks): ContractModelZone {
  return {
    node: z.node,
    zone: z.zone,
    minKb: z.minKb,
    lowKb: z.lowKb,
    highKb: z.highKb,
    lowmemReserve: z.lowmemReserve,
  }
}

function model(m: ModelResult): ContractModel {
  const v = m.predictedVictim
  return {
    inferredMinFreeKbytes: m.inferredMinFreeKbytes,
    watermarkScaleFactor: m.watermarkScaleFactor,
    zones: m.zones.map(modelZone),
    predictedVictim: v ? { pid: v.pid, comm: v.comm, points: v.points } : null,
  }
}

function constraint(e: MemEvent): string | null {
  if (e.oomKill?.constraint) return e.oomKill.constraint
  // Before 5.0 no line names the constraint; a memcg OOM is CONSTRAINT_MEMCG by definition.
  return e.kind === 'memcg-oom' ? 'CONSTRAINT_MEMCG' : null
}

function event(a: AnalysedEvent): ContractEvent {
  const e = a.event
  return {
    id: e.id,
    kind: e.kind,
    source: { path: e.path, line: e.line },
    time: e.time,
    uptime: e.uptime,
    host: e.host,
    kernel: { version: e.kernelVersion, arch: e.arch },
    pageSizeKb: e.pageSizeKb,
    trigger: {
      comm: e.trigger.comm,
      pid: e.trigger.pid,
      gfpMask: e.trigger.gfpMask,
      // The contract: the printed names when the kernel printed them, else the model's decoding.
      gfpFlags: e.trigger.gfpPrintedNames ?? a.model.gfp?.flags ?? [],
      order: e.trigger.order,
      oomScoreAdj: e.trigger.oomScoreAdj,
    },
    constraint: constraint(e),
    zones: e.zones.map(zone),
    counters: e.counters,
    killed: killed(e),
    tasks: e.tasks.map(task),
    swap: e.swap ? { totalKb: e.swap.totalKb, freeKb: e.swap.freeKb } : null,
    ram: {
      totalPages: e.ram.totalPages,
      highmemPages: e.ram.highmemPages,
      reservedPages: e.ram.reservedPages,
      cmaReservedPages: e.ram.cmaReservedPages,
    },
    memcg: e.memcg
      ? {
          path: e.memcg.path,
          usageKb: e.memcg.usageKb,
          limitKb: e.memcg.limitKb,
          failcnt: e.memcg.failcnt,
          swapUsageKb: e.memcg.swapUsageKb,
          swapLimitKb: e.memcg.swapLimitKb,
        }
      : null,
    findings: a.findings.map(finding),
    model: model(a.model),
    whatIf: a.whatIf
      ? {
          settings: { ...a.whatIf.settings },
          allocation: { ...a.whatIf.allocation },
          zones: a.whatIf.zones.map(modelZone),
        }
      : null,
    partial: e.partial === true,
  }
}

/**
 * The contract's JSON object for a whole analysed case (`oomlens analyze --json`): every contract field,
 * nulls where the input had nothing, plus the documented extras (warning codes, evidence paths,
 * case findings).
 */
export function toAnalysisJson(analysis: CaseAnalysis): AnalysisJson {
  return {
    schema: ANALYSIS_SCHEMA,
    inputs: analysis.inputs.map((i) => ({ path: i.path, kind: i.kind, bytes: i.bytes })),
    events: analysis.events.map(event),
    snapshots: analysis.snapshots.map((s) => ({
      path: s.path,
      kind: s.kind,
      time: s.time,
      data: s.data,
      lineOf: s.lineOf,
    })),
    warnings: analysis.issues.map((i) => ({
      path: i.path,
      line: i.line,
      message: i.message,
      code: i.code,
      severity: i.severity,
    })),
    caseFindings: analysis.caseFindings.map(finding),
  }
}
