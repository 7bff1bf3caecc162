/**
 * no-swap — no swap configured, so anonymous memory (and shmem) could not be reclaimed at all: reclaim
 * had only page cache to work with. Said only when the request could reclaim (an atomic request would
 * not have swapped anyway) and anonymous memory is a meaningful pool.
 */
import { anonKb, counterKb, findLine } from '../memory-totals'
import { type EventRule, share } from '../rule-context'

/** Swap matters once anon + shmem is ≥ 10 % of memory: below that, swapping it out buys little. */
const ANON_SHARE = 0.1

/** The rule for this file's finding code (the file comment gives the reasoning). */
export const noSwap: EventRule = (ctx) => {
  const { event, gfp } = ctx
  if (!event.swap || event.swap.totalKb !== 0 || event.kind === 'memcg-oom' || !ctx.managed) return null
  if (gfp.canReclaim === false || gfp.memallocContext) return null
  const anon = anonKb(event)
  const shmem = counterKb(event, 'shmem')
  if (!anon) return null
  const swappableKb = anon.kb + (shmem?.kb ?? 0)
  if (share(swappableKb, ctx.managed.kb) < ANON_SHARE) return null
  const swapAt = findLine(event, /^Total swap\s*=/)
  if (swapAt === null) return null
  return {
    code: 'no-swap',
    severity: event.kind === 'oom' ? 'warning' : 'info',
    detailKey: 'finding.no-swap.detail',
    params: { anon: swappableKb, pct: share(swappableKb, ctx.managed.kb), managed: ctx.managed.kb },
    evidence: [{ at: swapAt, role: 'swap' }, ...anon.at.map((at) => ({ at, role: 'anon' }))],
    facts: [
      { name: 'swap total', value: 0, unit: 'kB', at: [swapAt] },
      { name: 'anon + shmem', value: swappableKb, unit: 'kB', at: [...anon.at, ...(shmem?.at ?? [])] },
    ],
    recs: [{ key: 'rec.no-swap.add', params: { kb: Math.round(swappableKb / 4) } }],
  }
}
