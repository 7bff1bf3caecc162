/**
 * memcg-limit — a memory cgroup reached its limit: the kernel reclaimed inside the group, failed, and
 * killed inside it (kernel-facts §8.5). The machine as a whole need not have been short of memory.
 * Which limit (the model's `memcg.limitHit`): `memory` (v1 memory.limit_in_bytes / v2 memory.max),
 * `memory+swap` (v1 memsw: its failcnt or usage says so), `kmem`, or v2 `memory.high`. A memcg header,
 * the `oom-kill:` constraint or the charge path in the call trace (the model's `failurePoint`) proves a
 * cgroup OOM even when the usage lines were cut. `memory.oom.group` kills the whole group; a Kubernetes
 * cgroup path says whose limit it was (`/kubepods.slice` is the node's allocatable, not a pod).
 */
import { type MessageParam, phrase, sequence } from '../../i18n/t'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import type { EventRule } from '../rule-context'

/** failcnt counts charges that hit the limit; this many means the group lived at its limit for long. */
const CHRONIC_FAILCNT = 10_000

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const memcgLimit: EventRule = (ctx) => {
  const { event, request, memcg } = ctx
  // The model's failure point: the memcg header, the constraint line, or the charge path in the trace.
  const proven = event.kind === 'memcg-oom' || event.memcg !== null || request?.failurePoint === 'memcg-charge'
  if (!proven) return null
  const chargeFrame = request?.failurePoint === 'memcg-charge' ? request.failureFrame : null
  const printed = event.memcg
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  if (printed) evidence.push({ at: printed.at, role: 'memcg usage' })
  if (event.oomKill) evidence.push({ at: event.oomKill.at, role: 'oom-kill' })
  if (event.killed) evidence.push({ at: event.killed.at, role: 'killed' })
  if (!printed && !event.oomKill && chargeFrame) evidence.push({ at: chargeFrame.at, role: 'memcg charge' })
  // memory.oom.group (4.19+): the kernel kills every task of the group, the parser lists the kills.
  const group = event.oomGroup ?? null
  if (group) evidence.push({ at: group.at, role: 'memory.oom.group' })
  const memsw = memcg?.limitHit === 'memory+swap'
  const kmem = memcg?.limitHit === 'kmem'
  const usage = (memsw ? memcg?.swapUsageKb : kmem ? printed?.kmemUsageKb : memcg?.usageKb) ?? printed?.usageKb ?? null
  const limit = (memsw ? memcg?.swapLimitKb : kmem ? printed?.kmemLimitKb : memcg?.limitKb) ?? printed?.limitKb ?? null
  const facts: FactSpec[] = []
  const usageAt = printed ? [printed.at] : 'model'
  if (usage !== null)
    facts.push({ name: memsw ? 'memcg memory+swap usage' : 'memcg usage', value: usage, unit: 'kB', at: usageAt })
  if (limit !== null)
    facts.push({ name: memsw ? 'memcg memory+swap limit' : 'memcg limit', value: limit, unit: 'kB', at: usageAt })
  const failcnt = (memsw ? printed?.swapFailcnt : printed?.failcnt) ?? null
  if (printed && failcnt !== null)
    facts.push({ name: 'memcg failcnt', value: failcnt, unit: 'count', at: [printed.at] })
  const path = memcg?.path ?? printed?.path ?? event.oomKill?.fields['oom_memcg'] ?? '?'
  const victim = event.killed ?? event.selected
  const recs: RecSpec[] = []
  if (limit !== null)
    recs.push({ key: memsw ? 'rec.memcg-limit.raise-memsw' : 'rec.memcg-limit.raise', params: { path, limit } })
  if (victim) recs.push({ key: 'rec.memcg-limit.growth', params: { comm: victim.comm, pid: victim.pid } })
  if ((failcnt ?? 0) >= CHRONIC_FAILCNT)
    recs.push({ key: 'rec.memcg-limit.chronic', params: { failcnt: failcnt ?? 0 } })
  return {
    code: 'memcg-limit',
    detailKey:
      usage === null || limit === null
        ? 'finding.memcg-limit.detail-no-usage'
        : memsw
          ? 'finding.memcg-limit.detail-memsw'
          : kmem
            ? 'finding.memcg-limit.detail-kmem'
            : 'finding.memcg-limit.detail',
    params: {
      path,
      usage: usage ?? 0,
      limit: limit ?? 0,
      ramUsage: memcg?.usageKb ?? printed?.usageKb ?? 0,
      ramLimit: memcg?.limitKb ?? printed?.limitKb ?? 0,
      failcnt: failcnt ?? 0,
      victim: victim ? `${victim.comm} (${victim.pid})` : '?',
      composition: sequence([compositionPhrase(ctx), swapPhrase(ctx)]),
      group: group ? phrase('phrase.memcg-oom-group', { count: group.kills.length, path: group.path }) : '',
      owner: ownerPhrase(ctx, path),
    },
    evidence,
    facts,
    recs,
  }
}

/** ` Its statistics show anon …, page cache …, kernel …, swapped out ….` — empty without stats (the model's composition). */
function compositionPhrase(ctx: Parameters<EventRule>[0]): MessageParam {
  const c = ctx.memcg?.composition
  if (!c) return ''
  const kernel = c.kernelKb === null ? '' : phrase('phrase.memcg-kernel', { kb: Math.round(c.kernelKb) })
  const swap = c.swappedKb === null || c.swappedKb === 0 ? '' : phrase('phrase.memcg-swap', { kb: c.swappedKb })
  return phrase('phrase.memcg-composition', {
    anon: Math.round(c.anonKb),
    file: Math.round(c.pageCacheKb),
    kernel,
    swap,
  })
}

/** cgroup v2 prints the group's own swap (`swap: usage, limit`): none allowed, or full, means nothing could leave RAM. */
function swapPhrase(ctx: Parameters<EventRule>[0]): MessageParam {
  const m = ctx.memcg
  if (!m || m.version !== 'v2' || m.swapLimitKb === null || m.swapUsageKb === null) return ''
  if (m.swapLimitKb === 0) return phrase('phrase.memcg-no-swap')
  if (m.swapUsageKb >= m.swapLimitKb)
    return phrase('phrase.memcg-swap-full', { usage: m.swapUsageKb, limit: m.swapLimitKb })
  return ''
}

/** Whose limit a Kubernetes cgroup path is: the node's allocatable, a QoS tier, or one pod. */
function ownerPhrase(ctx: Parameters<EventRule>[0], path: string): MessageParam {
  const last = path.split('/').filter(Boolean).pop() ?? ''
  if (/^kubepods(\.slice)?$/.test(last)) return phrase('phrase.memcg-owner-node', { path })
  if (/^kubepods-(burstable|besteffort)\.slice$|^(burstable|besteffort)$/.test(last) && /kubepods/.test(path))
    return phrase('phrase.memcg-owner-qos', { path })
  if (/kubepods.*pod[0-9a-f_-]+(\.slice)?$/.test(path)) return phrase('phrase.memcg-owner-pod')
  return ''
}
