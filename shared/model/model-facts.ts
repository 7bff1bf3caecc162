/**
 * Facts the model states once for the whole event: min_free_kbytes (inferred value, the kernel's own
 * formulas for this machine, which one it matches) and the free memory on nodes the request could not
 * use (from the global `free:` counter, never a fabricated 0).
 */
import type { MemEvent } from '../event/types'
import { v, type KernelVersionCode } from '../kernel/version'
import type { EventBasis } from './event-basis'
import { minFreeFormulas, type MinFreeFormulas } from './min-free-source'
import type { MemoryBalance, MinFreeFacts, MinFreeSource, OtherNodesFree, RequestModel } from './types'

/** init_per_zone_wmark_min's clamp: [128, 65536] kB, upper bound 262144 from 5.7 (kernel-facts §2.1). */
const DEFAULT_LOWER_KB = 128
const upperKb = (version: KernelVersionCode): number => (version >= v('5.7') ? 262144 : 65536)

function minFreeFacts(
  eb: EventBasis,
  formulas: MinFreeFormulas | null,
  inferred: { readonly minFreeKbytes: number; readonly source: MinFreeSource } | null,
  version: KernelVersionCode,
  pageSizeKb: number,
): MinFreeFacts | null {
  const sized = eb.zones.length > 0 && eb.zones.every((z) => z.sizePages > 0)
  const f =
    formulas ??
    (sized
      ? minFreeFormulas(
          eb.zones,
          eb.zones.map((z) => z.sizePages),
          eb.layout,
          version,
          pageSizeKb,
        )
      : null)
  if (!f && !inferred) return null
  const upper = upperKb(version)
  const lowmemKb = f?.lowmemPages !== undefined ? f.lowmemPages * pageSizeKb : null
  const raw = lowmemKb !== null ? Math.floor(Math.sqrt(lowmemKb * 16)) : null
  // THP's value that matches the inference, else the first pageblock candidate of this page size.
  const thp = f?.thp?.find((t) => inferred?.source === 'thp' && t.kb === inferred.minFreeKbytes) ?? f?.thp?.[0] ?? null
  return {
    inferredKb: inferred?.minFreeKbytes ?? null,
    source: inferred?.source ?? 'unknown',
    defaultKb: f?.defaultKb ?? null,
    defaultUpperKb: upper,
    defaultClamped: raw === null ? null : raw < DEFAULT_LOWER_KB ? 'lower' : raw > upper ? 'upper' : null,
    thpKb: thp?.kb ?? null,
    thpPageblockKb: thp ? thp.pageblockPages * pageSizeKb : null,
    thpCapped: thp?.capped ?? false,
    thpZones: f?.thpZones ?? null,
    lowmemKb,
  }
}

/**
 * Free memory outside the nodes the request may use. When the report prints those nodes' zones, their
 * sum; otherwise (show_mem filters nodes for constrained requests) the global `free:` counter minus the
 * free of the allowed zones. Null when the request may use every node the machine has, or nothing says.
 */
function otherNodesFree(event: MemEvent, request: RequestModel, balance: MemoryBalance): OtherNodesFree | null {
  const allowed = request.allowedNodes
  const zoneNodes = [...new Set(event.zones.map((z) => z.node))]
  if (allowed !== null) {
    const others = event.zones.filter((z) => !allowed.includes(z.node))
    if (others.length > 0) {
      return {
        freeKb: others.reduce((s, z) => s + z.freeKb, 0),
        from: 'zones',
        nodes: [...new Set(others.map((z) => z.node))].sort((a, b) => a - b),
      }
    }
  } else if (zoneNodes.length <= 1 && event.nodes.length <= 1) return null
  if (balance.freeFrom !== 'global' || balance.freeKb === null) return null
  const allowedZones = allowed === null ? event.zones : event.zones.filter((z) => allowed.includes(z.node))
  const rest = balance.freeKb - allowedZones.reduce((s, z) => s + z.freeKb, 0)
  // Per-CPU drift makes the global and per-zone counts differ by a little: only a real remainder counts.
  if (allowed === null && rest <= 0) return null
  return { freeKb: Math.max(0, rest), from: 'global-free', nodes: null }
}

/** The event-wide facts. */
export function modelFacts(
  event: MemEvent,
  eb: EventBasis,
  request: RequestModel,
  balance: MemoryBalance,
  formulas: MinFreeFormulas | null,
  inferred: { readonly minFreeKbytes: number; readonly source: MinFreeSource } | null,
  version: KernelVersionCode,
  pageSizeKb: number,
): { readonly minFree: MinFreeFacts | null; readonly otherNodes: OtherNodesFree | null } {
  return {
    minFree: minFreeFacts(eb, formulas, inferred, version, pageSizeKb),
    otherNodes: otherNodesFree(event, request, balance),
  }
}
