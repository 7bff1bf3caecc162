/**
 * Recomputed watermarks and reserves of every zone, as ZoneWatermarks (kB), from a pages_min /
 * scale factor and zone sizes — the shared step of analyzeModel, runWhatIf and live snapshots.
 */
import { computeLowmemReserve } from '../kernel/lowmem-reserve'
import { computeZoneMarks, wmarkTreatsAsHighmem, type ZoneMarks } from '../kernel/watermarks'
import type { KernelVersionCode } from '../kernel/version'
import type { EffectiveMarks } from './allocation-replay'
import type { BasisZone, ZoneWatermarks } from './types'

/** Base marks (no boost) for these sizes. */
export function marksFor(
  zones: readonly BasisZone[],
  sizes: readonly number[],
  layout: readonly string[],
  version: KernelVersionCode,
  pagesMin: number,
  watermarkScaleFactor: number,
): ZoneMarks[] {
  const highmem = zones.map((z) => wmarkTreatsAsHighmem(z.zone, layout, version))
  return computeZoneMarks(
    zones.map((z, i) => ({ zone: z.zone, sizePages: sizes[i] ?? 0 })),
    highmem,
    pagesMin,
    watermarkScaleFactor,
    version,
  )
}

/** Marks plus a per-zone boost (`wmark_pages()` = _watermark + watermark_boost, 5.0+). */
export function withBoost(marks: readonly ZoneMarks[], boostPages: readonly number[]): EffectiveMarks[] {
  return marks.map((m, i) => {
    const b = boostPages[i] ?? 0
    return { minPages: m.minPages + b, lowPages: m.lowPages + b, highPages: m.highPages + b }
  })
}

/** lowmem_reserve rows per zone: computed per node over the layout (unprinted zones count as empty). */
export function reservesFor(
  zones: readonly BasisZone[],
  sizes: readonly number[],
  layout: readonly string[],
  ratios: readonly number[],
  version: KernelVersionCode,
): number[][] {
  const byNode = new Map<number, number[][]>()
  for (const node of new Set(zones.map((z) => z.node))) {
    const nodeSizes = layout.map((name) => {
      const i = zones.findIndex((z) => z.node === node && z.zone === name)
      return i >= 0 ? (sizes[i] ?? 0) : 0
    })
    byNode.set(node, computeLowmemReserve(nodeSizes, ratios, version))
  }
  return zones.map((z) => byNode.get(z.node)?.[z.index] ?? new Array<number>(layout.length).fill(0))
}

/** ZoneWatermarks (kB) from effective marks, reserves and boosts. */
export function toZoneWatermarks(
  zones: readonly BasisZone[],
  marks: readonly EffectiveMarks[],
  reserves: readonly (readonly number[])[],
  boostPages: readonly number[],
  pageSizeKb: number,
): ZoneWatermarks[] {
  return zones.map((z, i) => {
    const m = marks[i] as EffectiveMarks
    return {
      node: z.node,
      zone: z.zone,
      minKb: m.minPages * pageSizeKb,
      lowKb: m.lowPages * pageSizeKb,
      highKb: m.highPages * pageSizeKb,
      lowmemReserve: reserves[i] ?? [],
      boostKb: (boostPages[i] ?? 0) * pageSizeKb,
    }
  })
}

/** The marks the report printed (boost included), falling back to `fallback` where a value is missing. */
export function printedMarks(zones: readonly BasisZone[], fallback: readonly EffectiveMarks[]): EffectiveMarks[] {
  return zones.map((z, i) => {
    const f = fallback[i] ?? { minPages: 0, lowPages: 0, highPages: 0 }
    return {
      minPages: z.printedMinPages ?? f.minPages,
      lowPages: z.printedLowPages ?? f.lowPages,
      highPages: z.printedHighPages ?? f.highPages,
    }
  })
}
