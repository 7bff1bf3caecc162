/**
 * Which memory tunables a kernel version has, their defaults and their bounds — the facts the what-if
 * needs to offer only the knobs that existed on the machine that wrote the log (Documentation/
 * admin-guide/sysctl/vm.rst and mm/page_alloc.c of each version; docs/kernel-facts.md §3).
 */
import { v, type KernelVersionCode } from './version'

/**
 * vm.watermark_scale_factor: 4.6+ (795ae7a0de6b "mm: scale kswapd watermarks in proportion to
 * memory"). Default 10 (0.1 % of the zone). Bounds 1..1000; raised to 3000 in 5.19 (believed; the
 * "mm: change the upper bound of watermark_scale_factor" series), so a later kernel accepts more.
 */
export function hasWatermarkScaleFactor(version: KernelVersionCode): boolean {
  return version >= v('4.6')
}

export const DEFAULT_WATERMARK_SCALE_FACTOR = 10

/** The largest value `proc_dointvec_minmax` accepts for watermark_scale_factor on this version. */
export function maxWatermarkScaleFactor(version: KernelVersionCode): number {
  return version >= v('5.19') ? 3000 : 1000
}

/**
 * vm.watermark_boost_factor: 5.0+ (1c30844d2dfe "mm: reclaim small amounts of memory when an
 * external fragmentation event occurs"). Default 15000 (150 % of the high watermark); 0 disables
 * boosting. The boost a zone may reach is `high × factor / 10000`, at least one pageblock
 * (`boost_watermark`).
 */
export function hasWatermarkBoostFactor(version: KernelVersionCode): boolean {
  return version >= v('5.0')
}

export const DEFAULT_WATERMARK_BOOST_FACTOR = 15000

/** The largest boost (pages) a zone may carry under `factor`: 0 when the factor is 0 (`boost_watermark`). */
export function maxBoostPages(highPages: number, factor: number, pageblockPages: number): number {
  if (factor <= 0) return 0
  return Math.max(pageblockPages, Math.floor((highPages * factor) / 10000))
}

/**
 * `panic_on_oom` as the panic line tells it (`check_panic_on_oom`, mm/oom_kill.c, 2.6.x to today):
 * "system-wide" = 1 (panics on unconstrained OOMs only), "compulsory" = 2 (panics on every OOM,
 * memory-cgroup ones included).
 */
export function panicOnOomFromMessage(message: string | null | undefined): 1 | 2 | null {
  if (!message) return null
  if (/compulsory panic_on_oom/.test(message)) return 2
  if (/system-wide panic_on_oom|panic_on_oom is (?:enabled|selected)/.test(message)) return 1
  return null
}

/** The panic a global OOM with nothing left to kill ends in (`out_of_memory`: "no killable processes"). */
export function isNoKillablePanic(message: string | null | undefined): boolean {
  return !!message && /no killable process/i.test(message)
}

/**
 * Memory cgroup interface of an OOM report. 4.19+ (c8713d0b2312 "mm: memcg: update memcg OOM
 * messages on cgroup2") prints `memory:` and `swap:` on cgroup v2 and `memory:`, `memory+swap:`,
 * `kmem:` on v1; a v2 `memory.stat` dump names `anon`/`file`, v1's names `rss`/`cache`. Earlier
 * kernels printed the v1 lines for both, so without a v2 stat key the report reads as v1.
 */
export type MemcgInterface = 'v1' | 'v2'

/** A page counter at PAGE_COUNTER_MAX: printed as 9007199254740988 kB with 4 KiB pages (unlimited). */
export function isUnlimitedKb(kb: number | null | undefined): boolean {
  return kb === null || kb === undefined || kb >= 2 ** 50
}
