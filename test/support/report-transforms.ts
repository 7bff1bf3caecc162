/**
 * Transformations of a report's clean kernel text that must not change what the kernel did, for the
 * diagnosis metamorphic suite (issue 13): the same machine k× larger, the same zones under another
 * architecture's names, and the same report without one optional section. Each works on clean kernel
 * messages (one per line, prefixes removed: see test/corpus/support/render-log.ts `cleanLines`) and
 * returns null when it does not apply to a report (so the suite counts only the real cases).
 */

/** kB values at or above this are the kernel's "unlimited" (PAGE_COUNTER_MAX ≈ 2^53 kB): not sizes. */
const UNLIMITED_KB = 2 ** 52

/** memory.stat keys (cgroup v2, printed in bytes after `Memory cgroup stats for`) that are sizes, not event counts. */
const MEMCG_V2_SIZES = new Set([
  'anon',
  'file',
  'kernel',
  'kernel_stack',
  'pagetables',
  'sec_pagetables',
  'percpu',
  'sock',
  'vmalloc',
  'shmem',
  'zswap',
  'zswapped',
  'file_mapped',
  'file_dirty',
  'file_writeback',
  'swapcached',
  'anon_thp',
  'file_thp',
  'shmem_thp',
  'inactive_anon',
  'active_anon',
  'inactive_file',
  'active_file',
  'unevictable',
  'slab_reclaimable',
  'slab_unreclaimable',
  'slab',
])

/** Task-table columns that are sizes (pages or bytes); pid, uid, tgid, cpu, oom_score_adj and the name are not. */
const TASK_SIZE_COLUMNS = /^(total_vm|rss|rss_anon|rss_file|rss_shmem|nr_ptes|nr_pmds|pgtables_bytes|swapents)$/

/** `[ pid ]   uid  tgid total_vm …` — the task table's header. */
const TASK_HEADER = /^\[\s*pid\s*\]\s+(.*)$/
/** `[  388]     0   388 …` — one task row. */
const TASK_ROW = /^\[\s*(\d+)\]\s+(.*)$/

/** A Mem-Info page-counter line: nothing but `name:N` pairs (`active_anon:119893 inactive_anon:17678 …`). */
const PAGE_COUNTERS = /^(?:[A-Za-z_]+:\d+\s*)+$/
/** A zone line: `[Node N ]Zone free:…kB` (its `name:N` without a unit are page counts, e.g. `pages_scanned`). */
const ZONE_LINE = /^(?:Node \d+ )?(?:DMA32|DMA|Normal|HighMem|Movable|Device) free:/
/** A page-count line of show_mem: `1994197 pages RAM`, `256720 total pagecache pages`, `5 reserved pages`. */
const PAGE_COUNT_LINE = /^(\d+)( (?:pages|total pagecache pages|reserved pages)\b.*)$/

/** A line that begins another report or its kill: show_mem's output ends before it. */
const REPORT_START =
  /invoked oom-killer|allocation failure|alloc failure|page allocation stalls|vmalloc error|Out of memory|Memory cgroup out of memory|Killed process|^oom-kill:|^CPU: \d+ PID:/

type Scale = (n: number) => number | null

/**
 * The same report on a machine k× larger: every size (pages, kB, bytes of a memcg's sizes, zone sizes,
 * watermarks, lowmem_reserve, free-list counts, task rss/total_vm/page tables, swap, hugepage counts)
 * multiplied by k; what is not a size stays (block sizes of the free lists, hugepages_size, orders,
 * gfp masks, pids, oom_score_adj, printed badness scores, failcnt, event counters, per-cpu hi/batch).
 * Null when k makes a number non-integer (k = 1/2 on odd counts) or nothing was scaled.
 * `pageScale`: the same machine built with pages that many times larger (16: 4 kB → 64 kB, arm64 /
 * ppc64): counts of pages scale by k / pageScale, sizes in kB or bytes by k, free-list block sizes by
 * pageScale (so `scaleReport(lines, 16, 16)` keeps every page count and multiplies every kB by 16).
 */
export function scaleReport(lines: readonly string[], k: number, pageScale = 1): string[] | null {
  let scaled = 0
  let broken = false
  const scale: Scale = (n) => {
    if (n >= UNLIMITED_KB) return n
    const v = n * k
    if (!Number.isInteger(v)) {
      broken = true
      return null
    }
    if (n !== 0) scaled++
    return v
  }
  const num = (s: string): string => String(scale(Number(s)) ?? s)
  // With pages pageScale× larger, a count of pages scales by k / pageScale (1 when the machine grows
  // with its page size), a size in kB or bytes by k, and a free-list block size by pageScale.
  const pagesK = k / pageScale
  const pages = (s: string): string => {
    const n = Number(s)
    const v = n * pagesK
    if (!Number.isInteger(v)) {
      broken = true
      return s
    }
    if (n !== 0 && pagesK !== 1) scaled++
    return String(v)
  }
  const block = (s: string): string => String(Number(s) * pageScale)
  let taskColumns: string[] | null = null
  let inMemcgStats = false
  const out = lines.map((line) => {
    const header = TASK_HEADER.exec(line)
    if (header) {
      taskColumns = header[1]!.trim().split(/\s+/)
      return line
    }
    const row = TASK_ROW.exec(line)
    if (row && taskColumns) return scaleTaskRow(line, row, taskColumns, pages, num)
    if (/^Memory cgroup stats for /.test(line)) inMemcgStats = true
    else if (inMemcgStats && !/^[a-z_]+ \d+$/.test(line)) inMemcgStats = false
    const v2 = /^([a-z_]+) (\d+)$/.exec(line)
    if (inMemcgStats && v2) return MEMCG_V2_SIZES.has(v2[1]!) ? `${v2[1]} ${num(v2[2]!)}` : line
    if (/^(?:lowmem_reserve|protections)\[\]:/.test(line))
      return line.replace(/(\d+)(?=\s|$)/g, (m, n: string, off: number) => (off < line.indexOf(':') ? m : pages(n)))
    const count = PAGE_COUNT_LINE.exec(line)
    if (count) return `${pages(count[1]!)}${count[2]}`
    if (PAGE_COUNTERS.test(line)) return line.replace(/:(\d+)/g, (_m, n: string) => `:${pages(n)}`)
    let s = line
    // Free lists: `N*4kB` — the count scales, the block size is the page size's and stays.
    // (U+E000, a private-use character no log holds, marks a number that is not to be scaled.)
    s = s.replace(
      /(\d+)\*(\s?)(\d+)([kK]B)/g,
      (_m, n: string, sp: string, size: string, unit: string) => `${pages(n)}*${sp}\uE000${block(size)}${unit}`,
    )
    s = s.replace(/(hugepages_(?:total|free|surp)=)(\d+)/g, (_m, key: string, n: string) => `${key}${pages(n)}`)
    s = s.replace(/(hugepages_size=)(\d+)/g, '$1\uE000$2')
    s = s.replace(
      /(^|[^\uE000\d])(\d+)([kK]B)\b/g,
      (_m, pre: string, n: string, unit: string) => `${pre}${num(n)}${unit}`,
    )
    if (ZONE_LINE.test(line))
      s = s.replace(/\b([a-z_]+):(\d+)(?=\s|$)/g, (_m, key: string, n: string) => `${key}:${pages(n)}`)
    return s.replace(/\uE000/g, '')
  })
  return broken || scaled === 0 ? null : out
}

function scaleTaskRow(
  line: string,
  row: RegExpExecArray,
  columns: readonly string[],
  pages: (s: string) => string,
  bytes: (s: string) => string,
): string {
  // columns[0] is the first after `[ pid ]`; the row's fields after `]` line up with them, the name last.
  const prefix = line.slice(0, line.length - row[2]!.length)
  const fields = row[2]!.match(/\S+\s*/g) ?? []
  const nameAt = columns.length - 1
  return (
    prefix +
    fields
      .map((f, i) => {
        if (i >= nameAt || !TASK_SIZE_COLUMNS.test(columns[i] ?? '')) return f
        const value = f.trim()
        if (!/^\d+$/.test(value)) return f
        const space = f.slice(value.length)
        return `${columns[i] === 'pgtables_bytes' ? bytes(value) : pages(value)}${space}`
      })
      .join('')
  )
}

/**
 * The same zones under another architecture's name for the 4 GB zone: x86-64/riscv print it `DMA32`,
 * arm64 up to 5.4 printed it `DMA` (ZONE_DMA was the 32-bit zone there). Applies only when the report
 * prints one of the two and not the other, on a 64-bit layout, and the request has no `__GFP_DMA` /
 * `__GFP_DMA32` bit: then `gfp_zone()` gives the same highest zone, the zone keeps its place below
 * Normal, and `lowmem_reserve[highest_zoneidx]` is the same column (the lowmem_reserve[] line keeps
 * MAX_NR_ZONES numbers, so the layout the model infers has the same index for Normal and above).
 */
export function renameDmaZone(lines: readonly string[], gfpFlags: readonly string[] | null): string[] | null {
  if (!gfpFlags || gfpFlags.some((f) => f === '__GFP_DMA' || f === '__GFP_DMA32')) return null
  const zoneName = (l: string): string | null => /^(?:Node \d+ )?(DMA32|DMA) free:/.exec(l)?.[1] ?? null
  const printed = new Set(lines.map(zoneName).filter((z): z is string => z !== null))
  if (printed.size !== 1) return null
  const from = [...printed][0]!
  const to = from === 'DMA32' ? 'DMA' : 'DMA32'
  const re = new RegExp(`^((?:Node \\d+ )?)${from}(?= free:|: | per-cpu:)`)
  return lines.map((l) => l.replace(re, `$1${to}`))
}

/** An optional section of show_mem / dump_header a report may lack, with the lines that make it. */
export interface Section {
  readonly name: string
  /** Lines of `lines` that belong to the section (indices), empty when the report has none. */
  readonly select: (lines: readonly string[]) => number[]
}

const matching =
  (re: RegExp) =>
  (lines: readonly string[]): number[] =>
    lines.flatMap((l, i) => (re.test(l) ? [i] : []))

/** The rows after a header line until the first line that is not a row. */
const block =
  (headerRe: RegExp, rowRe: RegExp) =>
  (lines: readonly string[]): number[] => {
    const out: number[] = []
    for (let i = 0; i < lines.length; i++) {
      if (!headerRe.test(lines[i]!)) continue
      out.push(i)
      while (i + 1 < lines.length && rowRe.test(lines[i + 1]!)) out.push(++i)
    }
    return out
  }

export const OPTIONAL_SECTIONS: readonly Section[] = [
  {
    name: 'task table',
    select: (lines) => [
      ...matching(/^Tasks state \(memory values in pages\):/)(lines),
      ...block(TASK_HEADER, /^\[\s*\d+\]\s+\d/)(lines),
    ],
  },
  { name: 'slab dump', select: block(/^Unreclaimable slab info:/, /^\S.*\s\d+[KkMG]B\s+\d+[KkMG]B\s*$/) },
  { name: 'hugepages lines', select: matching(/hugepages_total=/) },
  { name: 'buddy lists', select: matching(/^(?:Node \d+ )?[A-Za-z0-9]+: (?:\d+\*\s?\d+kB.*)=\s*\d+kB\s*$/) },
  { name: 'lowmem_reserve lines', select: matching(/^(?:lowmem_reserve|protections)\[\]:/) },
  { name: 'node lines', select: matching(/^Node \d+ active_anon:/) },
  {
    name: 'call trace',
    select: block(/^Call [Tt]race:/, /^\s*(?:\[<[0-9a-f]+>\]\s*)?(?:\? )?[\w.]+\+0x|^\s*<\/?(?:TASK|IRQ)>|^\s*\? /),
  },
  {
    name: 'Mem-Info block',
    select: (lines) => {
      // show_mem's whole output: from `Mem-Info:` to its last page-count/swap line.
      const out: number[] = []
      for (let i = 0; i < lines.length; i++) {
        if (!/^Mem-[Ii]nfo:/.test(lines[i]!)) continue
        let end = i
        for (let j = i + 1; j < lines.length && j < i + 400; j++) {
          const l = lines[j]!
          if (REPORT_START.test(l) || /^\[\s*pid\s*\]|^Tasks state/.test(l)) break
          if (PAGE_COUNT_LINE.test(l) || /^(?:Free|Total) swap\s*=/.test(l) || ZONE_LINE.test(l)) end = j
        }
        for (let j = i; j <= end; j++) out.push(j)
        i = end
      }
      return out
    },
  },
  {
    name: 'swap cache line',
    select: matching(/^\d+ pages (?:in swap cache|swap cached)$|^Swap cache(?: stats)?: add /),
  },
]

/** The report without one section (null when the report does not have it). */
export function dropSection(lines: readonly string[], section: Section): string[] | null {
  const drop = new Set(section.select(lines))
  return drop.size === 0 ? null : lines.filter((_l, i) => !drop.has(i))
}

/**
 * The same 32-bit machine with its high memory given to ZONE_MOVABLE (`movablecore=` / `kernelcore=`
 * take it from the highest zone, mm/page_alloc.c `find_zone_movable_pfns_for_nodes`): the report prints
 * `Movable` where it printed `HighMem`. On such a kernel Movable is highmem (`zone_movable_is_highmem()`,
 * include/linux/mmzone.h), so its watermarks are computed the same way. Applies only when the request
 * could use neither (its highest zone is Normal or below: no `__GFP_HIGHMEM`, so `gfp_zone()` gives the
 * same zone), and only to reports whose lowmem_reserve[] lines have the four columns DMA, Normal,
 * HighMem, Movable; the emptied HighMem column becomes the Normal column (no pages above Normal count
 * until Movable), which the request's own column (Normal's) does not read.
 */
export function renameHighMemToMovable(lines: readonly string[], highestZone: string | null): string[] | null {
  if (highestZone === null || !['DMA', 'DMA32', 'Normal'].includes(highestZone)) return null
  const zone = (l: string): string | null => /^(?:Node \d+ )?(\w+) free:/.exec(l)?.[1] ?? null
  const printed = new Set(lines.map(zone))
  if (!printed.has('HighMem') || printed.has('Movable')) return null
  const reserves = lines.filter((l) => /^lowmem_reserve\[\]:/.test(l))
  if (reserves.length === 0 || reserves.some((l) => l.trim().split(/\s+/).length !== 5)) return null
  return lines.map((l) => {
    if (/^lowmem_reserve\[\]:/.test(l)) {
      const [label, dma, normal, , movable] = l.trim().split(/\s+/)
      return `${label} ${dma} ${normal} ${normal} ${movable}`
    }
    return l.replace(/^((?:Node \d+ )?)HighMem(?= free:|: | per-cpu:)/, '$1Movable')
  })
}

/**
 * The same report on node 1 instead of node 0 (a two-node machine whose node 0 printed nothing, or
 * a paste of node 1's lines): `Node 0` → `Node 1` and the request's node sets (`mems_allowed=`,
 * `nodemask=`) follow. Applies to single-node reports of NUMA builds only.
 */
export function moveToNode1(lines: readonly string[]): string[] | null {
  const nodes = new Set(lines.flatMap((l) => [...l.matchAll(/\bNode (\d+) /g)].map((m) => m[1])))
  if (nodes.size !== 1 || !nodes.has('0')) return null
  // Zone lines name their node only on CONFIG_NUMA builds (mm/page_alloc.c `show_node`); a build
  // without NUMA has node 0 alone, so there is no node 1 to move to.
  const zoneLines = lines.filter((l) => /^(?:Node \d+ )?\w+ free:\d/.test(l))
  if (zoneLines.length === 0 || zoneLines.some((l) => !l.startsWith('Node 0 '))) return null
  return lines.map((l) =>
    l
      .replace(/\bNode 0 /g, 'Node 1 ')
      .replace(/\bmems_allowed=0\b/g, 'mems_allowed=1')
      .replace(/\bnodemask=0\b/g, 'nodemask=1'),
  )
}

/** Every line cut at `width` columns, as a terminal or a narrow window copies it. */
export function cutAt(lines: readonly string[], width: number): string[] | null {
  return lines.some((l) => l.length > width) ? lines.map((l) => l.slice(0, width)) : null
}
