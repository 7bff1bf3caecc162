/**
 * unaccounted-memory — a zone's (or the machine's) managed memory far exceeds the sum of every counter
 * the report printed (see accounting.ts). The remainder is memory taken straight from the buddy
 * allocator: driver pages, balloon inflation, large kmalloc on older kernels, vmalloc and percpu.
 */
import type { CallFrame } from '../../event/types'
import { formatNumber } from '../../i18n/format'
import { t } from '../../i18n/t'
import type { AccountingWaterfall } from '../accounting'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { type EventRule, MIB_KB, share, zoneLabel } from '../rule-context'

/**
 * On a healthy machine vmalloc, percpu and driver pages leave 2–8 % of managed memory outside every
 * counter; 20 % (and at least 64 MiB) is more than any normal kernel overhead explains.
 */
const UNACCOUNTED_SHARE = 0.2
const UNACCOUNTED_FLOOR_KB = 64 * MIB_KB

const BALLOON = /balloon/i

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const unaccountedMemory: EventRule = (ctx) => {
  const { event, lang } = ctx
  // A hugetlb pool is in no zone counter; on a per-zone waterfall it cannot be attributed, so it is
  // taken off the largest remainder before calling anything unexplained.
  const hugetlbKb = event.hugepages.reduce((s, h) => s + h.total * h.sizeKb, 0)
  const candidates = ctx.waterfalls
    .filter((w) => w.managedFrom !== 'present')
    .map((w) => ({ w, kb: w.unaccountedKb - (w.scope === 'zone' ? hugetlbKb : 0) }))
    .filter(({ w, kb }) => kb >= UNACCOUNTED_FLOOR_KB && share(kb, w.managedKb) >= UNACCOUNTED_SHARE)
    .sort((a, b) => b.kb - a.kb)
  const top = candidates[0]
  if (!top) return null
  const { w, kb } = top
  const balloon = balloonFrame(event.callTrace) ?? null
  const nodeBalloon = event.nodes.find((n) => (n.fields['Balloon'] ?? 0) > 0)
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...w.managedAt.map((at) => ({ at, role: 'managed' })),
    ...w.buckets.flatMap((b) => b.at.map((at) => ({ at, role: b.name }))),
  ]
  if (balloon) evidence.push({ at: balloon.at, role: 'balloon driver' })
  if (nodeBalloon) evidence.push({ at: nodeBalloon.at, role: 'balloon' })
  const facts: FactSpec[] = [
    { name: 'managed', value: w.managedKb, unit: 'kB', at: w.managedAt },
    ...w.buckets.map((b) => ({ name: b.name, value: b.kb, unit: 'kB' as const, at: b.at })),
    { name: 'unaccounted', value: kb, unit: 'kB', at: w.managedAt },
  ]
  const recs: RecSpec[] =
    balloon || nodeBalloon
      ? [{ key: 'rec.unaccounted-memory.balloon', params: { kb } }]
      : [{ key: 'rec.unaccounted-memory.page-owner' }, { key: 'rec.unaccounted-memory.meminfo' }]
  return {
    code: 'unaccounted-memory',
    detailKey:
      balloon || nodeBalloon ? 'finding.unaccounted-memory.detail-balloon' : 'finding.unaccounted-memory.detail',
    params: {
      scope: scopeLabel(ctx, w),
      managed: w.managedKb,
      counted: w.countedKb,
      kb,
      pct: share(kb, w.managedKb),
      buckets: bucketSummary(w),
      driver: balloon?.module ?? balloon?.fn ?? 'balloon',
      managedFrom: t(lang, w.managedFrom === 'managed' ? 'phrase.managed-from-zone' : 'phrase.managed-from-ram'),
    },
    evidence,
    facts,
    recs,
  }
}

function balloonFrame(frames: readonly CallFrame[]): CallFrame | undefined {
  return frames.find((f) => BALLOON.test(f.fn) || BALLOON.test(f.module ?? ''))
}

function scopeLabel(ctx: Parameters<EventRule>[0], w: AccountingWaterfall): string {
  if (w.scope === 'zone' && w.zone !== null && w.node !== null)
    return zoneLabel(ctx.event, { node: w.node, zone: w.zone })
  return t(ctx.lang, 'phrase.whole-machine')
}

/** `free 3,556 kB, LRU 4,328 kB, slab 20,204 kB, ...` — the biggest groups, for the detail text. */
function bucketSummary(w: AccountingWaterfall): string {
  const groups: Record<string, number> = {}
  for (const b of w.buckets) {
    const group = /anon|file|^active$|^inactive$|unevictable|isolated/.test(b.name)
      ? 'LRU'
      : /^slab/.test(b.name)
        ? 'slab'
        : b.name
    groups[group] = (groups[group] ?? 0) + b.kb
  }
  return Object.entries(groups)
    .filter(([, kb]) => kb > 0)
    .map(([name, kb]) => `${name} ${formatNumber(Math.round(kb))} kB`)
    .join(', ')
}
