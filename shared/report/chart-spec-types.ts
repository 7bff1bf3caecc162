/**
 * Chart *specs*: what a chart shows (rows, series, thresholds, labels, colours), not how a library
 * draws it. The renderer maps them to Chart.js; the report draws them as SVG (`svg/`), so the CLI
 * needs no canvas to put charts into a PDF. Plain JSON data, numbers in the unit their name says.
 */
import type { DecidingTerm } from '../model/types'
import type { EventKind } from '../event/types'

/** One legend entry; `id` is stable (`free`, `min`, `order-3`...), `label` already translated. */
export interface LegendItem {
  readonly id: string
  readonly label: string
  /** CSS colour, `#rrggbb`. */
  readonly color: string
  /** Drawn as a line/marker (a threshold) instead of a filled bar. */
  readonly marker?: boolean
  /** The kernel's own name of what the item stands for (a migrate type: `Unmovable`), for the glossary. */
  readonly term?: string
}

/** The replay's verdict for one zone: served the request, refused it, or may not be used by it. */
export type ZoneVerdict = 'pass' | 'fail' | 'not-allowed'

/** One zone in the zone chart: free memory against its watermarks, all in kB. */
export interface ZoneChartRow {
  /** `Node 0 Normal`, the label the UI and the report print. */
  readonly key: string
  readonly node: number
  /** Zone name as printed (`DMA32`, `HighMem`). */
  readonly zone: string
  readonly freeKb: number
  /** Part of `freeKb` that is CMA (0 when none was printed). */
  readonly freeCmaKb: number
  readonly minKb: number | null
  readonly lowKb: number | null
  readonly highKb: number | null
  /** lowmem_reserve this request had to leave untouched in this zone, kB (from the replay), else null. */
  readonly reserveKb: number | null
  /** The whole `lowmem_reserve[]` as printed, in pages. */
  readonly lowmemReservePages: readonly number[] | null
  /** What the watermark check demanded (watermark + reserve), kB, when the replay ran. */
  readonly requiredKb: number | null
  readonly verdict: ZoneVerdict | null
  readonly decidingTerm: DecidingTerm | null
  /** Free that counted minus what was demanded; negative = missed by that much. */
  readonly marginKb: number | null
  /** Suggested axis maximum for this row (each zone has its own scale: DMA and HighMem differ ×1000). */
  readonly axisMaxKb: number
  /**
   * The same zone as the report recorded it, when the row shows a what-if scenario that changed it:
   * drawn as a faint reference behind the scenario's values.
   */
  readonly recorded?: {
    readonly minKb: number | null
    readonly lowKb: number | null
    readonly highKb: number | null
    readonly freeCmaKb: number
    readonly requiredKb: number | null
    readonly marginKb: number | null
    readonly verdict: ZoneVerdict | null
  }
}

/** Free memory per zone against min/low/high and lowmem_reserve. */
export interface ZoneChartSpec {
  readonly kind: 'zone'
  readonly title: string
  readonly unit: 'kB'
  readonly rows: readonly ZoneChartRow[]
  /** `free`, `free-cma`, `min`, `low`, `high`, `required`. */
  readonly legend: readonly LegendItem[]
}

/** One order of one zone's buddy line. */
export interface BuddyOrderCell {
  readonly order: number
  readonly count: number
  /** count × block size. */
  readonly freeKb: number
  /** Migrate types that had a free block of this order (from the printed letters), full names. */
  readonly migrateTypes: readonly string[]
  /** The letters as printed (`UME`), or null when none were printed (a what-if may re-letter `C` as `M`). */
  readonly letters: string | null
  /**
   * For orders at or above the request's: whether the order check could take a block here (a free
   * block on a list of a migrate type the request may use); null below the request's order or when
   * the types cannot be told.
   */
  readonly usable?: boolean | null
  /** The printed letters, when a what-if scenario changed them. */
  readonly recordedLetters?: string | null
}

export interface BuddyChartRow {
  readonly key: string
  readonly node: number
  readonly zone: string
  readonly order0Kb: number
  readonly totalKb: number
  readonly cells: readonly BuddyOrderCell[]
  /** Free kB in blocks of at least the requested order (what a request of that order could use). */
  readonly atOrAboveRequestKb: number | null
}

/**
 * Free blocks by order, per zone. The OOM report prints a count per order and which migrate types
 * hold blocks of that order, not a count per type: the spec keeps that distinction honest.
 */
export interface BuddyChartSpec {
  readonly kind: 'buddy'
  readonly title: string
  /** The order the failing request asked for, highlighted; null when unknown or manual. */
  readonly requestOrder: number | null
  readonly maxOrder: number
  readonly rows: readonly BuddyChartRow[]
  /** Letters of the free lists the request's order check may use (`UME`, `UMEC`…), null when unknown. */
  readonly usableLetters?: string | null
  /** One entry per migrate type letter seen (`U` Unmovable…). */
  readonly legend: readonly LegendItem[]
}

/** One bar of the accounting waterfall. */
export interface WaterfallStep {
  readonly id: string
  readonly label: string
  readonly kb: number
  /** `total` bars start at 0; `part` bars hang from the running total downwards; `rest` closes. */
  readonly role: 'total' | 'part' | 'rest'
  /** Running total before this step (where a `part` bar starts). */
  readonly startKb: number
  readonly color: string
  /** The glossary entry of what the bar counts (`zone:managed`, `counter:slab_unreclaimable`), when the kernel names it. */
  readonly term?: string
}

/** Where the memory went: RAM, minus each consumer, down to what is left unexplained. */
export interface AccountingChartSpec {
  readonly kind: 'accounting'
  readonly title: string
  readonly unit: 'kB'
  readonly steps: readonly WaterfallStep[]
}

/** One event on the timeline. */
export interface TimelinePoint {
  readonly eventId: string
  /** Milliseconds since the epoch (wall clock) or since boot (uptime), per {@link TimelineSpec.timeBase}. */
  readonly tMs: number
  readonly label: string
  readonly kind: EventKind
  /** The kind's colour (`CHART_COLORS`). */
  readonly color: string
}

/**
 * One host's events. Lanes are per host, never per kind: a fleet's hosts each keep their row, and
 * the kind is the point's colour (legend: {@link TimelineSpec.kindLegend}).
 */
export interface TimelineEventLane {
  /** `host:<name>`, or `host:` for events whose log names no host. */
  readonly id: string
  /** The host as the log names it, or null. */
  readonly host: string | null
  /** The host name, or a translated "host not named". */
  readonly label: string
  readonly points: readonly TimelinePoint[]
}

export interface TimelineCounterLane {
  /** Counter name as the kernel spells it in /proc/meminfo (`MemFree`, `Slab`...), with `@host` when the case has several hosts. */
  readonly id: string
  /** The counter's kernel name (`MemFree`). */
  readonly counter: string
  /** The host whose samples these are; null when no sample names one. Samples of two hosts never share a lane. */
  readonly host: string | null
  readonly label: string
  readonly unit: 'kB'
  readonly color: string
  readonly samples: readonly { readonly tMs: number; readonly kb: number; readonly from: 'snapshot' | 'event' }[]
}

/** Events by host and counter lanes over one time axis. */
export interface TimelineSpec {
  readonly kind: 'timeline'
  readonly title: string
  /**
   * `wall`: tMs is the wall clock in ms since the epoch; `uptime`: ms since boot (no wall clock in the
   * log). A wall time printed without a zone is placed as printed (read as if UTC, so midnight on the
   * axis is midnight in the log) and is never labelled with a zone.
   */
  readonly timeBase: 'wall' | 'uptime'
  /** `UTC` when every wall time printed its zone (placed as instants, shown in UTC); null: as printed, no zone claimed. */
  readonly zone: 'UTC' | null
  readonly startMs: number | null
  readonly endMs: number | null
  /** Axis ticks on round times (midnights for spans of days, whole hours for hours...), within start..end. */
  readonly ticksMs: readonly number[]
  readonly eventLanes: readonly TimelineEventLane[]
  readonly counterLanes: readonly TimelineCounterLane[]
  /** The event kinds on the axis, with their colours. */
  readonly kindLegend: readonly LegendItem[]
}

/** Any chart spec. */
export type ChartSpec = ZoneChartSpec | BuddyChartSpec | AccountingChartSpec | TimelineSpec
