/**
 * memory-exhausted — a global OOM where user memory (anonymous pages, which only swap can reclaim)
 * really filled RAM: little free anywhere, anon the majority of managed memory, swap absent or full.
 */
import type { EvidenceRef, FactSpec, RecSpec } from '../build-finding'
import { anonKb, counterKb, findLine, freeTotal, sumKb } from '../memory-totals'
import { t } from '../../i18n/t'
import { type EventRule, share } from '../rule-context'
import { preferredZone, zonePhrase } from '../zone-phrase'

/** User memory must be most of RAM (≥ 60 %) to be *the* cause; below that something else holds the rest. */
const USER_SHARE = 0.6
/** "Little free": under 10 % of managed machine-wide (a failing zone alone can be low on a healthy box). */
const FREE_SHARE = 0.1
/** Swap counts as exhausted when under 5 % of it is free. */
const SWAP_FREE_SHARE = 0.05
/** Above PAGE_ALLOC_COSTLY_ORDER the allocator fails instead of OOM-killing: not an exhaustion signal. */
const COSTLY_ORDER = 3

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const memoryExhausted: EventRule = (ctx) => {
  const { event, gfp } = ctx
  if (event.kind !== 'oom' || event.memcg || (gfp.order ?? 0) > COSTLY_ORDER || !ctx.managed) return null
  const managedKb = ctx.managed.kb
  const free = freeTotal(event)
  if (!free || share(free.kb, managedKb) >= FREE_SHARE) return null
  // Old kernels (≤ 2.6.27) have no anon/file split; their `mapped` counted every mapped page, anon included.
  const anon = anonKb(event) ?? counterKb(event, 'mapped')
  if (!anon) return null
  const unevictable = counterKb(event, 'unevictable')
  const userKb = anon.kb + (unevictable?.kb ?? 0)
  if (share(userKb, managedKb) < USER_SHARE) return null
  const swap = event.swap
  if (swap && swap.totalKb > 0 && share(swap.freeKb, swap.totalKb) >= SWAP_FREE_SHARE) return null

  const swapAt = findLine(event, /^(Total|Free) swap\s*=/)
  const evidence: EvidenceRef[] = [
    { at: event.trigger.at, role: 'request' },
    ...anon.at.map((at) => ({ at, role: 'anon' })),
  ]
  if (swapAt !== null) evidence.push({ at: swapAt, role: 'swap' })
  for (const z of event.zones) evidence.push({ at: z.at, role: 'zone' })
  const file = sumKb(event, ['active_file', 'inactive_file'])
  const facts: FactSpec[] = [
    { name: 'managed', value: managedKb, unit: 'kB', at: ctx.managed.at },
    { name: 'anon (excl. shmem)', value: anon.kb, unit: 'kB', at: anon.at },
    { name: 'free', value: free.kb, unit: 'kB', at: free.at },
  ]
  if (unevictable) facts.push({ name: 'unevictable', value: unevictable.kb, unit: 'kB', at: unevictable.at })
  if (swap) facts.push({ name: 'swap total', value: swap.totalKb, unit: 'kB', at: swapAt === null ? [] : [swapAt] })
  const top = biggestTask(event)
  const recs: RecSpec[] = []
  if (top) {
    evidence.push({ at: top.at, role: 'largest task' })
    recs.push({ key: 'rec.memory-exhausted.limit-task', params: { comm: top.name, pid: top.pid, rss: top.rssKb } })
  }
  recs.push({ key: swap && swap.totalKb > 0 ? 'rec.memory-exhausted.more-swap' : 'rec.memory-exhausted.add-swap' })
  const swapKey = !swap ? 'phrase.swap-unknown' : swap.totalKb === 0 ? 'phrase.swap-none' : 'phrase.swap-full'
  return {
    code: 'memory-exhausted',
    detailKey: 'finding.memory-exhausted.detail',
    params: {
      user: userKb,
      pct: share(userKb, managedKb),
      managed: managedKb,
      free: free.kb,
      file: file?.kb ?? 0,
      zone: failingZone(ctx),
      swap: t(ctx.lang, swapKey, { total: swap?.totalKb ?? 0, free: swap?.freeKb ?? 0 }),
      top: top
        ? t(ctx.lang, 'phrase.largest-task', {
            task: t(ctx.lang, 'phrase.task', { comm: top.name, pid: top.pid, rss: top.rssKb }),
          })
        : '',
    },
    evidence,
    facts,
    recs,
  }
}

/** The task with the largest RSS in the task table (pages → kB). */
export function biggestTask(event: Parameters<EventRule>[0]['event']) {
  const top = [...event.tasks].filter((t) => t.rss !== null).sort((a, b) => (b.rss ?? 0) - (a.rss ?? 0))[0]
  return top ? { pid: top.pid, name: top.name, rssKb: (top.rss ?? 0) * event.pageSizeKb, at: top.at } : null
}

/** `DMA32 free 5,588 kB is not above its watermark 5,608 kB …` for the zone the allocator tried first, with a trailing space. */
function failingZone(ctx: Parameters<EventRule>[0]): string {
  const zone = preferredZone(ctx.zones.filter((v) => v.allowed && !v.pass))
  return zone ? `${zonePhrase(ctx.lang, ctx.event, zone)}${ctx.lang === 'en' ? '. ' : '。'}` : ''
}
