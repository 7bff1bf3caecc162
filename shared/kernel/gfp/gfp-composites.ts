/**
 * The `GFP_*` composites as sets of single `__GFP_*` flags, per version — used to expand the names
 * the kernel printed inside `gfp_mask=0x..(...)` (4.6+, `%pGg`). Definitions: kernel-facts §1.3
 * "Definitions behind the numbers" (include/linux/gfp.h, gfp_types.h in the cited trees).
 * Config-conditional members (SKIP_KASAN*) are left out: they are 0 on the configs that print names
 * without them, and a kernel that had them prints the extra bit anyway.
 */
import { v, type KernelVersionCode } from '../version'

const RECLAIM = ['__GFP_DIRECT_RECLAIM', '__GFP_KSWAPD_RECLAIM']

/** Composite name → its single flags, for a kernel of `version`. */
export function gfpComposites(version: KernelVersionCode): Readonly<Record<string, readonly string[]>> {
  if (version < v('4.4')) {
    // ≤ 4.3: __GFP_WAIT era; GFP_NOWAIT is 0 (GFP_ATOMIC without __GFP_HIGH).
    const kernel = ['__GFP_WAIT', '__GFP_IO', '__GFP_FS']
    const user = [...kernel, '__GFP_HARDWALL']
    const highuserMovable = [...user, '__GFP_HIGHMEM', '__GFP_MOVABLE']
    return {
      GFP_ATOMIC: ['__GFP_HIGH'],
      GFP_NOWAIT: [],
      GFP_NOIO: ['__GFP_WAIT'],
      GFP_NOFS: ['__GFP_WAIT', '__GFP_IO'],
      GFP_KERNEL: kernel,
      GFP_TEMPORARY: [...kernel, '__GFP_RECLAIMABLE'],
      GFP_USER: user,
      GFP_HIGHUSER: [...user, '__GFP_HIGHMEM'],
      GFP_HIGHUSER_MOVABLE: highuserMovable,
      GFP_TRANSHUGE: [
        ...highuserMovable,
        '__GFP_COMP',
        '__GFP_NOMEMALLOC',
        '__GFP_NORETRY',
        '__GFP_NOWARN',
        '__GFP_NO_KSWAPD',
      ],
      GFP_IOFS: ['__GFP_IO', '__GFP_FS'],
      GFP_DMA: ['__GFP_DMA'],
      GFP_DMA32: ['__GFP_DMA32'],
    }
  }
  // 4.4+: __GFP_RECLAIM = DIRECT_RECLAIM | KSWAPD_RECLAIM.
  const kernel = [...RECLAIM, '__GFP_IO', '__GFP_FS']
  const user = [...kernel, '__GFP_HARDWALL']
  const highuserMovable = [...user, '__GFP_HIGHMEM', '__GFP_MOVABLE']
  // 5.14–5.17 add __GFP_SKIP_KASAN_POISON unconditionally (kernel-facts §1.2 consequence: 0x1100cca).
  if (version >= v('5.14') && version < v('5.18')) highuserMovable.push('__GFP_SKIP_KASAN_POISON')
  const thpBase = [...highuserMovable, '__GFP_COMP', '__GFP_NOMEMALLOC', '__GFP_NOWARN']
  const withoutReclaim = (flags: string[]): string[] => flags.filter((f) => !RECLAIM.includes(f))
  const out: Record<string, readonly string[]> = {
    // 6.3 "mm: discard __GFP_ATOMIC": GFP_ATOMIC = HIGH | KSWAPD_RECLAIM.
    GFP_ATOMIC:
      version >= v('6.3')
        ? ['__GFP_HIGH', '__GFP_KSWAPD_RECLAIM']
        : ['__GFP_HIGH', '__GFP_ATOMIC', '__GFP_KSWAPD_RECLAIM'],
    // 6.8 "gfp: Include __GFP_NOWARN in GFP_NOWAIT".
    GFP_NOWAIT: version >= v('6.8') ? ['__GFP_KSWAPD_RECLAIM', '__GFP_NOWARN'] : ['__GFP_KSWAPD_RECLAIM'],
    GFP_NOIO: RECLAIM,
    GFP_NOFS: [...RECLAIM, '__GFP_IO'],
    GFP_KERNEL: kernel,
    GFP_KERNEL_ACCOUNT: [...kernel, '__GFP_ACCOUNT'],
    GFP_USER: user,
    GFP_HIGHUSER: [...user, '__GFP_HIGHMEM'],
    GFP_HIGHUSER_MOVABLE: highuserMovable,
    GFP_DMA: ['__GFP_DMA'],
    GFP_DMA32: ['__GFP_DMA32'],
    __GFP_RECLAIM: RECLAIM,
  }
  if (version < v('4.14')) out['GFP_TEMPORARY'] = [...kernel, '__GFP_RECLAIMABLE']
  if (version < v('4.6')) {
    // 4.4–4.5: TRANSHUGE minus KSWAPD_RECLAIM only.
    out['GFP_TRANSHUGE'] = [...thpBase, '__GFP_NORETRY'].filter((f) => f !== '__GFP_KSWAPD_RECLAIM')
  } else if (version < v('4.8')) {
    out['GFP_TRANSHUGE'] = withoutReclaim([...thpBase, '__GFP_NORETRY'])
  } else {
    out['GFP_TRANSHUGE_LIGHT'] = withoutReclaim(thpBase)
    out['GFP_TRANSHUGE'] = [...withoutReclaim(thpBase), '__GFP_DIRECT_RECLAIM']
  }
  return out
}
