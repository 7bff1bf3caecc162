/**
 * `__GFP_*` bit values per kernel version range, as data. Source: kernel-facts §1.1 (gfp-flags.json),
 * read from include/linux/gfp.h (≤ 5.19) and include/linux/gfp_types.h (6.0+) in the trees cited there;
 * 6.4–6.9 re-checked in torvalds/linux@16f5dfbc include/linux/gfp_types.h (#define layout,
 * NOLOCKDEP 0x4000000); ≥ 6.10 is the `___GFP_*_BIT` enum of torvalds/linux@594ce0b8.
 *
 * Each layout is written as a change list against the previous one so the moves the kernel made
 * (4.4 reclaim split, 4.10 OTHER_NODE removal, 4.18 "save two stranding bits", 5.1 shuffle, 6.3
 * ATOMIC removal) stay visible as in the kernel history.
 */
import { inVersionRange, type KernelVersionCode } from '../version'

/** One flag's bit in a layout; `conditional` = only non-zero with a config option (kernel-facts §1.2). */
export interface GfpBit {
  readonly name: string
  readonly bit: number
  readonly conditional: boolean
}

/** The bit values of one inclusive version range. */
export interface GfpLayout {
  readonly from: string
  readonly to: string | null
  /** `confirmed` read in a tree of that range; `interpolated` = unconfirmed (kernel-facts §10). */
  readonly status: 'confirmed' | 'interpolated'
  readonly bits: readonly GfpBit[]
}

type BitMap = Record<string, number>

const C = 0x8000_0000 // marker folded into a value: the bit is config-conditional

function toBits(map: BitMap): GfpBit[] {
  return Object.entries(map).map(([name, value]) => ({
    name,
    bit: value & 0x7fff_ffff,
    conditional: (value & C) !== 0,
  }))
}

function change(base: BitMap, set: BitMap, remove: readonly string[] = []): BitMap {
  const out: BitMap = { ...base }
  for (const name of remove) delete out[name]
  return { ...out, ...set }
}

// 2.6.32 include/linux/gfp.h: bits written directly as __GFP_* (xuguangmin/linux-2.6.32.67-for-study).
const L2632: BitMap = {
  __GFP_DMA: 0x1,
  __GFP_HIGHMEM: 0x2,
  __GFP_DMA32: 0x4,
  __GFP_MOVABLE: 0x8,
  __GFP_WAIT: 0x10,
  __GFP_HIGH: 0x20,
  __GFP_IO: 0x40,
  __GFP_FS: 0x80,
  __GFP_COLD: 0x100,
  __GFP_NOWARN: 0x200,
  __GFP_REPEAT: 0x400,
  __GFP_NOFAIL: 0x800,
  __GFP_NORETRY: 0x1000,
  __GFP_COMP: 0x4000,
  __GFP_ZERO: 0x8000,
  __GFP_NOMEMALLOC: 0x10000,
  __GFP_HARDWALL: 0x20000,
  __GFP_THISNODE: 0x40000,
  __GFP_RECLAIMABLE: 0x80000,
  __GFP_NOTRACK: C | 0x200000,
}
// 2.6.38–3.7: THP's NO_KSWAPD/OTHER_NODE, WRITE (≈3.2), MEMALLOC (≈3.6) — interpolated (kernel-facts §1.1).
const L2638 = change(L2632, {
  __GFP_MEMALLOC: 0x2000,
  __GFP_NO_KSWAPD: 0x400000,
  __GFP_OTHER_NODE: 0x800000,
  __GFP_WRITE: 0x1000000,
})
// 3.8–3.14 (harviswang/linux-3.10.99, 3.14.17 gfp.h): __GFP_KMEMCG 0x100000.
const L38 = change(L2638, { __GFP_KMEMCG: 0x100000 })
// 4.1–4.3 (OOMAnalyser KernelConfig_4_1): __GFP_NOACCOUNT takes the old KMEMCG bit.
const L41 = change(L2638, { __GFP_NOACCOUNT: 0x100000 })
// 4.4 (Mel Gorman's reclaim/highatomic series): __GFP_WAIT gone, RECLAIMABLE moves to 0x10.
const L44 = change(
  L41,
  { __GFP_RECLAIMABLE: 0x10, __GFP_ATOMIC: 0x80000, __GFP_DIRECT_RECLAIM: 0x400000, __GFP_KSWAPD_RECLAIM: 0x2000000 },
  ['__GFP_WAIT', '__GFP_NO_KSWAPD'],
)
// 4.5: NOACCOUNT → ACCOUNT on the same bit.
const L45 = change(L44, { __GFP_ACCOUNT: 0x100000 }, ['__GFP_NOACCOUNT'])
// 4.10 (41b6167e8f74 "mm: get rid of __GFP_OTHER_NODE"): WRITE and KSWAPD_RECLAIM move down; NOLOCKDEP 4.12.
const L410 = change(L45, { __GFP_WRITE: 0x800000, __GFP_KSWAPD_RECLAIM: 0x1000000, __GFP_NOLOCKDEP: C | 0x2000000 }, [
  '__GFP_OTHER_NODE',
])
// 4.13: __GFP_REPEAT renamed __GFP_RETRY_MAYFAIL, same bit.
const L413 = change(L410, { __GFP_RETRY_MAYFAIL: 0x400 }, ['__GFP_REPEAT'])
// 4.15: __GFP_COLD and __GFP_NOTRACK deleted, other positions unchanged.
const L415 = change(L413, {}, ['__GFP_COLD', '__GFP_NOTRACK'])
// 4.18 "mm: save two stranding bit in gfp_mask" (confirmed 0x88888888/Linux-4.19).
const L418 = change(L415, {
  __GFP_WRITE: 0x100,
  __GFP_DIRECT_RECLAIM: 0x200000,
  __GFP_KSWAPD_RECLAIM: 0x400000,
  __GFP_NOLOCKDEP: C | 0x800000,
})
// 5.1 "mm: shuffle GFP_* flags" (confirmed 5.4, 5.10).
const L51: BitMap = {
  __GFP_DMA: 0x1,
  __GFP_HIGHMEM: 0x2,
  __GFP_DMA32: 0x4,
  __GFP_MOVABLE: 0x8,
  __GFP_RECLAIMABLE: 0x10,
  __GFP_HIGH: 0x20,
  __GFP_IO: 0x40,
  __GFP_FS: 0x80,
  __GFP_ZERO: 0x100,
  __GFP_ATOMIC: 0x200,
  __GFP_DIRECT_RECLAIM: 0x400,
  __GFP_KSWAPD_RECLAIM: 0x800,
  __GFP_WRITE: 0x1000,
  __GFP_NOWARN: 0x2000,
  __GFP_RETRY_MAYFAIL: 0x4000,
  __GFP_NOFAIL: 0x8000,
  __GFP_NORETRY: 0x10000,
  __GFP_MEMALLOC: 0x20000,
  __GFP_COMP: 0x40000,
  __GFP_NOMEMALLOC: 0x80000,
  __GFP_HARDWALL: 0x100000,
  __GFP_THISNODE: 0x200000,
  __GFP_ACCOUNT: 0x400000,
  __GFP_NOLOCKDEP: C | 0x800000,
}
// 5.14–5.17 (linux-5.14.2 / 5.15.100 gfp.h): SKIP_KASAN_POISON without any #ifdef.
const L514 = change(L51, {
  __GFP_ZEROTAGS: 0x800000,
  __GFP_SKIP_KASAN_POISON: 0x1000000,
  __GFP_NOLOCKDEP: C | 0x2000000,
})
// 5.18–6.2: KASAN bits only under CONFIG_KASAN_HW_TAGS (KTMM-6.1 gfp_types.h).
const L518 = change(L51, {
  __GFP_ZEROTAGS: 0x800000,
  __GFP_SKIP_ZERO: C | 0x1000000,
  __GFP_SKIP_KASAN_UNPOISON: C | 0x2000000,
  __GFP_SKIP_KASAN_POISON: C | 0x4000000,
  __GFP_NOLOCKDEP: C | 0x8000000,
})
// 6.3 "mm: discard __GFP_ATOMIC": 0x200 unused.
const L63 = change(L518, {}, ['__GFP_ATOMIC'])
// 6.4–6.9: one __GFP_SKIP_KASAN; NOLOCKDEP 0x4000000 (torvalds/linux@16f5dfbc).
const L64 = change(L63, { __GFP_SKIP_KASAN: C | 0x2000000, __GFP_NOLOCKDEP: C | 0x4000000 }, [
  '__GFP_SKIP_KASAN_UNPOISON',
  '__GFP_SKIP_KASAN_POISON',
])
// ≥ 6.10 enum: fixed through ZEROTAGS (bit 23), then a config-packed tail from bit 24. The typical
// distro config (no HW tags, no lockdep, SLAB_OBJ_EXT=y) puts NO_OBJ_EXT at bit 24 — the layout
// tools that copy 6.9's #defines get wrong (kernel-facts §1.1, torvalds/linux@594ce0b8).
const L610 = change(L63, { __GFP_NO_OBJ_EXT: C | 0x1000000 }, [
  '__GFP_SKIP_ZERO',
  '__GFP_SKIP_KASAN_UNPOISON',
  '__GFP_SKIP_KASAN_POISON',
  '__GFP_NOLOCKDEP',
])

function layout(from: string, to: string | null, map: BitMap, status: GfpLayout['status'] = 'confirmed'): GfpLayout {
  return { from, to, status, bits: toBits(map) }
}

/** All layouts, oldest first. Kernels older than 2.6.32 use the 2.6.32 layout (same low bits). */
export const GFP_LAYOUTS: readonly GfpLayout[] = [
  layout('2.0', '2.6.37', L2632),
  layout('2.6.38', '3.7', L2638, 'interpolated'),
  layout('3.8', '3.14', L38),
  layout('3.15', '4.0', L2638),
  layout('4.1', '4.3', L41),
  layout('4.4', '4.4', L44),
  layout('4.5', '4.9', L45),
  layout('4.10', '4.12', L410),
  layout('4.13', '4.14', L413),
  layout('4.15', '4.17', L415),
  layout('4.18', '5.0', L418),
  layout('5.1', '5.13', L51),
  layout('5.14', '5.17', L514),
  layout('5.18', '6.2', L518),
  layout('6.3', '6.3', L63),
  layout('6.4', '6.9', L64),
  layout('6.10', null, L610),
]

/** The layout a kernel of `version` used. */
export function gfpLayoutFor(version: KernelVersionCode): GfpLayout {
  for (const candidate of GFP_LAYOUTS) if (inVersionRange(version, candidate.from, candidate.to)) return candidate
  return GFP_LAYOUTS[GFP_LAYOUTS.length - 1] as GfpLayout
}
