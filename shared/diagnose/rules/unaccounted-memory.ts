/**
 * unaccounted-memory — a zone's (or the machine's) managed memory far exceeds the sum of every counter
 * the report printed (the model's memory balance). The remainder is memory taken straight from the
 * buddy allocator: driver pages, balloon inflation (virtio, Hyper-V, Xen, VMware), CMA areas a driver
 * holds, compressed-swap pools, large kmalloc on older kernels, vmalloc and percpu. When the report
 * names such a holder (the model's `holders`), the finding names it.
 */
import { listOf, type MessageParam, phrase, sequence } from '../../i18n/t'
import type { BalanceLedger, UnaccountedHolder } from '../../model/types'
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { bucketOf, type EventRule, share, shortOfMemory } from '../rule-context'

/**
 * On a healthy machine vmalloc, percpu and driver pages leave 2–8 % of managed memory outside every
 * counter; 20 % is more than any normal kernel overhead explains. Relative to the ledger's managed
 * memory only (no kB floor): the same report on a machine k× larger has k× the remainder and k× the
 * managed memory, and says the same.
 */
const UNACCOUNTED_SHARE = 0.2

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const unaccountedMemory: EventRule = (ctx) => {
  const { event, balance } = ctx
  if (!shortOfMemory(ctx) || !balance) return null
  // A hugetlb pool is in no zone counter; on a per-zone (or lowmem) ledger it cannot be attributed, so
  // it is taken off the largest remainder before calling anything unexplained.
  const hugetlbKb = event.hugepages.reduce((s, h) => s + h.total * h.sizeKb, 0)
  const machine = balance.ledgers.length > 0 ? balance.ledgers : balance.total ? [balance.total] : []
  // A 32-bit HighMem machine's lowmem has its own ledger: gigabytes of HighMem hide it in the machine's.
  const ledgers = balance.lowmem ? [...machine, balance.lowmem] : machine
  const top = ledgers
    .filter((l) => l.managedFrom !== 'present' && l.partial !== true)
    .map((l) => ({ l, kb: l.unaccountedKb - (l.scope !== 'global' && !bucketOf(l, ['hugetlb']) ? hugetlbKb : 0) }))
    .filter(({ l, kb }) => kb > 0 && share(kb, l.managedKb) >= UNACCOUNTED_SHARE)
    .sort((a, b) => b.kb - a.kb)[0]
  if (!top) return null
  const { l, kb } = top
  const holders = balance.holders.filter((h) => h.accounting !== 'counted' || h.kind === 'balloon')
  const balloon = holders.find((h) => h.kind === 'balloon')
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...l.managedAt.map((at) => ({ at, role: 'managed' })),
    ...l.buckets.flatMap((b) => b.at.map((at) => ({ at, role: b.name }))),
    ...holders.flatMap((h) => h.at.map((at) => ({ at, role: h.kind === 'balloon' ? 'balloon driver' : h.kind }))),
  ]
  const facts: FactSpec[] = [
    { name: 'managed', value: l.managedKb, unit: 'kB', at: l.managedAt },
    ...l.buckets.map((b) => ({ name: b.name, value: b.kb, unit: 'kB' as const, at: b.at })),
    { name: 'unaccounted', value: kb, unit: 'kB', at: l.managedAt },
  ]
  for (const h of holders)
    if (h.kb !== null) facts.push({ name: `${h.name} (${h.kind})`, value: h.kb, unit: 'kB', at: h.at })
  const recs: RecSpec[] = balloon
    ? [{ key: 'rec.unaccounted-memory.balloon', params: { kb } }]
    : [
        ...holders.map((h) => ({ key: 'rec.unaccounted-memory.holder' as const, params: { name: holderName(h) } })),
        { key: 'rec.unaccounted-memory.page-owner' as const },
        { key: 'rec.unaccounted-memory.meminfo' as const },
      ]
  return {
    code: 'unaccounted-memory',
    detailKey: balloon
      ? 'finding.unaccounted-memory.detail-balloon'
      : holders.length > 0
        ? 'finding.unaccounted-memory.detail-holders'
        : 'finding.unaccounted-memory.detail',
    params: {
      scope: scopeLabel(ctx, l),
      managed: l.managedKb,
      counted: l.countedKb,
      kb,
      pct: share(kb, l.managedKb),
      buckets: bucketSummary(l),
      driver: balloon?.name ?? 'balloon',
      holders: listOf(holders.map(holderName)),
      managedFrom: phrase(MANAGED_FROM[l.managedFrom]),
    },
    evidence,
    facts,
    recs,
    holdsKb: kb,
  }
}

/** How the ledger's base was read, as the detail names it. */
const MANAGED_FROM = {
  managed: 'phrase.managed-from-zone',
  'ram-minus-reserved': 'phrase.managed-from-ram',
  freesize: 'phrase.managed-from-present',
  present: 'phrase.managed-from-present',
  fitted: 'phrase.managed-from-zone',
} as const

function holderName(h: UnaccountedHolder): string {
  return h.name === h.kind ? h.name : `${h.name} (${h.kind})`
}

function scopeLabel(ctx: Parameters<EventRule>[0], l: BalanceLedger): MessageParam {
  if (l.scope === 'zone' && l.zone !== null && l.node !== null) {
    const multiNode = new Set(ctx.verdicts.map((v) => v.node)).size > 1
    return multiNode ? `Node ${l.node} ${l.zone}` : l.zone
  }
  if (l.scope === 'node' && l.node !== null) return `Node ${l.node}`
  if (l.scope === 'lowmem') return sequence([phrase('phrase.lowmem'), ` (${(l.zones ?? []).join(' + ')})`])
  return phrase('phrase.whole-machine')
}

/** `free 3,556 kB, LRU 4,328 kB, slab 20,204 kB, ...` — the biggest groups, for the detail text. */
function bucketSummary(l: BalanceLedger): MessageParam {
  const groups: Record<string, number> = {}
  for (const b of l.buckets) {
    const group = /anon|file|^active$|^inactive$|unevictable|isolated/.test(b.name)
      ? 'LRU'
      : /^slab/.test(b.name)
        ? 'slab'
        : b.name === 'memmap_highmem'
          ? 'HighMem mem_map'
          : b.name === 'cma_in_use'
            ? 'CMA in use (at most)'
            : b.name
    groups[group] = (groups[group] ?? 0) + b.kb
  }
  return listOf(
    Object.entries(groups)
      .filter(([, kb]) => kb > 0)
      .map(([name, kb]) => phrase('phrase.named-kb', { name, kb: Math.round(kb) })),
  )
}
