/**
 * The lowmem ledger of a 32-bit HighMem machine (i386, arm32, ppc32, mips): managed lowmem = what the
 * counters place in lowmem + the unaccounted rest. Only the zones up to ZONE_NORMAL are in the kernel's
 * direct map, and several counters can only ever be lowmem:
 * - slab: slab pages need a permanent kernel address, so the slab allocators strip `__GFP_HIGHMEM`
 *   (include/linux/gfp.h `GFP_SLAB_BUG_MASK`, checked in mm/slub.c `new_slab` / mm/slab.c
 *   `kmem_getpages`, every version) — all of `slab:` / `slab_reclaimable` + `slab_unreclaimable` is lowmem;
 * - kernel stacks (`alloc_thread_info` / `alloc_thread_stack_node`: GFP_KERNEL pages) and bounce buffers;
 * - page tables are lowmem except PTE pages with CONFIG_HIGHPTE (arch/x86/mm/pgtable.c `pte_alloc_one`
 *   adds `__GFP_HIGHMEM`): counted as lowmem here, so the unaccounted rest is a lower bound.
 * Free pages and the LRU lists are read per lowmem zone from the zone lines. A lowmem zone line cut
 * before its size (a terminal's width) takes the size the model fitted from its watermarks and
 * reserves; its counters may be cut too, so the ledger is `partial` (its unaccounted rest an upper bound).
 *
 * Kernels that print slab only machine-wide (2.6.x before the per-zone slab fields, and ≈4.14+ where
 * slab moved to node counters) leave no per-zone ledger for Normal, and a machine-wide ledger hides a
 * lowmem shortage behind gigabytes of HighMem: this ledger is what finds memory held in lowmem by no
 * counter on such reports.
 *
 * The base: the lowmem zones' `managed` when printed (3.8+: managed already excludes every boot
 * allocation, HighMem's mem_map included). Kernels before 3.8 print only `present`, which before 3.9
 * was free_area_init_core's `freesize`: spanned − holes − the zone's own mem_map (− dma_reserve), so it
 * is managed plus the boot allocations outside mem_map. HighMem's own mem_map is not in it but lives
 * in lowmem (alloc_node_mem_map takes it from bootmem, which on 32-bit is lowmem): it is a bucket
 * here, sized as the kernel sizes it (spanned pages × sizeof(struct page) / PAGE_SIZE, with the
 * 32-byte struct page of 32-bit builds), from the `pages of HIGHMEM` line of show_mem (PageHighMem over
 * every spanned page) when printed.
 */
import type { LineIdx, MemEvent, Zone } from '../event/types'
import { isHighmemZone } from '../kernel/zones'
import { closeLedger, excludedOf, LRU, zoneFieldKb } from './balance-ledger'
import { eventLayout } from './event-basis'
import type { BalanceAmount, BalanceBucket, BalanceLedger } from './types'

/** Zones in the kernel's direct map on a HighMem build: every zone type up to ZONE_NORMAL. */
const LOWMEM_ZONES = new Set(['DMA', 'DMA32', 'Normal'])

/** Counters of pages that live in whichever zone served them: read per lowmem zone. */
const ZONE_RESIDENT = [
  'free',
  ...LRU,
  'isolated(anon)',
  'isolated(file)',
  'free_pcp',
  'zspages',
  'writeback_tmp',
] as const

/** Counters whose pages can only be lowmem (see the module comment): taken machine-wide. */
const LOWMEM_ONLY = [
  'slab_reclaimable',
  'slab_unreclaimable',
  'slab',
  'kernel_misc_reclaimable',
  'kernel_stack',
  'shadow_call_stack',
  'pagetables',
  'sec_pagetables',
  'bounce',
] as const

/** sizeof(struct page) on 32-bit builds (flags, _count, _mapcount, private, mapping, index, lru: 8 words). */
const STRUCT_PAGE_BYTES_32 = 32

/** A zone's size the model found when its line was cut before `managed`/`present` (kB). */
export interface ZoneSize {
  readonly node: number
  readonly zone: string
  readonly kb: number
}

/** A zone's size as printed: managed, else present. */
function sizeKb(zone: Zone): number {
  return zone.managedKb ?? zone.presentKb ?? 0
}

/** Every zone line prints its size after its counters: a line without one was cut, its counters may be too. */
function cut(zone: Zone): boolean {
  return zone.managedKb === null && zone.presentKb === null
}

/** Whether a zone line printed its LRU lists (a cut line did not: the ledger cannot be built). */
function printsLru(zone: Zone): boolean {
  return LRU.some((name) => zone.fields[name] !== undefined)
}

/** HighMem's mem_map (kB), which lives in lowmem and is outside the lowmem zones' pre-3.8 `present`. */
function highmemMemmap(event: MemEvent, highmem: readonly Zone[]): BalanceBucket | null {
  const pageBytes = event.pageSizeKb * 1024
  const presentPages = highmem.reduce((s, z) => s + (z.presentKb ?? 0), 0) / event.pageSizeKb
  if (presentPages <= 0) return null
  const printedSpan = event.ram.highmemPages
  // present = spanned − memmap (free_area_init_core before 3.9): without the show_mem count, spanned
  // follows from present.
  const spanned =
    printedSpan !== null && printedSpan >= presentPages
      ? printedSpan
      : (presentPages * pageBytes) / (pageBytes - STRUCT_PAGE_BYTES_32)
  const pages = Math.ceil((spanned * STRUCT_PAGE_BYTES_32) / pageBytes)
  const at: LineIdx[] =
    printedSpan !== null && printedSpan >= presentPages && event.ram.at !== null
      ? [event.ram.at]
      : highmem.map((z) => z.at)
  return { name: 'memmap_highmem', kb: pages * event.pageSizeKb, at }
}

/**
 * The lowmem ledger, or null when the machine has no populated high-memory zone (HighMem, or a Movable
 * zone carved from it: `isHighmemZone`) or the lowmem zone lines
 * lack a size or their LRU. `counters` are the machine-wide counters in kB (memory-balance.ts).
 */
export function lowmemLedger(
  event: MemEvent,
  counters: Readonly<Record<string, BalanceAmount>>,
  sizes: readonly ZoneSize[] = [],
): BalanceLedger | null {
  const fitted = (z: Zone): number => sizes.find((s) => s.node === z.node && s.zone === z.zone)?.kb ?? 0
  const size = (z: Zone): number => (cut(z) ? fitted(z) : sizeKb(z))
  const layout = eventLayout(event)
  const highmem = event.zones.filter((z) => isHighmemZone(z.zone, layout) && size(z) > 0)
  const lowmem = event.zones.filter((z) => LOWMEM_ZONES.has(z.zone))
  if (highmem.length === 0 || lowmem.length === 0) return null
  if (lowmem.some((z) => size(z) <= 0 || !printsLru(z))) return null
  const partial = lowmem.some(cut)
  const managedPrinted = lowmem.every((z) => z.managedKb !== null)
  const presentOnly = event.zones.every((z) => z.managedKb === null) && lowmem.every((z) => z.presentKb !== null)
  if (!managedPrinted && !presentOnly && !partial) return null
  const buckets: BalanceBucket[] = []
  for (const name of ZONE_RESIDENT) {
    const zones = lowmem.filter((z) => name === 'free' || z.fields[name] !== undefined)
    if (zones.length === 0) continue
    const kb = zones.reduce((s, z) => s + (name === 'free' ? z.freeKb : (zoneFieldKb(event, z, name) ?? 0)), 0)
    buckets.push({ name, kb, at: zones.map((z) => z.at) })
  }
  for (const name of LOWMEM_ONLY) {
    const amount = counters[name]
    if (amount) buckets.push({ name, kb: amount.kb, at: amount.at })
  }
  if (presentOnly) {
    const memmap = highmemMemmap(event, highmem)
    if (memmap) buckets.push(memmap)
  }
  const managed = {
    kb: lowmem.reduce((s, z) => s + size(z), 0),
    from: partial ? ('fitted' as const) : managedPrinted ? ('managed' as const) : ('freesize' as const),
    at: lowmem.map((z) => z.at),
  }
  const printed = [...lowmem.flatMap((z) => Object.keys(z.fields)), ...Object.keys(counters)]
  const ledger = closeLedger('lowmem', null, null, managed, buckets, excludedOf(printed))
  return { ...ledger, zones: [...new Set(lowmem.map((z) => z.zone))], ...(partial ? { partial: true } : {}) }
}
