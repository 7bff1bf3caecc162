import type { EventDetail } from '../../../shared/api/api-types'

/** The recorded value of each what-if knob, and the slider range around it. All in kB except the factor. */
export interface WhatIfBaseline {
  readonly min_free_kbytes: number | null
  readonly watermark_scale_factor: number
  readonly cma_kb: number
  readonly swap_kb: number
  readonly ranges: Readonly<Record<'min_free_kbytes' | 'watermark_scale_factor' | 'cma_kb' | 'swap_kb', SliderRange>>
}

export interface SliderRange {
  readonly min: number
  readonly max: number
  readonly step: number
}

// The kernel's default watermark_scale_factor (mm/page_alloc.c, since 4.6): 10 = 0.1 % of the zone.
const DEFAULT_WATERMARK_SCALE_FACTOR = 10
const MIB_KB = 1024

function range(max: number): SliderRange {
  const roundedMax = Math.max(MIB_KB, Math.ceil(max / MIB_KB) * MIB_KB)
  return { min: 0, max: roundedMax, step: Math.max(1, Math.round(roundedMax / 2048)) }
}

/** What the event recorded, as the sliders' starting points (swap: kB added, so 0). */
export function whatIfBaseline(detail: EventDetail): WhatIfBaseline {
  const { event, model } = detail
  const minFree = model.inferredMinFreeKbytes
  const cmaPages = event.ram.cmaReservedPages
  const zonesCmaKb = event.zones.reduce((sum, z) => sum + (z.fields['managed_cma'] ?? 0), 0)
  const cmaKb = cmaPages !== null ? cmaPages * event.pageSizeKb : zonesCmaKb
  const managedKb = event.zones.reduce((sum, z) => sum + (z.managedKb ?? z.presentKb ?? 0), 0)
  return {
    min_free_kbytes: minFree,
    watermark_scale_factor: model.watermarkScaleFactor ?? DEFAULT_WATERMARK_SCALE_FACTOR,
    cma_kb: cmaKb,
    swap_kb: 0,
    ranges: {
      min_free_kbytes: range(Math.max(4 * (minFree ?? 0), 65536)),
      // sysctl bounds: 1..1000 (mm/page_alloc.c, 4.6 to 5.x; later kernels allow up to 3000).
      watermark_scale_factor: { min: 1, max: 1000, step: 1 },
      cma_kb: range(Math.max(2 * cmaKb, 262144)),
      swap_kb: range(Math.max(managedKb, 1048576)),
    },
  }
}
