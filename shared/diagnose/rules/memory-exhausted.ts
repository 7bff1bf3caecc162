/**
 * memory-exhausted — memory ran out where the request could take it, whatever the zones are called:
 * every zone on its zonelist failed at the stage that mattered (an OOM's last try at the high
 * watermark, an allocation's slow path at min), the one tried first on the watermark itself (not on
 * the order, CMA or a zone it may not use), and reclaim had next to nothing left (little file cache).
 * Then it says what filled RAM — anonymous memory, shmem, slab, unaccounted memory, in the model's
 * balance — and what swap did: none, full, or free but no help. It is a synthesis: a more specific
 * cause found for the same event (lowmem, CMA, or a named holder that holds more than user memory)
 * takes its place.
 */
import { listOf, type MessageParam, phrase } from '../../i18n/t'
import type { RuleContext } from '../rule-context'
import type { EvidenceRef, FactSpec, FindingSpec, RecSpec } from '../build-finding'
import { bucketOf, eligibleZones, findLine, managedAmount, preferredZone, share, zoneLine } from '../rule-context'
import { zonePhrase } from '../zone-phrase'
import { anonLines } from './no-swap'

/** Terms that mean "free was not enough": a block, CMA or a forbidden zone would be another story. */
const EXHAUSTED_TERMS = ['watermark', 'lowmem-reserve', 'highatomic']
/**
 * Page cache above a fifth of memory was reclaimable in principle: if the kernel still gave up, the story
 * is why reclaim could not free it (dirty, writeback, pinned), not that memory ran out.
 */
const FILE_SHARE = 0.2
/** User memory that is most of RAM is *the* filler; below that the consumers are listed side by side. */
const USER_MAJORITY = 0.5
/** Swap counts as exhausted when under 5 % of it is free. */
const SWAP_FREE_SHARE = 0.05
/** Consumers named in the detail. */
const SHOWN_CONSUMERS = 4

/** Codes that explain the same failure more specifically. */
const MORE_SPECIFIC = ['lowmem-exhausted', 'cma-unusable', 'fragmentation', 'manual-trigger', 'memcg-limit']

/** A rule that reads what the other rules found for the same event. */
export type SynthesisRule = (ctx: RuleContext, found: readonly FindingSpec[]) => FindingSpec | null

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const memoryExhausted: SynthesisRule = (ctx, found) => {
  const { event, request, balance } = ctx
  // A stall warning (`page allocation stalls`) has not failed yet, but its zones say the same thing.
  const atZones = request?.failurePoint === 'zone-watermarks' || request?.failurePoint === 'stall'
  if (!request || !atZones || request.costly) return null
  if (event.kind === 'alloc-failure' && (request.canReclaim === false || request.memallocContext)) return null
  if (found.some((f) => MORE_SPECIFIC.includes(f.code))) return null
  const eligible = eligibleZones(ctx)
  if (eligible.length === 0 || eligible.some((v) => v.pass)) return null
  const first = preferredZone(ctx, eligible)
  if (!first || !EXHAUSTED_TERMS.includes(first.term)) return null
  const managed = managedAmount(ctx)
  if (!balance || !managed) return null
  const fileKb = balance.fileKb ?? 0
  if (share(fileKb, managed.kb) >= FILE_SHARE) return null
  const unevictable = bucketOf(balance.total, ['unevictable'])
  // Kernels before the anon/file LRU split (≤ 2.6.27) print one LRU: it is the user memory we can name.
  const lru = balance.lru
  const unsplitLru = lru && !lru.split ? { kb: lru.combinedKb, at: lru.at } : null
  const userKb = (balance.anonKb ?? unsplitLru?.kb ?? 0) + (unevictable?.kb ?? 0)
  // A named holder (shmem, slab, page tables, hugetlb, unaccounted) that holds more than user memory is the cause.
  const holderKb = Math.max(0, ...found.map((f) => f.holdsKb ?? 0))
  if (holderKb > userKb) return null

  const swapAt = findLine(event, /^(Total|Free) swap\s*=/)
  const anonAt = anonLines(ctx)
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...anonAt.map((at) => ({ at, role: 'anon' })),
  ]
  if (swapAt !== null) evidence.push({ at: swapAt, role: 'swap' })
  for (const v of eligible) {
    const at = zoneLine(event, v)
    if (at !== undefined) evidence.push({ at, role: 'zone' })
  }
  const facts: FactSpec[] = [{ name: 'managed', value: managed.kb, unit: 'kB', at: managed.at }]
  if (balance.anonKb !== null)
    facts.push({
      name: 'anon (excl. shmem)',
      value: balance.anonKb,
      unit: 'kB',
      at: anonAt.length > 0 ? anonAt : 'model',
    })
  if (unsplitLru)
    facts.push({ name: 'LRU (anon and file together)', value: unsplitLru.kb, unit: 'kB', at: unsplitLru.at })
  if (balance.fileKb !== null) facts.push({ name: 'file', value: fileKb, unit: 'kB', at: 'model' })
  if (balance.freeKb !== null) facts.push({ name: 'free', value: balance.freeKb, unit: 'kB', at: 'model' })
  if (unevictable) facts.push({ name: 'unevictable', value: unevictable.kb, unit: 'kB', at: unevictable.at })
  const swapTotal = balance.swapTotalKb
  const swapFree = balance.swapFreeKb ?? 0
  if (swapTotal !== null)
    facts.push({ name: 'swap total', value: swapTotal, unit: 'kB', at: swapAt === null ? [] : [swapAt] })
  const top = biggestTask(event)
  const recs: RecSpec[] = []
  if (top) {
    evidence.push({ at: top.at, role: 'largest task' })
    recs.push({ key: 'rec.memory-exhausted.limit-task', params: { comm: top.name, pid: top.pid, rss: top.rssKb } })
  }
  const swapState =
    swapTotal === null
      ? 'unknown'
      : swapTotal === 0
        ? 'none'
        : share(swapFree, swapTotal) < SWAP_FREE_SHARE
          ? 'full'
          : 'free'
  recs.push({ key: swapState === 'full' ? 'rec.memory-exhausted.more-swap' : 'rec.memory-exhausted.add-swap' })
  const userDominant = balance.anonKb !== null && share(userKb, managed.kb) >= USER_MAJORITY
  return {
    code: 'memory-exhausted',
    detailKey: userDominant ? 'finding.memory-exhausted.detail' : 'finding.memory-exhausted.detail-mixed',
    params: {
      user: userKb,
      pct: share(userKb, managed.kb),
      managed: managed.kb,
      free: balance.freeKb ?? 0,
      file: fileKb,
      zone: phrase('phrase.sentence', { text: zonePhrase(first) }),
      consumers: consumerList(ctx, managed.kb),
      swap: phrase(`phrase.swap-${swapState}`, { total: swapTotal ?? 0, free: swapFree }),
      outcome:
        event.allocWarning?.stallMs != null
          ? phrase('phrase.outcome-stall', { ms: event.allocWarning.stallMs })
          : phrase(event.kind === 'oom' ? 'phrase.outcome-kill' : 'phrase.outcome-fail'),
      top: top
        ? phrase('phrase.largest-task', {
            task: phrase('phrase.task', { comm: top.name, pid: top.pid, rss: top.rssKb }),
          })
        : '',
    },
    evidence,
    facts,
    recs,
  }
}

/** `anonymous 1.5 GiB (80.1 %), slab 120 MiB (6.2 %), …` — the largest consumers in the model's balance. */
function consumerList(ctx: RuleContext, managedKb: number): MessageParam {
  const b = ctx.balance
  if (!b) return ''
  const slab = b.slab.unreclaimableKb ?? b.slab.combinedKb
  const total = b.total
  const items: { key: string; kb: number }[] = [
    { key: 'anon', kb: b.anonKb ?? 0 },
    { key: 'shmem', kb: b.shmemKb ?? 0 },
    { key: 'slab', kb: slab ?? 0 },
    { key: 'pagetables', kb: bucketOf(total, ['pagetables', 'sec_pagetables'])?.kb ?? 0 },
    { key: 'kernel-stack', kb: bucketOf(total, ['kernel_stack'])?.kb ?? 0 },
    { key: 'unaccounted', kb: total && total.managedFrom !== 'present' ? Math.max(0, total.unaccountedKb) : 0 },
    { key: 'file', kb: b.fileKb ?? 0 },
    { key: 'lru', kb: b.lru && !b.lru.split ? b.lru.combinedKb : 0 },
  ]
  return listOf(
    items
      .filter((i) => i.kb > 0)
      .sort((a, c) => c.kb - a.kb)
      .slice(0, SHOWN_CONSUMERS)
      .map((i) =>
        phrase('phrase.consumer', {
          name: phrase(`phrase.consumer.${i.key}` as 'phrase.consumer.anon'),
          kb: i.kb,
          pct: share(i.kb, managedKb),
        }),
      ),
  )
}

/** The task with the largest RSS in the task table (pages → kB). */
export function biggestTask(event: RuleContext['event']) {
  const top = [...event.tasks].filter((x) => x.rss !== null).sort((a, b) => (b.rss ?? 0) - (a.rss ?? 0))[0]
  return top ? { pid: top.pid, name: top.name, rssKb: (top.rss ?? 0) * event.pageSizeKb, at: top.at } : null
}
