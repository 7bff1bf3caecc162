/**
 * What the diagnosis needs to know about the failed request, from the kernel model when it decoded the
 * mask, otherwise from the printed flag names or the raw mask bits of the report's version
 * (kernel-facts §1.1). Unknown stays null: a rule that needs it then stays silent rather than guess.
 */
import type { MemEvent } from '../event/types'
import type { ModelResult } from '../model/types'

/** The failed request as the rules see it; null = unknown (rules that need it stay silent). */
export interface GfpView {
  readonly order: number | null
  /** `DMA`, `DMA32`, `Normal`, `HighMem`, `Movable`, or null when unknown. */
  readonly highestZone: string | null
  readonly canReclaim: boolean | null
  /** Direct compaction needs direct reclaim and __GFP_IO (GFP_NOIO and atomic requests cannot compact). */
  readonly canCompact: boolean | null
  readonly isAtomic: boolean
  readonly cmaEligible: boolean | null
  /** kswapd runs with PF_MEMALLOC: the allocator never recurses into direct reclaim from it. */
  readonly memallocContext: boolean
  readonly names: readonly string[]
}

/** Zone order of `enum zone_type`; only the relative order matters here. */
export const ZONE_ORDER = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'] as const

/** `4.9.0-4-amd64` → [4, 9]; null when unknown. */
export function kernelMajorMinor(version: string | null): [number, number] | null {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '')
  return m ? [Number(m[1]), Number(m[2])] : null
}

function atLeast(v: [number, number] | null, major: number, minor: number): boolean {
  return v !== null && (v[0] > major || (v[0] === major && v[1] >= minor))
}

const RECLAIMING_NAMES = [
  'GFP_KERNEL',
  'GFP_KERNEL_ACCOUNT',
  'GFP_NOFS',
  'GFP_NOIO',
  'GFP_USER',
  'GFP_HIGHUSER',
  'GFP_HIGHUSER_MOVABLE',
  'GFP_TEMPORARY',
  'GFP_TRANSHUGE',
  '__GFP_DIRECT_RECLAIM',
  '__GFP_RECLAIM',
  '__GFP_WAIT',
]

/** What the printed flag names say about direct reclaim; null when they say nothing. */
function reclaimFromNames(names: readonly string[]): boolean | null {
  if (names.includes('GFP_ATOMIC') || names.includes('GFP_NOWAIT')) return false
  if (names.some((n) => RECLAIMING_NAMES.includes(n))) return true
  return null
}

/** The direct-reclaim bit by version: __GFP_WAIT ≤ 4.3, __GFP_DIRECT_RECLAIM after (kernel-facts §1.1). */
function directReclaimBit(v: [number, number]): number {
  if (!atLeast(v, 4, 4)) return 0x10
  if (!atLeast(v, 4, 18)) return 0x400000
  if (!atLeast(v, 5, 1)) return 0x200000
  return 0x400
}

/** The request as far as the model or the report tells it. */
export function gfpView(event: MemEvent, model: ModelResult): GfpView {
  const names = event.trigger.gfpPrintedNames ?? []
  const memallocContext = /^kswapd\d*$/.test(event.trigger.comm ?? event.taskLine?.comm ?? '')
  const order = event.trigger.order
  const fromNames = reclaimFromNames(names)
  if (model.gfp) {
    // Printed names beat any decoding; a decoding without a known kernel version guessed the layout.
    const versionKnown = kernelMajorMinor(event.kernelVersion) !== null
    return {
      order,
      highestZone: model.gfp.highestZone,
      canReclaim: fromNames ?? (versionKnown || model.gfp.fromPrinted ? model.gfp.canReclaim : null),
      canCompact: versionKnown || model.gfp.fromPrinted ? model.gfp.canCompact : null,
      isAtomic: model.gfp.isAtomic,
      cmaEligible: model.gfp.cmaEligible,
      memallocContext,
      names: names.length > 0 ? names : model.gfp.flags,
    }
  }
  const mask = event.trigger.gfpMask === null ? null : Number.parseInt(event.trigger.gfpMask, 16)
  const version = kernelMajorMinor(event.kernelVersion)
  const isAtomic = names.includes('GFP_ATOMIC') || names.includes('__GFP_ATOMIC')
  let canReclaim = fromNames
  if (canReclaim === null && mask !== null && version !== null) canReclaim = (mask & directReclaimBit(version)) !== 0
  return {
    order,
    highestZone: mask === null ? null : highestZoneOf(mask, event),
    canReclaim,
    canCompact: canReclaim === false ? false : names.includes('GFP_NOIO') ? false : canReclaim,
    isAtomic,
    cmaEligible: mask === null ? null : movableMigrateType(mask, version),
    memallocContext,
    names,
  }
}

/** gfp_zone(): DMA, DMA32, HIGHMEM (+MOVABLE → Movable) bits; none → Normal. */
function highestZoneOf(mask: number, event: MemEvent): string {
  if (mask & 0x1) return 'DMA'
  if (mask & 0x4) return 'DMA32'
  if (mask & 0x2) {
    if (mask & 0x8) return 'Movable'
    return event.zones.some((z) => z.zone === 'HighMem') ? 'HighMem' : 'Normal'
  }
  return 'Normal'
}

/** CMA pageblocks serve MIGRATE_MOVABLE requests only (kernel-facts §6). RECLAIMABLE moved to 0x10 in 4.4. */
function movableMigrateType(mask: number, version: [number, number] | null): boolean | null {
  if (version === null) return (mask & 0x8) !== 0 ? null : false
  const reclaimableBit = atLeast(version, 4, 4) ? 0x10 : 0x80000
  return (mask & 0x8) !== 0 && (mask & reclaimableBit) === 0
}

/** Whether a zone (by name) is usable for a request whose highest zone is `highest`. */
export function zoneAllowed(zone: string, highest: string | null): boolean {
  if (highest === null) return true
  const zi = ZONE_ORDER.indexOf(zone as (typeof ZONE_ORDER)[number])
  const hi = ZONE_ORDER.indexOf(highest as (typeof ZONE_ORDER)[number])
  if (zi < 0 || hi < 0) return true
  return zi <= hi
}
