/**
 * The order part of `__zone_watermark_ok` over a zone's buddy lists (mm/page_alloc.c, kernel-facts §5.1,
 * §9): 4.4+ a request of order o passes when some order k ≥ o has a non-empty free list of a migrate type
 * it may take — UNMOVABLE/MOVABLE/RECLAIMABLE always, CMA with ALLOC_CMA, HIGHATOMIC with highatomic
 * access (ALLOC_HARDER ≤ 6.2, ALLOC_HIGHATOMIC/ALLOC_OOM 6.3+), never ISOLATE. ≤ 4.3 ran a per-order loop
 * instead (see `zoneWatermarkOk`), but the same scan still says what the lists held, so kernels that print
 * no order (2.6.x) get the largest block per type too.
 *
 * The buddy line prints one count per order and the letters of the lists that are non-empty at that order
 * (`4*16kB (UMEC)`, show_migration_types): the count is not split by type, so a block of order k is
 * usable when any of its letters is, and "all blocks CMA" means the only letter at every non-empty order
 * ≥ o is C.
 */

/** Free blocks per order and the migrate-type letters per order as printed, or null when not printed. */
export interface FreeLists {
  readonly counts: readonly number[]
  readonly types: readonly (string | null)[] | null
}

/** Which special lists a request may take from. */
export interface ListAccess {
  readonly cma: boolean
  readonly highatomic: boolean
}

/** One migrate type's largest free order. */
export interface TypeBlocks {
  readonly type: string
  readonly largestOrder: number
  readonly usable: boolean
}

/** What the free lists offer a request of order `order` (pages). */
export interface FreeListScan {
  /** Largest order with a block the request may use; −1 when none. */
  readonly largestUsableOrder: number
  /** Pages in free blocks of order ≥ `order` on a usable list (an upper bound when letters mix types). */
  readonly usableBlockPages: number
  /** Pages in free blocks of order ≥ `order` whose only letter is C / H. */
  readonly cmaOnlyPages: number
  readonly highatomicOnlyPages: number
  /** Every non-empty order ≥ `order` shows only C (resp. only H); false when there is no block at all. */
  readonly allBlocksCma: boolean
  readonly allBlocksHighatomic: boolean
  /** A usable block of order ≥ `order` exists (the 4.4+ order check). */
  readonly hasUsableBlock: boolean
  readonly byType: readonly TypeBlocks[]
}

/** Whether a migrate-type letter may serve the request. R (MIGRATE_RESERVE, ≤ 4.3) served anyone as a last fallback. */
export function letterUsable(letter: string, access: ListAccess): boolean {
  if (letter === 'C') return access.cma
  if (letter === 'H') return access.highatomic
  if (letter === 'I') return false
  return true
}

/** Scan the free lists for a request of `order`; see the module comment. */
export function scanFreeLists(lists: FreeLists, order: number, access: ListAccess): FreeListScan {
  let largestUsableOrder = -1
  let usableBlockPages = 0
  let cmaOnlyPages = 0
  let highatomicOnlyPages = 0
  let nonEmpty = 0
  let cmaOnlyOrders = 0
  let haOnlyOrders = 0
  const largest = new Map<string, number>()
  lists.counts.forEach((count, k) => {
    if (!(count > 0)) return
    const letters = lists.types?.[k] ?? null
    const pages = count * 2 ** k
    // No letters printed (very old kernels, or a parser that kept none): the block exists, type unknown.
    const known = letters === null || letters === '' ? null : [...letters]
    for (const l of known ?? []) largest.set(l, Math.max(largest.get(l) ?? -1, k))
    const usable = known === null || known.some((l) => letterUsable(l, access))
    if (usable) largestUsableOrder = Math.max(largestUsableOrder, k)
    if (k < order) return
    nonEmpty++
    if (usable) usableBlockPages += pages
    if (known !== null && known.every((l) => l === 'C' || l === 'I') && known.includes('C')) {
      cmaOnlyOrders++
      cmaOnlyPages += pages
    }
    if (known !== null && known.every((l) => l === 'H' || l === 'I') && known.includes('H')) {
      haOnlyOrders++
      highatomicOnlyPages += pages
    }
  })
  const byType = [...largest.entries()]
    .sort((a, b) => 'UMERCHI'.indexOf(a[0]) - 'UMERCHI'.indexOf(b[0]))
    .map(([type, largestOrder]) => ({ type, largestOrder, usable: letterUsable(type, access) }))
  return {
    largestUsableOrder,
    usableBlockPages,
    cmaOnlyPages,
    highatomicOnlyPages,
    allBlocksCma: nonEmpty > 0 && cmaOnlyOrders === nonEmpty,
    allBlocksHighatomic: nonEmpty > 0 && haOnlyOrders === nonEmpty,
    hasUsableBlock: largestUsableOrder >= order,
    byType,
  }
}
