/**
 * no-swap — no swap configured, so anonymous memory (and shmem) could not be reclaimed at all: reclaim
 * had only page cache to work with. Said only when the request could reclaim (an atomic request would
 * not have swapped anyway) and anonymous memory is a meaningful pool.
 */
import { type EventRule, findLine, managedAmount, share } from '../rule-context'

/** Swap matters once anon + shmem is ≥ 10 % of memory: below that, swapping it out buys little. */
const ANON_SHARE = 0.1

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const noSwap: EventRule = (ctx) => {
  const { event, request, balance } = ctx
  const managed = managedAmount(ctx)
  if (!balance || balance.swapTotalKb !== 0 || !managed) return null
  if (request?.kind === 'memcg-oom' || event.kind === 'memcg-oom') return null
  if (request?.canReclaim === false || request?.memallocContext) return null
  if (balance.anonKb === null) return null
  const swappableKb = balance.anonKb + (balance.shmemKb ?? 0)
  if (share(swappableKb, managed.kb) < ANON_SHARE) return null
  const swapAt = findLine(event, /^Total swap\s*=/)
  if (swapAt === null) return null
  const anonAt = anonLines(ctx)
  return {
    code: 'no-swap',
    severity: event.kind === 'oom' ? 'warning' : 'info',
    detailKey: 'finding.no-swap.detail',
    params: { anon: swappableKb, pct: share(swappableKb, managed.kb), managed: managed.kb },
    evidence: [{ at: swapAt, role: 'swap' }, ...anonAt.map((at) => ({ at, role: 'anon' }))],
    facts: [
      { name: 'swap total', value: 0, unit: 'kB', at: [swapAt] },
      { name: 'anon + shmem', value: swappableKb, unit: 'kB', at: anonAt },
    ],
    recs: [{ key: 'rec.no-swap.add', params: { kb: Math.round(swappableKb / 4) } }],
  }
}

/** The lines the anon LRU counters were read from. */
export function anonLines(ctx: Parameters<EventRule>[0]): number[] {
  const total = ctx.balance?.total
  const names = ['active_anon', 'inactive_anon', 'active', 'inactive']
  return [...new Set(total?.buckets.filter((b) => names.includes(b.name)).flatMap((b) => b.at) ?? [])]
}
