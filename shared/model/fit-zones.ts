/**
 * Which sizes and tunables reproduce a report's printed watermarks and reserves: today's `managed`, the
 * boot-time sizes the reserve rows record, or sizes solved from the watermark shares (setup-sizes.ts) —
 * each a reading of what the kernel had when it set them up, kept when it reproduces more zones with
 * less drift. Zones that lost their size get one from the reserve rows, the RAM totals or the shares.
 */
import type { MemEvent } from '../event/types'
import { pagesMinFromKbytes } from '../kernel/watermarks'
import { bootGrowthPages, reserveSizeRanges, type SizeRange } from './boot-sizes'
import type { EventBasis } from './event-basis'
import { evaluateFit, inferWatermarkFit, type WatermarkFit } from './infer-watermark-params'
import { minFreeFormulas, type MinFreeFormulas } from './min-free-source'
import { reservesFor } from './recompute-zones'
import { shareCandidates, solveSetupSizes } from './setup-sizes'
import { wmarkTreatsAsHighmem } from '../kernel/watermarks'
import { v } from '../kernel/version'
import { PHYS_LIMIT_KB } from './zone-flags'
import type { ReserveCheck } from './types'

/** The chosen reading: the fit, the sizes it used, and the min_free_kbytes formulas over those sizes. */
export interface ChosenFit {
  readonly fit: WatermarkFit
  readonly sizes: readonly number[]
  readonly formulas: MinFreeFormulas
  /** Σ |size − anchor| over zones, pages: how far the reading moved from the printed sizes. */
  readonly driftPages: number
}

/** Balloon drivers shrink `managed` after boot (adjust_managed_page_count), the only thing that does. */
const BALLOON = /\b(virtio_balloon|virtballoon_|hv_balloon|xen[-_]balloon|vmw_balloon|vmware_balloon)\b/

/** Whether the report names a balloon driver (managed may then be below the boot size). */
export function namesBalloon(event: MemEvent): boolean {
  return event.lines.some((l) => BALLOON.test(l.message))
}

/** Per zone: the size to start from (printed, else the reserve rows, else the RAM totals) or 0. */
export function anchorSizes(event: MemEvent, eb: EventBasis, ranges: readonly (SizeRange | null)[]): number[] {
  const anchors = eb.zones.map((z, i) => {
    if (z.sizePages > 0) return z.sizePages
    const r = ranges[i]
    return r ? Math.round((r.lo + r.hi) / 2) : 0
  })
  const missing = anchors.filter((a) => a === 0).length
  const { totalPages, reservedPages } = event.ram
  // `pages RAM − pages reserved` = Σ managed (3.x+): one zone without a size gets the remainder.
  if (
    missing === 1 &&
    totalPages !== null &&
    reservedPages !== null &&
    new Set(eb.zones.map((z) => z.node)).size === 1
  ) {
    const rest = totalPages - reservedPages - anchors.reduce((a, b) => a + b, 0)
    const i = anchors.indexOf(0)
    if (rest > 0 && i >= 0) anchors[i] = rest
  }
  return anchors
}

/** Where each zone's size may move: the reserve rows' range, else boot growth below the anchor. */
function moveRanges(
  eb: EventBasis,
  anchors: readonly number[],
  ranges: readonly (SizeRange | null)[],
  balloon: boolean,
): SizeRange[] {
  const growth = bootGrowthPages(eb.pageSizeKb)
  const phys = Math.floor(PHYS_LIMIT_KB / eb.pageSizeKb)
  return eb.zones.map((z, i) => {
    const a = anchors[i] ?? 0
    const r = ranges[i]
    if (a <= 0) return r ?? { lo: 1, hi: phys }
    const plausible: SizeRange = { lo: Math.max(1, a - growth), hi: balloon ? phys : a }
    if (r && r.hi >= plausible.lo && r.lo <= plausible.hi)
      return { lo: Math.max(r.lo, plausible.lo), hi: Math.min(r.hi, plausible.hi) }
    // A printed size the rows disagree with by more than boot growth: trust the printed one.
    return z.sizePages > 0 ? plausible : (r ?? plausible)
  })
}

const drift = (sizes: readonly number[], anchors: readonly number[]): number =>
  sizes.reduce((s, x, i) => s + Math.abs(x - (anchors[i] ?? 0)), 0)

/** Score a reading: zones reproduced first, then fewer invented boosts, then less drift. */
function better(a: ChosenFit, b: ChosenFit | null, zonesBoost: readonly number[]): boolean {
  if (!b) return true
  const count = (c: ChosenFit): number => c.fit.fitted.filter(Boolean).length
  if (count(a) !== count(b)) return count(a) > count(b)
  const boosts = (c: ChosenFit): number => c.fit.boostPages.filter((x, i) => x > 0 && (zonesBoost[i] ?? 0) === 0).length
  if (boosts(a) !== boosts(b)) return boosts(a) < boosts(b)
  return a.driftPages < b.driftPages
}

/** The best reading of the watermarks; null when no zone gives a watermark and a size. */
export function fitZones(event: MemEvent, eb: EventBasis, ratios: readonly number[]): ChosenFit | null {
  const { zones, layout, version, pageSizeKb } = eb
  if (zones.length === 0) return null
  // ≈6.14+ (zhouzihan30) recomputes lowmem_reserve when managed changes but not the watermarks: the
  // rows then record today's sizes, not the ones the watermarks were set from.
  const rowsAreBoot = version < v('6.14')
  const ranges = rowsAreBoot ? reserveSizeRanges(zones, ratios, layout.length) : zones.map(() => null)
  const anchors = anchorSizes(event, eb, reserveSizeRanges(zones, ratios, layout.length))
  const moves = moveRanges(eb, anchors, ranges, namesBalloon(event))
  const boot = anchors.map((a, i) => {
    const r = ranges[i]
    return r ? Math.min(r.hi, Math.max(r.lo, a)) : a
  })
  const formulasFor = (sizes: readonly number[]): MinFreeFormulas =>
    minFreeFormulas(zones, sizes, layout, version, pageSizeKb, event.arch)
  const zonesBoost = zones.map((z) => z.boostPages)
  let best: ChosenFit | null = null
  const consider = (fit: WatermarkFit | null, sizes: readonly number[], formulas: MinFreeFormulas): void => {
    if (!fit) return
    const c: ChosenFit = { fit, sizes, formulas, driftPages: drift(sizes, anchors) }
    if (better(c, best, zonesBoost)) best = c
  }
  const preferred: number[] = []
  for (const sizes of [anchors, boot]) {
    if (sizes.some((s) => s <= 0)) continue
    const formulas = formulasFor(sizes)
    const pref = [formulas.defaultKb, ...formulas.thpKb].map((kb) => pagesMinFromKbytes(kb, pageSizeKb))
    preferred.push(...pref)
    const fit = inferWatermarkFit(zones, sizes, layout, version, pref)
    if (fit) preferred.push(fit.pagesMin)
    consider(fit, sizes, formulas)
  }
  const current = best as ChosenFit | null
  // Today's sizes or the boot sizes the rows record already reproduce every zone: nothing to solve.
  if (current && current.fit.fitted.every(Boolean)) return current
  // Σ of the lowmem shares is pages_min less the rounding of each zone (at most one page per zone).
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  const lowShares = zones.map((z, i) => (highmem[i] ? 0 : (shareCandidates(z, false, version)?.[0] ?? 0)))
  const sum = lowShares.reduce((a, b) => a + b, 0)
  const lowCount = highmem.filter((h) => !h).length
  const pCandidates = [...new Set([...preferred, ...Array.from({ length: lowCount }, (_, k) => sum + k)])]
  for (const cand of solveSetupSizes(zones, layout, version, { anchor: anchors, range: moves }, pCandidates)) {
    consider(evaluateFit(zones, cand.sizes, layout, version, cand.pagesMin), cand.sizes, formulasFor(cand.sizes))
  }
  return best
}

/** Whether a computed reserve row matches the printed one: every entry within 0.5 % or one page. */
function rowWithin(printed: readonly number[], computed: readonly number[]): boolean {
  return printed.every((p, j) => Math.abs((computed[j] ?? 0) - p) <= Math.max(1, p * 0.005))
}

/**
 * The printed lowmem_reserve rows against the recompute: from today's sizes, else from the boot sizes
 * the rows record when those differ from today's by no more than boot growth (or a balloon). Also the
 * rows the model reports per zone (the check's computed rows; zones without a printed row from today's sizes).
 */
export function reserveChecks(
  event: MemEvent,
  eb: EventBasis,
  ratios: readonly number[],
): { readonly checks: ReserveCheck[]; readonly rows: number[][] } {
  const { zones, layout, version } = eb
  const ranges = reserveSizeRanges(zones, ratios, layout.length)
  const anchors = anchorSizes(event, eb, ranges)
  const moves = moveRanges(eb, anchors, ranges, namesBalloon(event))
  const today = reservesFor(zones, anchors, layout, ratios, version)
  const bootSizes = anchors.map((a, i) => {
    const r = ranges[i]
    const m = moves[i]
    if (!r || !m) return a
    return Math.min(r.hi, m.hi, Math.max(r.lo, m.lo, a))
  })
  const boot = reservesFor(zones, bootSizes, layout, ratios, version)
  const logged = bootLogSizes(event, eb, anchors, ratios)
  const checks: ReserveCheck[] = []
  // 2.6.10-era reports print `protections[]`: the older incremental-min protection array (set from
  // sysctl_lower_zone_protection), not lowmem_reserve — nothing to compare a recompute with.
  const protections = event.lines.some((l) => /^\s*protections\[\]:/.test(l.message))
  const rows = zones.map((z, i) => {
    const printed = protections ? null : z.printedReserve
    const t = today[i] ?? []
    if (!printed) return t
    const fromLog = logged?.rows[i]
    if (fromLog && printed.every((p, j) => fromLog[j] === p)) {
      checks.push({
        node: z.node,
        zone: z.zone,
        printed,
        computed: fromLog,
        within: true,
        sizesFrom: 'boot-log',
        driftPages: logged?.freedPages ?? 0,
      })
      return fromLog
    }
    const b = boot[i] ?? []
    const withinToday = rowWithin(printed, t)
    const withinBoot = !withinToday && rowWithin(printed, b)
    const upper = zones.filter((o) => o.node === z.node && o.index > z.index).map((o) => zones.indexOf(o))
    const driftPages = upper.reduce((s, j) => s + ((anchors[j] ?? 0) - (bootSizes[j] ?? 0)), 0)
    checks.push({
      node: z.node,
      zone: z.zone,
      printed,
      computed: withinBoot ? b : t,
      within: withinToday || withinBoot,
      sizesFrom: withinBoot ? 'boot-estimate' : 'printed-sizes',
      driftPages: withinBoot ? driftPages : 0,
    })
    return withinBoot ? b : t
  })
  return { checks, rows }
}

/** `Freeing unused kernel memory: 2140K` / `Freeing initrd memory: 68276K` (kB, printed once per boot). */
const FREED = /Freeing (?:unused kernel(?: image)?(?: \([a-z]+\))? memory|initrd memory): (\d+)K/

/**
 * With the boot log's `Freeing ... memory` lines, the pages that joined `managed` after the reserve was
 * computed are known: the reserve rows are then recomputed exactly from today's sizes minus them, taken
 * from the zone that holds them (the one of the upper zones whose rows this reproduces exactly).
 */
function bootLogSizes(
  event: MemEvent,
  eb: EventBasis,
  anchors: readonly number[],
  ratios: readonly number[],
): { readonly rows: number[][]; readonly freedPages: number } | null {
  let freedKb = 0
  for (const l of event.lines) {
    const m = FREED.exec(l.message)
    if (m) freedKb += Number(m[1])
  }
  if (freedKb <= 0) return null
  const freedPages = Math.round(freedKb / eb.pageSizeKb)
  for (let j = 0; j < eb.zones.length; j++) {
    if ((anchors[j] ?? 0) <= freedPages) continue
    const sizes = anchors.map((a, i) => (i === j ? a - freedPages : a))
    const rows = reservesFor(eb.zones, sizes, eb.layout, ratios, eb.version)
    const exact = eb.zones.every((z, i) => !z.printedReserve || z.printedReserve.every((p, k) => rows[i]?.[k] === p))
    if (exact) return { rows, freedPages }
  }
  return null
}
