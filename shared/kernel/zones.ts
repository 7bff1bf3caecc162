/**
 * Zone layout (which zones a kernel was built with, in index order) and `gfp_zone()`.
 *
 * Zone order is the kernel's `enum zone_type` (include/linux/mmzone.h, all versions): DMA, DMA32,
 * Normal, HighMem, Movable, Device — each present only when configured. A report prints only populated
 * zones, but every `lowmem_reserve[]` line has MAX_NR_ZONES numbers (kernel-facts §1.4), which tells
 * how many zones were configured; the unprinted ones are filled in by architecture.
 */

/** Every zone name the kernel prints, in `enum zone_type` order. */
export const ZONE_ORDER = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device'] as const

/**
 * `is_highmem_idx()` (include/linux/mmzone.h, 2.6.23–6.x): ZONE_HIGHMEM, and ZONE_MOVABLE when
 * `zone_movable_is_highmem()` — with CONFIG_HIGHMEM, `movable_zone == ZONE_HIGHMEM`, where
 * `find_usable_zone_for_movable()` (mm/page_alloc.c, mm/mm_init.c 6.4+) sets `movable_zone` to the
 * highest populated zone below Movable: on a HighMem build that is HighMem. So a 32-bit HighMem
 * kernel's Movable zone is high memory (not in the direct map); a 64-bit kernel's is not. `layout` is
 * the build's configured zones (`inferZoneLayout`). The watermark setup's own reading, which differs
 * from 6.5, is `wmarkTreatsAsHighmem` (watermarks.ts).
 */
export function isHighmemZone(zone: string, layout: readonly string[]): boolean {
  return zone === 'HighMem' || (zone === 'Movable' && layout.includes('HighMem'))
}

/**
 * The configured zones in index order. `printed` are the zone names the report printed (any order),
 * `reserveLength` the length of a printed `lowmem_reserve[]` (MAX_NR_ZONES) or null.
 * Normal and Movable are always configured (ZONE_MOVABLE exists since 2.6.23). The optional zones are
 * added in the order the architectures enable them: 64-bit DMA32, DMA, then ZONE_DEVICE; 32-bit
 * HighMem, DMA, then DEVICE.
 */
export function inferZoneLayout(printed: readonly string[], reserveLength: number | null, is64Bit: boolean): string[] {
  const present = new Set<string>(['Normal', 'Movable'])
  for (const name of printed) if ((ZONE_ORDER as readonly string[]).includes(name)) present.add(name)
  const optional = is64Bit ? ['DMA32', 'DMA', 'Device'] : ['HighMem', 'DMA', 'Device']
  if (reserveLength !== null) {
    for (const name of optional) {
      if (present.size >= reserveLength) break
      present.add(name)
    }
  }
  return ZONE_ORDER.filter((z) => present.has(z))
}

/** The zone-modifier bits of a gfp mask, by name (kernel-facts §1.4: only GFP_ZONEMASK matters). */
export interface GfpZoneBits {
  readonly dma: boolean
  readonly highmem: boolean
  readonly dma32: boolean
  readonly movable: boolean
}

/**
 * `gfp_zone()` via GFP_ZONE_TABLE (include/linux/gfp.h, same semantics 2.6.32 → latest): the highest
 * zone the request may use. Unconfigured zones fall back to Normal (OPT_ZONE_*), so GFP_HIGHUSER on
 * a 64-bit kernel gets Normal and GFP_KERNEL on a 32-bit HighMem kernel never gets HighMem.
 * Returns null for the invalid combinations (GFP_ZONE_BAD).
 */
export function gfpZone(bits: GfpZoneBits, layout: readonly string[]): string | null {
  const has = (z: string): boolean => layout.includes(z)
  const orNormal = (z: string): string => (has(z) ? z : 'Normal')
  const count = Number(bits.dma) + Number(bits.highmem) + Number(bits.dma32)
  if (count > 1) return null
  if (bits.movable) {
    if (bits.highmem) return orNormal('Movable')
    if (bits.dma) return orNormal('DMA')
    if (bits.dma32) return orNormal('DMA32')
    return 'Normal'
  }
  if (bits.dma) return orNormal('DMA')
  if (bits.highmem) return orNormal('HighMem')
  if (bits.dma32) return orNormal('DMA32')
  return 'Normal'
}

/** Whether an architecture string names a 64-bit kernel. Null when it says nothing. */
export function archIs64Bit(text: string | null | undefined): boolean | null {
  if (!text) return null
  if (/x86_64|amd64|aarch64|arm64|ppc64|s390x|mips64|riscv64|sparc64|loongarch64/i.test(text)) return true
  if (/i[3-6]86|\b686\b|-pae|armv[4-7]|\barm\b|i386/i.test(text)) return false
  return null
}
