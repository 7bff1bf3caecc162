/**
 * Which min_free_kbytes a machine ran with: the boot default, THP's recommended value, or a user
 * setting — by comparing the inferred pages_min with both formulas (kernel-facts §2).
 */
import {
  defaultMinFreeKbytes,
  isLowmemForBuffers,
  pageblockPagesCandidates,
  thpCountsZone,
  thpRecommendedMinFreeKbytes,
} from '../kernel/min-free-kbytes'
import { computeZoneMarks, pagesMinFromKbytes, wmarkTreatsAsHighmem } from '../kernel/watermarks'
import { v, type KernelVersionCode } from '../kernel/version'
import type { BasisZone, MinFreeSource } from './types'

/** The kernel's own candidate values of min_free_kbytes for this machine (kB). */
export interface MinFreeFormulas {
  readonly defaultKb: number
  /** THP's value per pageblock-size candidate (already max'ed with the default), empty before 2.6.38. */
  readonly thpKb: readonly number[]
  /** The same per candidate, with the pageblock size and whether the 5 % cap applied. */
  readonly thp?: readonly { readonly kb: number; readonly pageblockPages: number; readonly capped: boolean }[]
  /** Populated zones THP counts, and lowmem pages (zones ≤ Normal) the formulas used. */
  readonly thpZones?: number
  readonly lowmemPages?: number
}

/** The boot default and THP values for these zone sizes. */
export function minFreeFormulas(
  zones: readonly BasisZone[],
  sizes: readonly number[],
  layout: readonly string[],
  version: KernelVersionCode,
  pageSizeKb: number,
  arch: string | null = null,
): MinFreeFormulas {
  let lowmemPages = 0
  zones.forEach((z, i) => {
    if (isLowmemForBuffers(z.zone)) lowmemPages += sizes[i] ?? 0
  })
  const defaultKb = defaultMinFreeKbytes(lowmemPages * pageSizeKb, version)
  if (version < v('2.6.38')) return { defaultKb, thpKb: [], thp: [], lowmemPages }
  // nr_free_buffer_pages() when khugepaged starts: watermarks already set from the default.
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  const marks = computeZoneMarks(
    zones.map((z, i) => ({ zone: z.zone, sizePages: sizes[i] ?? 0 })),
    highmem,
    pagesMinFromKbytes(defaultKb, pageSizeKb),
    10,
    version,
  )
  let freeBufferPages = 0
  zones.forEach((z, i) => {
    if (isLowmemForBuffers(z.zone)) freeBufferPages += Math.max(0, (sizes[i] ?? 0) - (marks[i]?.highPages ?? 0))
  })
  const nrZones = zones.filter((z, i) => (sizes[i] ?? 0) > 0 && thpCountsZone(z.zone, version)).length
  const thp = pageblockPagesCandidates(pageSizeKb, arch).map((pb) => {
    const kb = thpRecommendedMinFreeKbytes(nrZones, pb, freeBufferPages, pageSizeKb)
    return {
      kb: Math.max(defaultKb, kb),
      pageblockPages: pb,
      capped: 11 * pb * nrZones > Math.floor(freeBufferPages / 20),
    }
  })
  return { defaultKb, thpKb: thp.map((t) => t.kb), thp, thpZones: nrZones, lowmemPages }
}

/** Classify an inferred pages_min; returns the kB value to report and its source. */
export function classifyMinFree(
  pagesMin: number,
  formulas: MinFreeFormulas,
  pageSizeKb: number,
): { readonly minFreeKbytes: number; readonly source: MinFreeSource } {
  // One page of slack: the kernel computed the value from the managed counts of that moment.
  const near = (kb: number): boolean => Math.abs(pagesMinFromKbytes(kb, pageSizeKb) - pagesMin) <= 1
  if (near(formulas.defaultKb)) return { minFreeKbytes: formulas.defaultKb, source: 'default' }
  const thp = formulas.thpKb.find((kb) => kb !== formulas.defaultKb && near(kb))
  if (thp !== undefined) return { minFreeKbytes: thp, source: 'thp' }
  // Managed counts that moved after the watermarks were set (memory offlined, balloon) shift the
  // inferred value slightly; a formula value within 0.5 % is still the likelier origin than a user
  // who happened to write that number.
  const inferredKb = pagesMin * pageSizeKb
  const close = (kb: number): boolean => Math.abs(kb - inferredKb) <= kb * 0.005
  const thpClose = formulas.thpKb.find((kb) => kb !== formulas.defaultKb && close(kb))
  if (thpClose !== undefined) return { minFreeKbytes: thpClose, source: 'thp' }
  if (close(formulas.defaultKb)) return { minFreeKbytes: formulas.defaultKb, source: 'default' }
  return { minFreeKbytes: inferredKb, source: 'user' }
}
