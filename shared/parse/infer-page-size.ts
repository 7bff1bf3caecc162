/** What the page size can be read from. */
export interface PageSizeEvidence {
  /** Order-0 block sizes printed on buddy lines (`4kB`, `64kB`). */
  readonly buddyOrder0Kb: readonly number[]
  /** Pairs of the same quantity printed once in kB and once in pages. */
  readonly kbPagePairs: ReadonlyArray<readonly [number, number]>
  readonly arch: string | null
}

/** Where the page size came from (see `MemEvent.pageSizeFrom`). */
export type PageSizeFrom = 'buddy' | 'ratio' | 'arch' | 'default'

const CANDIDATES_KB = [4, 8, 16, 64, 256] as const
/** Arches whose only page size is 4 KiB (x86 always; the others as configured by every mainline defconfig). */
const FOUR_KB_ARCHES = new Set(['x86_64', 'i686', 'i386', 'arm', 'mips', 'csky', 's390x', 'riscv64', 'riscv'])

/**
 * The page size in kB: the buddy line's order-0 block size when printed (exact), else the ratio of a
 * quantity printed both in kB and in pages (the Mem-Info `free:` pages against the zones' `free:` kB,
 * the victim's kB RSS against its task-table pages) snapped to a power of two when within 20 %, else
 * 4 kB on arches that have no other size, else 4 kB by default.
 */
export function inferPageSize(e: PageSizeEvidence): { pageSizeKb: number; from: PageSizeFrom } {
  const buddy = e.buddyOrder0Kb.find((kb) => kb > 0)
  if (buddy !== undefined) return { pageSizeKb: buddy, from: 'buddy' }
  for (const [kb, pages] of e.kbPagePairs) {
    // Small counts make the ratio meaningless (and the two sides are printed moments apart).
    if (pages < 256 || kb <= 0) continue
    const ratio = kb / pages
    const best = CANDIDATES_KB.find((c) => Math.abs(ratio - c) / c < 0.2)
    if (best !== undefined) return { pageSizeKb: best, from: 'ratio' }
  }
  if (e.arch !== null && FOUR_KB_ARCHES.has(e.arch)) return { pageSizeKb: 4, from: 'arch' }
  return { pageSizeKb: 4, from: 'default' }
}
