/**
 * outcome-unexplained — every `oom`, `memcg-oom` and `alloc-failure` event gets a cause; when no rule
 * found one, this says so, with what was checked (the header's facts, the zone verdicts, the largest
 * consumer against its threshold) and what the report lacks. When the zones the request could use pass
 * the model's check, memory was not short there and the cause lies outside the free lists — the model's
 * failure point says where: a fault that returned VM_FAULT_OOM without an allocation (`pagefault`), a
 * vmalloc failure before any page (`vmalloc`).
 */
import { listOf, type Phrase, phrase, phrases } from '../../i18n/t'
import type { MessageKey } from '../../i18n/catalog/en'
import { namesACause } from '../finding-defs'
import type { EvidenceRef } from '../build-finding'
import { eligibleZones, managedAmount, preferredZone, share, zoneLine, type RuleContext } from '../rule-context'
import { zonePhrase } from '../zone-phrase'
import type { SynthesisRule } from './memory-exhausted'

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const outcomeUnexplained: SynthesisRule = (ctx, found) => {
  if (namesACause(found.map((f) => f.code))) return null
  const { event } = ctx
  const eligible = eligibleZones(ctx)
  const evidence: EvidenceRef[] = [{ at: event.trigger.at, role: 'request' }]
  for (const v of eligible) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'zone' })
  }
  const lacks = lacking(ctx)
  const checked = checks(ctx)
  const passed = eligible.length > 0 && eligible.every((v) => v.pass)
  const point = ctx.request?.failurePoint
  const frame = ctx.request?.failureFrame
  if (frame && point === 'pagefault') evidence.push({ at: frame.at, role: 'page fault' })
  if (event.allocWarning) evidence.push({ at: event.allocWarning.at, role: 'warning' })
  return {
    code: 'outcome-unexplained',
    detailKey: passed ? 'finding.outcome-unexplained.detail-zones-passed' : 'finding.outcome-unexplained.detail',
    params: {
      kind: phrase(`phrase.kind.${event.kind}` as MessageKey),
      checked: phrases(checked),
      lacks: lacks.length > 0 ? listOf(lacks) : phrase('phrase.lacks-nothing'),
      zones: phrases(
        eligible.map((v) => phrase('phrase.zone-passed', { zone: v.label, free: v.freeKb, margin: v.marginKb })),
      ),
      hint: hint(ctx),
    },
    evidence,
    facts: eligible.map((v) => ({
      name: `${v.label} margin`,
      value: v.marginKb,
      unit: 'kB' as const,
      at: 'model' as const,
    })),
    recs: lacks.length > 0 ? [{ key: 'rec.outcome-unexplained.full-report' }] : [],
  }
}

/** Where else the cause can lie when the zones the request could use had memory to spare. */
function hint(ctx: RuleContext): Phrase {
  const point = ctx.request?.failurePoint
  if (point === 'vmalloc') return phrase('phrase.hint.vmalloc', { message: ctx.event.allocWarning?.message ?? '' })
  return phrase(point === 'pagefault' ? 'phrase.hint.pagefault' : 'phrase.hint.not-zones')
}

/** What the report is missing among what the rules read. */
function lacking(ctx: RuleContext): Phrase[] {
  const { event } = ctx
  const out: MessageKey[] = []
  const t0 = event.trigger
  if (t0.gfpMask === null && t0.order === null && t0.comm === null) out.push('phrase.lack.header')
  else {
    if (t0.gfpMask === null && (t0.gfpPrintedNames?.length ?? 0) === 0) out.push('phrase.lack.mask')
    if (t0.order === null) out.push('phrase.lack.order')
  }
  if (event.zones.length === 0 && Object.keys(event.counters).length === 0 && event.nodes.length === 0) {
    if (event.kind !== 'memcg-oom') out.push('phrase.lack.mem-info')
  } else {
    if (event.zones.length === 0) out.push('phrase.lack.mem-info')
    else {
      if (event.zones.some((z) => z.minKb === null)) out.push('phrase.lack.watermarks')
      if (event.zones.every((z) => z.buddy === null)) out.push('phrase.lack.buddy')
    }
    if (event.swap === null) out.push('phrase.lack.swap')
  }
  if (event.kind === 'memcg-oom' && event.memcg === null) out.push('phrase.lack.memcg-usage')
  if (event.tasks.length === 0) out.push('phrase.lack.tasks')
  if (ctx.request ? ctx.request.versionFrom !== 'release' : event.kernelVersion === null)
    out.push('phrase.lack.version')
  return out.map((key) => phrase(key))
}

/** What the rules looked at and found wanting. */
function checks(ctx: RuleContext): Phrase[] {
  const { event, request } = ctx
  const out: Phrase[] = []
  const order = request?.order ?? event.trigger.order
  if (order !== null && order !== undefined) {
    const orderNote: MessageKey =
      order === 0
        ? 'phrase.checked.order-zero'
        : request?.costly
          ? 'phrase.checked.order-costly'
          : 'phrase.checked.order-small'
    const reclaim: MessageKey =
      request?.canReclaim === true
        ? 'phrase.checked.can-reclaim'
        : request?.canReclaim === false
          ? 'phrase.checked.no-reclaim'
          : 'phrase.checked.reclaim-unknown'
    out.push(phrase('phrase.checked.header', { order, orderNote: phrase(orderNote), reclaim: phrase(reclaim) }))
  } else if (event.killed || event.selected) {
    const victim = event.killed ?? event.selected
    out.push(phrase('phrase.checked.kill-only', { what: `${victim?.comm ?? '?'} (${victim?.pid ?? '?'})` }))
  }
  const eligible = eligibleZones(ctx)
  const failed = eligible.filter((v) => !v.pass)
  if (eligible.length === 0) out.push(phrase('phrase.checked.no-zones'))
  else if (failed.length > 0) {
    const first = preferredZone(ctx, failed)
    out.push(phrase('phrase.checked.zones-failed', { zones: first ? zonePhrase(first) : '' }))
  }
  const managed = managedAmount(ctx)
  const b = ctx.balance
  if (managed && b) {
    const items = [
      { name: 'anon', kb: b.anonKb ?? 0 },
      // Before the anon/file split only the combined LRU is known.
      { name: 'LRU (anon and file)', kb: b.lru && !b.lru.split ? b.lru.combinedKb : 0 },
      { name: 'shmem', kb: b.shmemKb ?? 0 },
      { name: 'file', kb: b.fileKb ?? 0 },
      { name: 'slab', kb: b.slab.unreclaimableKb ?? b.slab.combinedKb ?? 0 },
      {
        name: 'unaccounted',
        kb: b.total && b.total.managedFrom !== 'present' ? Math.max(0, b.total.unaccountedKb) : 0,
      },
    ].sort((a, c) => c.kb - a.kb)
    const top = items[0]
    if (top && top.kb > 0)
      out.push(
        phrase('phrase.checked.consumers', {
          name: top.name,
          kb: top.kb,
          pct: share(top.kb, managed.kb),
          managed: managed.kb,
        }),
      )
  } else if (eligible.length > 0) out.push(phrase('phrase.checked.no-balance'))
  if (event.kind !== 'memcg-oom' && request?.failurePoint !== 'memcg-charge')
    out.push(phrase('phrase.checked.no-memcg'))
  return out
}
