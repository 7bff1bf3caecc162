/**
 * Infer min_free_kbytes, watermark_scale_factor and per-zone boost from the watermarks a report
 * printed, by searching the pages_min values each zone allows and keeping the one that reproduces the
 * most zones (kernel-facts §2–§3; `__setup_per_zone_wmarks`).
 */
import { computeZoneMarks, wmarkTreatsAsHighmem, type ZoneMarks } from '../kernel/watermarks'
import { v, type KernelVersionCode } from '../kernel/version'
import type { BasisZone } from './types'

/** The tunables that best reproduce the printed watermarks, and how well. */
export interface WatermarkFit {
  readonly pagesMin: number
  /** null before 4.6 (no watermark_scale_factor). */
  readonly watermarkScaleFactor: number | null
  /** Boost per zone in pages (printed, or inferred as printed − computed on 5.0–5.15). */
  readonly boostPages: readonly number[]
  readonly marks: readonly ZoneMarks[]
  /** Zones whose printed min/low/high the fit reproduces within one page. */
  readonly fitted: readonly boolean[]
  /** A vendor extra_free_kbytes share per zone (pages, already in `marks` low/high); absent when none. */
  readonly extraPages?: readonly number[]
}

const within1 = (a: number, b: number | null): boolean => b === null || Math.abs(a - b) <= 1

/** All pages_min values a zone's printed min allows (as share = min − boost, or boosted share = 4d..4d+3). */
function candidatesFrom(z: BasisZone, lowmemPages: number, version: KernelVersionCode): number[] {
  if (z.printedMinPages === null || z.sizePages <= 0) return []
  const shares = [z.printedMinPages - z.boostPages]
  if (version >= v('5.0') && z.boostPages === 0 && z.printedLowPages !== null) {
    const d = z.printedLowPages - z.printedMinPages
    for (let k = 0; k < 4; k++) shares.push(4 * d + k)
  }
  const out: number[] = []
  for (const share of shares) {
    if (share < 0) continue
    const lo = Math.ceil((share * lowmemPages) / z.sizePages)
    const hi = Math.ceil(((share + 1) * lowmemPages) / z.sizePages) - 1
    // A corrupt or hostile report can print values past 2^53, where p++ no longer moves p: skip
    // them (no real pages_min is that large), and bound the loop by a counter, not by p.
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) continue
    for (let k = 0; k <= 64 && lo + k <= hi; k++) out.push(lo + k)
  }
  return out
}

/** watermark_scale_factor the printed high − low gaps require, or 10 (the default) when they allow it. */
function fitScaleFactor(zones: readonly BasisZone[], sizes: readonly number[], shares: readonly number[]): number {
  let lo = 1
  let hi = 3000
  zones.forEach((z, i) => {
    const size = sizes[i] ?? 0
    if (z.printedLowPages === null || z.printedHighPages === null || size <= 0) return
    // high − low = d exactly; low − min may also carry a vendor extra (extra_free_kbytes).
    const d = z.printedHighPages - z.printedLowPages
    const quarter = (shares[i] ?? 0) >> 2
    // d = max(tmp/4, ⌊size × wsf / 10000⌋): either the quarter wins (wsf small enough) or wsf sets d.
    const maxWsf = Math.floor(((d + 1) * 10000 - 1) / size)
    if (d > quarter + 1) lo = Math.max(lo, Math.ceil((d * 10000) / size))
    hi = Math.min(hi, maxWsf)
  })
  if (lo <= 10 && 10 <= hi) return 10
  return lo <= hi ? lo : 10
}

/** pageblock_nr_pages candidates: boosts grow by whole pageblocks (`boost_watermark`). */
const PAGEBLOCKS = [512, 1024, 2048, 8192, 256, 32]

/**
 * Whether an inferred (unprinted, 5.0–5.15) boost is one the kernel can hold: `boost_watermark` adds
 * pageblock_nr_pages at a time up to max_boost = high × watermark_boost_factor (15000) / 10000.
 */
function boostPossible(boost: number, highPages: number, pageblocks: readonly number[]): boolean {
  if (boost <= 0) return true
  const maxBoost = Math.floor((highPages * 15000) / 10000)
  return pageblocks.some((pb) => boost % pb === 0) || Math.abs(boost - maxBoost) <= 1
}

/**
 * A vendor `extra_free_kbytes` (Android common kernels, RHEL; Rik van Riel's patch): low and high both
 * gain ⌊pages_low × size / total⌋, so low − min exceeds high − low by the same share of every zone. Per
 * zone the extra pages the printed values show beyond the computed ones, kept only when one
 * extra_free_kbytes explains every zone within a page; else zeros.
 */
function inferExtra(zones: readonly BasisZone[], sizes: readonly number[], marks: readonly ZoneMarks[]): number[] {
  const raw = zones.map((z, i) => {
    const m = marks[i]
    if (!m || z.printedLowPages === null || z.printedMinPages === null || z.printedHighPages === null) return 0
    const gap = z.printedLowPages - z.printedMinPages - (m.lowPages - m.minPages)
    const sameD = Math.abs(z.printedHighPages - z.printedLowPages - (m.highPages - m.lowPages)) <= 1
    return sameD && gap > 1 ? gap : 0
  })
  const total = sizes.reduce((a, b) => a + b, 0)
  const big = sizes.reduce((best, s, i) => (s > (sizes[best] ?? 0) ? i : best), 0)
  const bigExtra = raw[big] ?? 0
  if (bigExtra <= 1 || total <= 0) return zones.map(() => 0)
  const pagesLow = Math.round((bigExtra * total) / (sizes[big] ?? 1))
  const predicted = sizes.map((s) => Math.floor((pagesLow * s) / total))
  return predicted.every((p, i) => Math.abs(p - (raw[i] ?? 0)) <= 1) ? predicted : zones.map(() => 0)
}

/** Evaluate one pages_min against every zone. */
export function evaluateFit(
  zones: readonly BasisZone[],
  sizes: readonly number[],
  layout: readonly string[],
  version: KernelVersionCode,
  pagesMin: number,
  pageblocks: readonly number[] = PAGEBLOCKS,
): WatermarkFit {
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  const inputs = zones.map((z, i) => ({ zone: z.zone, sizePages: sizes[i] ?? 0 }))
  const probe = computeZoneMarks(inputs, highmem, pagesMin, 10, version)
  const wsf =
    version >= v('4.6')
      ? fitScaleFactor(
          zones,
          sizes,
          probe.map((m) => m.sharePages),
        )
      : null
  const base = wsf === null || wsf === 10 ? probe : computeZoneMarks(inputs, highmem, pagesMin, wsf, version)
  const extra = inferExtra(zones, sizes, base)
  const marks = base.map((m, i) => {
    const e = extra[i] ?? 0
    return e === 0 ? m : { ...m, lowPages: m.lowPages + e, highPages: m.highPages + e }
  })
  const boostPages: number[] = []
  const fitted = zones.map((z, i) => {
    const m = marks[i] as ZoneMarks
    let boost = z.boostPages
    let possible = true
    // 5.0–5.15 printed min/low/high include an unprinted boost (kernel-facts §3.1).
    if (boost === 0 && version >= v('5.0') && z.printedMinPages !== null && z.printedMinPages > m.minPages + 1) {
      boost = z.printedMinPages - m.minPages
      possible = boostPossible(boost, m.highPages, pageblocks)
    }
    boostPages.push(boost)
    return (
      possible &&
      within1(m.minPages + boost, z.printedMinPages) &&
      within1(m.lowPages + boost, z.printedLowPages) &&
      within1(m.highPages + boost, z.printedHighPages)
    )
  })
  const extraPages = extra.some((e) => e > 0) ? extra : undefined
  return { pagesMin, watermarkScaleFactor: wsf, boostPages, marks, fitted, ...(extraPages ? { extraPages } : {}) }
}

/** Σ |recomputed − printed| over min/low/high of every zone, in pages. */
function absError(zones: readonly BasisZone[], fit: WatermarkFit): number {
  let sum = 0
  zones.forEach((z, i) => {
    const m = fit.marks[i]
    const b = fit.boostPages[i] ?? 0
    if (!m) return
    if (z.printedMinPages !== null) sum += Math.abs(m.minPages + b - z.printedMinPages)
    if (z.printedLowPages !== null) sum += Math.abs(m.lowPages + b - z.printedLowPages)
    if (z.printedHighPages !== null) sum += Math.abs(m.highPages + b - z.printedHighPages)
  })
  return Math.min(sum, 9999)
}

/**
 * Search pages_min over the candidates the three largest lowmem zones allow plus `preferred`
 * (default/THP values); score = zones reproduced, fewer inferred boosts, then preferred values.
 * Returns null when no zone printed a watermark with a size.
 */
export function inferWatermarkFit(
  zones: readonly BasisZone[],
  sizes: readonly number[],
  layout: readonly string[],
  version: KernelVersionCode,
  preferred: readonly number[],
): WatermarkFit | null {
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  let lowmemPages = 0
  zones.forEach((_, i) => {
    if (!highmem[i]) lowmemPages += sizes[i] ?? 0
  })
  if (lowmemPages <= 0) return null
  const lowmem = zones
    .map((z, i) => ({ ...z, sizePages: sizes[i] ?? 0 }))
    .filter((_, i) => !highmem[i])
    .sort((a, b) => b.sizePages - a.sizePages)
    .slice(0, 3)
  const candidates = new Set<number>(preferred.filter((p) => p > 0))
  for (const z of lowmem) for (const p of candidatesFrom(z, lowmemPages, version)) candidates.add(p)
  if (candidates.size === 0) return null
  let best: WatermarkFit | null = null
  let bestScore = -Infinity
  for (const p of [...candidates].sort((a, b) => a - b)) {
    const fit = evaluateFit(zones, sizes, layout, version, p)
    const inferredBoosts = fit.boostPages.filter((b, i) => b > 0 && zones[i]?.boostPages === 0).length
    // Zones reproduced first, then fewer invented boosts, then exactness, then the formula values.
    const fittedCount = fit.fitted.filter(Boolean).length
    const score = fittedCount * 1e7 - inferredBoosts * 1e5 - absError(zones, fit) * 10 + (preferred.includes(p) ? 1 : 0)
    if (score > bestScore) {
      best = fit
      bestScore = score
    }
  }
  return best
}
