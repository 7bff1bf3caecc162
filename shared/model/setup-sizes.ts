/**
 * The zone sizes and pages_min the printed watermarks were computed from, when they are not today's
 * `managed` (see boot-sizes.ts: memory freed after boot, a balloon) or the report lost them (a zone line
 * cut before `managed`).
 *
 * `__setup_per_zone_wmarks` gives every zone a share ⌊pages_min × size / lowmem_pages⌋ (lowmem_pages =
 * Σ sizes of the non-highmem zones): min = share for lowmem zones; low − min = high − low = share/4
 * when that term dominates (4.6+, else ⌊size × wsf / 10000⌋), share/4 and share/2 before 4.6, also for
 * highmem zones. So each printed zone pins its share to a few values, and a share c of a zone of size S
 * pins lowmem_pages to the interval (pages_min × S / (c + 1), pages_min × S / c]. Intersecting those
 * intervals over the zones whose size is known, with one zone's size left free inside what the reserve
 * rows and the boot growth allow, gives the sizes the kernel used — or nothing, and the caller keeps the
 * printed sizes.
 */
import { wmarkTreatsAsHighmem } from '../kernel/watermarks'
import { v, type KernelVersionCode } from '../kernel/version'
import type { SizeRange } from './boot-sizes'
import type { BasisZone } from './types'

/** One reading of the sizes: per zone, with the pages_min it goes with. */
export interface SizeCandidate {
  readonly sizes: readonly number[]
  readonly pagesMin: number
}

/** What each zone allows: its anchor size (printed, or a best guess), the range it may move in. */
export interface SizeBounds {
  readonly anchor: readonly number[]
  readonly range: readonly SizeRange[]
}

const MAX_CANDIDATES = 64

/** The shares a zone's printed watermarks allow (pages), or null when they do not pin it. */
export function shareCandidates(z: BasisZone, highmem: boolean, version: KernelVersionCode): number[] | null {
  const { printedMinPages: min, printedLowPages: low, printedHighPages: high } = z
  if (min === null) return null
  const out = new Set<number>()
  if (version < v('4.6')) {
    if (low === null || high === null) return highmem ? null : [min]
    // low − min = share >> 2 and high − min = share >> 1 (2.6.32 / 3.10 __setup_per_zone_wmarks).
    for (let k = 0; k < 4; k++) {
      const c = 4 * (low - min) + k
      if (c >> 1 === high - min) out.add(c)
    }
    if (!highmem) return out.has(min) || out.size === 0 ? [min] : []
    return [...out]
  }
  if (!highmem) out.add(min - z.boostPages)
  if (low !== null && high !== null) {
    // 4.6+: d = high − low (the low gap can carry a vendor extra); a quarter-dominated d pins the share.
    const d = high - low
    const unprintedBoost = version >= v('5.0') && version < v('5.16')
    if (highmem || unprintedBoost) for (let k = 0; k < 4; k++) out.add(4 * d + k)
  }
  return [...out].filter((c) => c > 0)
}

/** Integer interval of lowmem_pages a zone of size `size` with share `c` allows: (P·size/(c+1), P·size/c]. */
function lInterval(pagesMin: number, size: number, c: number): SizeRange {
  return { lo: Math.floor((pagesMin * size) / (c + 1)) + 1, hi: Math.floor((pagesMin * size) / c) }
}

function intersect(a: SizeRange, b: SizeRange): SizeRange {
  return { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi) }
}

/** Every combination of one share per constrained zone (capped: the sets are 1–5 values each). */
function combos(sets: readonly (readonly number[] | null)[]): (number | null)[][] {
  let out: (number | null)[][] = [[]]
  for (const set of sets) {
    const next: (number | null)[][] = []
    for (const prefix of out) for (const c of set ?? [null]) next.push([...prefix, c])
    out = next.slice(0, 512)
  }
  return out
}

/**
 * Candidate sizes for the given pages_min values: for each choice of one zone whose size is free (or
 * none), the lowmem total every other zone's share allows, and the free zone's size from it.
 */
export function solveSetupSizes(
  zones: readonly BasisZone[],
  layout: readonly string[],
  version: KernelVersionCode,
  bounds: SizeBounds,
  pagesMinCandidates: readonly number[],
): SizeCandidate[] {
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  const shares = zones.map((z, i) => shareCandidates(z, highmem[i] ?? false, version))
  const out: SizeCandidate[] = []
  const seen = new Set<string>()
  for (const pagesMin of pagesMinCandidates) {
    if (!(pagesMin > 0)) continue
    for (const combo of combos(shares)) {
      for (let free = -1; free < zones.length; free++) {
        const sizes = solveOne(version, zones, highmem, bounds, pagesMin, combo, free)
        if (!sizes) continue
        const key = `${pagesMin}:${sizes.join(',')}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({ sizes, pagesMin })
        if (out.length >= MAX_CANDIDATES) return out
      }
    }
  }
  return out
}

/**
 * 4.6+: when high − low exceeds a quarter of the share, d = ⌊size × wsf / 10000⌋ set it; with the default
 * watermark_scale_factor 10 that pins the size to [1000·d, 1000·d + 999].
 */
function wsfSizeRange(z: BasisZone, share: number, version: KernelVersionCode): SizeRange | null {
  if (version < v('4.6') || z.printedLowPages === null || z.printedHighPages === null) return null
  const d = z.printedHighPages - z.printedLowPages
  if (d <= (share >> 2) + 1) return null
  return { lo: d * 1000, hi: d * 1000 + 999 }
}

function solveOne(
  version: KernelVersionCode,
  zones: readonly BasisZone[],
  highmem: readonly boolean[],
  bounds: SizeBounds,
  pagesMin: number,
  combo: readonly (number | null)[],
  free: number,
): number[] | null {
  const sizes = zones.map((_, i) => bounds.anchor[i] ?? 0)
  let fixedLow = 0
  let L: SizeRange = { lo: 1, hi: Number.MAX_SAFE_INTEGER }
  zones.forEach((_, i) => {
    if (i === free) return
    if (!highmem[i]) fixedLow += sizes[i] ?? 0
    const c = combo[i]
    if (c !== null && c !== undefined && (sizes[i] ?? 0) > 0) L = intersect(L, lInterval(pagesMin, sizes[i] ?? 0, c))
  })
  if (free < 0) {
    // No zone moves: lowmem_pages is the sum itself.
    return fixedLow >= L.lo && fixedLow <= L.hi && fixedLow > 0 ? sizes : null
  }
  let range = bounds.range[free]
  const c = combo[free]
  if (!range || c === null || c === undefined) return null
  if (highmem[free]) {
    // A highmem zone does not change lowmem_pages: its share c needs size in [c·L/P, (c+1)·L/P).
    if (fixedLow < L.lo || fixedLow > L.hi) return null
    const lo = Math.max(range.lo, Math.ceil((c * fixedLow) / pagesMin))
    const hi = Math.min(range.hi, Math.ceil(((c + 1) * fixedLow) / pagesMin) - 1)
    if (lo > hi) return null
    sizes[free] = clamp(bounds.anchor[free] ?? lo, lo, hi)
    return sizes
  }
  // A lowmem zone of size S = L − F with share c: L ≥ F·P/(P − c) and L < F·P/(P − c − 1).
  if (c >= pagesMin) return null
  const own0 = wsfSizeRange(zones[free] as BasisZone, c, version)
  if (own0) {
    range = { lo: Math.max(range.lo, own0.lo), hi: Math.min(range.hi, own0.hi) }
    if (range.lo > range.hi) return null
  }
  const own: SizeRange = {
    lo: Math.ceil((fixedLow * pagesMin) / (pagesMin - c)),
    hi: pagesMin - c - 1 > 0 ? Math.ceil((fixedLow * pagesMin) / (pagesMin - c - 1)) - 1 : Number.MAX_SAFE_INTEGER,
  }
  const sized = intersect(intersect(L, own), { lo: fixedLow + range.lo, hi: fixedLow + range.hi })
  if (sized.lo > sized.hi) return null
  const want = fixedLow + (bounds.anchor[free] ?? range.hi)
  sizes[free] = clamp(want, sized.lo, sized.hi) - fixedLow
  return sizes
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}
