/**
 * The small one-line sections of show_mem: lowmem_reserve, hugepages, page cache, swap and the
 * `pages RAM` totals block.
 */

const LOWMEM = /^(?:lowmem_reserve\[\]|protections\[\]):((?:\s+\d+)*)\s*$/

/** `lowmem_reserve[]: 0 763 7663 7663` (2.6.10: `protections[]:`), pages as printed. */
export function parseLowmemReserve(message: string): number[] | null {
  const m = LOWMEM.exec(message)
  if (!m) return null
  const body = (m[1] ?? '').trim()
  return body === '' ? [] : body.split(/\s+/).map(Number)
}

/** One `Node N hugepages_total=…` line. */
export interface ParsedHugepages {
  readonly node: number
  readonly total: number
  readonly free: number
  readonly surp: number
  readonly sizeKb: number
}

const HUGE = /^Node (\d+) hugepages_total=(\d+) hugepages_free=(\d+) hugepages_surp=(\d+) hugepages_size=(\d+)kB/

/** `Node 0 hugepages_total=0 hugepages_free=0 hugepages_surp=0 hugepages_size=2048kB`. */
export function parseHugepages(message: string): ParsedHugepages | null {
  const m = HUGE.exec(message)
  if (!m) return null
  return { node: Number(m[1]), total: Number(m[2]), free: Number(m[3]), surp: Number(m[4]), sizeKb: Number(m[5]) }
}

/** One line of the swap / page cache group. */
export type SwapLine =
  | { readonly kind: 'pagecache'; readonly pages: number }
  | { readonly kind: 'swapcache'; readonly pages: number }
  | { readonly kind: 'swap-stats' }
  | { readonly kind: 'free-swap'; readonly kb: number }
  | { readonly kind: 'total-swap'; readonly kb: number }

/** `151250 total pagecache pages`, `18973 pages in swap cache`, `Free swap  = 0kB`, ... */
export function parseSwapLine(message: string): SwapLine | null {
  let m = /^(\d+) total pagecache pages$/.exec(message)
  if (m) return { kind: 'pagecache', pages: Number(m[1]) }
  m = /^(\d+) pages in swap cache$/.exec(message)
  if (m) return { kind: 'swapcache', pages: Number(m[1]) }
  if (/^Swap cache(?: stats)?: add \d+, delete \d+, find \d+\/\d+/.test(message)) return { kind: 'swap-stats' }
  // 2.6.18 prints `Free swap:  2031608kB`.
  m = /^Free swap\s*[=:]\s*(-?\d+)\s?kB$/.exec(message)
  if (m) return { kind: 'free-swap', kb: Number(m[1]) }
  m = /^Total swap\s*[=:]\s*(\d+)\s?kB$/.exec(message)
  if (m) return { kind: 'total-swap', kb: Number(m[1]) }
  return null
}

/** Which total of the `pages RAM` block a line gives (null key = recognised, not kept). */
export interface RamLine {
  readonly key: 'totalPages' | 'highmemPages' | 'reservedPages' | 'cmaReservedPages' | 'hwpoisonedPages' | null
  readonly pages: number
}

const RAM: ReadonlyArray<readonly [RegExp, RamLine['key']]> = [
  [/^(\d+) pages (?:of )?RAM$/, 'totalPages'],
  [/^(\d+) pages (?:HighMem\/MovableOnly|HighMem|of HIGHMEM)$/, 'highmemPages'],
  [/^(\d+) (?:pages reserved|reserved pages)$/, 'reservedPages'],
  [/^(\d+) pages cma reserved$/, 'cmaReservedPages'],
  [/^(\d+) pages hwpoisoned$/, 'hwpoisonedPages'],
  // 2.6.2x i386 show_mem (arch/x86/mm/pgtable_32.c) also prints dirty, writeback, mapped, slab and pagetables.
  [/^(\d+) pages (?:shared|non-shared|swap cached|MovableOnly|dirty|writeback|mapped|slab|pagetables)$/, null],
]

/** `1994197 pages RAM` and its siblings (`__show_mem`), and the 2.6-era `pages of RAM` forms. */
export function parseRamLine(message: string): RamLine | null {
  for (const [re, key] of RAM) {
    const m = re.exec(message)
    if (m) return { key, pages: Number(m[1]) }
  }
  return null
}
