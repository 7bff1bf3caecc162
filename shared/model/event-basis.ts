/**
 * Read a MemEvent into the model's basis: the kernel version, page size, zone layout and every
 * printed zone converted to pages. Inference (min_free_kbytes, boost, CMA rule) is added later.
 */
import type { MemEvent, Zone } from '../event/types'
import { archIs64Bit, inferZoneLayout } from '../kernel/zones'
import { LATEST_VERSION, parseKernelVersion, type KernelVersionCode } from '../kernel/version'
import { newestVersionForMask } from '../kernel/gfp/mask-version'
import { versionFromFormat } from './format-version'
import { sizeUsable } from './zone-flags'
import type { BasisZone } from './types'

/** An event read into pages, with the version and zone layout its rules follow. */
export interface EventBasis {
  readonly version: KernelVersionCode
  /** `release` (printed), `mask` (the raw gfp mask's layout, within the format's bound), `format` (bounded by the report's format), `latest` (nothing to go on). */
  readonly versionFrom: 'release' | 'mask' | 'format' | 'latest'
  readonly pageSizeKb: number
  readonly layout: readonly string[]
  readonly zones: readonly BasisZone[]
  /** The printed zone each basis zone was read from (index-aligned with `zones`). */
  readonly sources: readonly Zone[]
}

/** The kernel release of an event: the header's, else the `CPU: .. Comm: .. <release>` line's. */
export function eventRelease(event: MemEvent): string | null {
  return event.kernelVersion ?? event.taskLine?.version ?? null
}

/** The build's configured zones in index order, from the printed zones, a lowmem_reserve[] line's length and the word size. */
export function eventLayout(event: MemEvent): string[] {
  const withReserve = event.zones.find((z) => z.lowmemReserve !== null)
  return inferZoneLayout(
    event.zones.map((z) => z.zone),
    withReserve?.lowmemReserve?.length ?? null,
    eventIs64Bit(event),
  )
}

/** Whether the event came from a 64-bit kernel: arch, release, zone names, then stack address width. */
export function eventIs64Bit(event: MemEvent): boolean {
  const fromText = archIs64Bit(event.arch) ?? archIs64Bit(eventRelease(event))
  if (fromText !== null) return fromText
  const names = event.zones.map((z) => z.zone)
  if (names.includes('HighMem')) return false
  if (names.includes('DMA32')) return true
  // Stack addresses: `[<c171e79e>]` is a 32-bit kernel, `ffffffffb2129134` a 64-bit one. The 32-bit
  // ARM unwinder prints `func from caller+0x18/0x1c` with no address (arch/arm/kernel/traps.c
  // `dump_backtrace_entry`, 5.16+ as far as we know); arm64 prints ` func+0x18/0x1c` (arch/arm64/kernel/stacktrace.c).
  for (const l of event.lines) {
    if (/^\s*[\w.]+ from [\w.]+\+0x[0-9a-f]+\/0x[0-9a-f]+/.test(l.message)) return false
    if (/\bffff[0-9a-f]{12}\b/.test(l.message)) return true
    const m = /\[<([0-9a-f]+)>\]/.exec(l.message)
    if (m) return (m[1] as string).length > 8
  }
  return true
}

const toPages = (kb: number | null, pageSizeKb: number): number | null =>
  kb === null ? null : Math.round(kb / pageSizeKb)

/**
 * Free CMA pages when the zone line did not print `free_cma` (cut, or a wrapped line): the blocks at
 * orders whose only migrate-type letter is `C` — a lower bound, the mixed orders are not split by type.
 */
function cmaOnlyBuddyPages(z: Zone): number {
  const buddy = z.buddy
  if (!buddy) return 0
  return buddy.counts.reduce((sum, count, k) => {
    const letters = buddy.types[k]
    return letters && /^C+$/.test(letters.replace(/I/g, '')) && letters.includes('C') ? sum + count * 2 ** k : sum
  }, 0)
}

/**
 * Free CMA of zones whose line did not print `free_cma` (cut at a terminal's width, or a kernel that
 * prints it only in Mem-Info), from the machine-wide Mem-Info `free_cma:` (pages): it is the sum of
 * every zone's NR_FREE_CMA_PAGES (mm/show_mem.c / mm/page_alloc.c `show_free_areas`,
 * `global_zone_page_state(NR_FREE_CMA_PAGES)`, 3.7+), and no zone holds more free CMA than it has free
 * pages. So the remainder R after the zones that printed theirs lies in the others, and each holds at
 * least R − Σ the other unprinted zones' free pages: that lower bound (exact when one zone is
 * unprinted, the usual single-CMA-zone board), never below what its free lists show as CMA.
 */
function withMachineFreeCma(event: MemEvent, zones: BasisZone[], sources: readonly Zone[]): BasisZone[] {
  const machine = event.counters['free_cma']
  const unknown = sources.flatMap((z, i) => (z.freeCmaKb === null ? [i] : []))
  if (machine === undefined || machine <= 0 || unknown.length === 0) return zones
  const printed = zones.reduce((s, z, i) => s + (sources[i]!.freeCmaKb === null ? 0 : z.freeCmaPages), 0)
  const remainder = machine - printed
  if (remainder <= 0) return zones
  const unknownFree = unknown.reduce((s, i) => s + zones[i]!.freePages, 0)
  return zones.map((z, i) => {
    if (!unknown.includes(i)) return z
    const atLeast = Math.min(z.freePages, remainder - (unknownFree - z.freePages))
    return atLeast > z.freeCmaPages ? { ...z, freeCmaPages: atLeast } : z
  })
}

function basisZone(z: Zone, index: number, pageSizeKb: number): BasisZone {
  // An impossible size (underflowed, above present) is flagged (zone-flags.ts) and not used.
  const sizeKb = sizeUsable(z) ? (z.managedKb ?? z.presentKb ?? 0) : 0
  const buddy = z.buddy
  return {
    node: z.node,
    zone: z.zone,
    index,
    sizePages: Math.round(sizeKb / pageSizeKb),
    freePages: Math.round(z.freeKb / pageSizeKb),
    freeCmaPages: toPages(z.freeCmaKb, pageSizeKb) ?? cmaOnlyBuddyPages(z),
    reservedHighatomicPages: toPages(z.reservedHighatomicKb, pageSizeKb) ?? 0,
    boostPages: toPages(z.boostKb, pageSizeKb) ?? 0,
    printedMinPages: toPages(z.minKb, pageSizeKb),
    printedLowPages: toPages(z.lowKb, pageSizeKb),
    printedHighPages: toPages(z.highKb, pageSizeKb),
    printedReserve: z.lowmemReserve,
    buddyCounts: buddy ? buddy.counts : null,
    ...(buddy && buddy.totalKb === null ? { buddyCut: true } : {}),
    buddyTypes: buddy ? buddy.types : null,
  }
}

/** Build the basis of an event (zones deduplicated by node + name, first occurrence kept). */
export function eventBasis(event: MemEvent): EventBasis {
  const printed = parseKernelVersion(eventRelease(event))
  const fromFormat = printed === null ? versionFromFormat(event) : null
  // No release: the raw gfp mask bounds the version further (its bits moved between layouts).
  const bound = fromFormat ?? LATEST_VERSION
  const maskBound = printed === null ? newestVersionForMask(event.trigger.gfpMask, bound) : null
  // Only a mask that lowers the bound tells something the format did not.
  const fromMask = maskBound !== null && maskBound < bound ? maskBound : null
  const version = printed ?? fromMask ?? fromFormat ?? LATEST_VERSION
  const versionFrom =
    printed !== null ? 'release' : fromMask !== null ? 'mask' : fromFormat !== null ? 'format' : 'latest'
  const pageSizeKb = event.pageSizeKb > 0 ? event.pageSizeKb : 4
  const layout = eventLayout(event)
  const seen = new Set<string>()
  const zones: BasisZone[] = []
  const sources: Zone[] = []
  for (const z of event.zones) {
    const key = `${z.node}/${z.zone}`
    if (seen.has(key)) continue
    seen.add(key)
    zones.push(basisZone(z, layout.indexOf(z.zone), pageSizeKb))
    sources.push(z)
  }
  return { version, versionFrom, pageSizeKb, layout, zones: withMachineFreeCma(event, zones, sources), sources }
}
