import { parseFields } from './fields'

/** `Mem-Info:` (2.6.x printed `Mem-info:`). */
export function isMemInfoTitle(message: string): boolean {
  return /^Mem-[Ii]nfo:$/.test(message)
}

/** One per-CPU pageset line of 2.6–3.x show_mem. */
export type PerCpuLine =
  | { readonly kind: 'title'; readonly node: number | null; readonly zone: string }
  | {
      readonly kind: 'cpu'
      readonly cpu: number
      readonly list: 'hot' | 'cold' | null
      readonly low: number | null
      readonly high: number
      readonly batch: number
      readonly count: number | null
    }
  | {
      /** 2.6.16–2.6.24: both lists on one line. */
      readonly kind: 'hot-cold'
      readonly cpu: number
      readonly hot: { readonly high: number; readonly batch: number; readonly count: number }
      readonly cold: { readonly high: number; readonly batch: number; readonly count: number }
    }

const PCP_TITLE = /^(?:Node (\d+) )?([A-Z][A-Za-z0-9]*) per-cpu:(?: empty)?$/
const PCP_CPU = /^CPU\s+(\d+): hi:\s*(\d+), btch:\s*(\d+) usd:\s*(-?\d+)$/
const PCP_HOT_COLD =
  /^CPU\s+(\d+): Hot: hi:\s*(\d+), btch:\s*(\d+) usd:\s*(-?\d+)\s+Cold: hi:\s*(\d+), btch:\s*(\d+) usd:\s*(-?\d+)$/
const PCP_OLD = /^cpu (\d+) (hot|cold): (?:low (\d+), )?high (\d+), batch (\d+)(?: used:\s?(\d+))?$/

/**
 * The per-CPU pageset lines of 2.6–3.x show_mem: `DMA32 per-cpu:` / `Node 0 DMA per-cpu:` (RHEL 5:
 * `… per-cpu: empty`), `CPU    0: hi:  186, btch:  31 usd: 103`, 2.6.16–2.6.24's
 * `CPU    0: Hot: hi:  186, btch:  31 usd:  93   Cold: hi:   62, btch:  15 usd:  55`, and 2.6.10's
 * `cpu 0 hot: low 2, high 6, batch 1` (RHEL 5 without `low`, with `used:`).
 */
export function parsePerCpuLine(message: string): PerCpuLine | null {
  let m = PCP_TITLE.exec(message)
  if (m) return { kind: 'title', node: m[1] === undefined ? null : Number(m[1]), zone: m[2] ?? '' }
  m = PCP_CPU.exec(message)
  if (m) {
    return {
      kind: 'cpu',
      cpu: Number(m[1]),
      list: null,
      low: null,
      high: Number(m[2]),
      batch: Number(m[3]),
      count: Number(m[4]),
    }
  }
  m = PCP_HOT_COLD.exec(message)
  if (m) {
    return {
      kind: 'hot-cold',
      cpu: Number(m[1]),
      hot: { high: Number(m[2]), batch: Number(m[3]), count: Number(m[4]) },
      cold: { high: Number(m[5]), batch: Number(m[6]), count: Number(m[7]) },
    }
  }
  m = PCP_OLD.exec(message)
  if (!m) return null
  return {
    kind: 'cpu',
    cpu: Number(m[1]),
    list: m[2] === 'hot' ? 'hot' : 'cold',
    low: m[3] === undefined ? null : Number(m[3]),
    high: Number(m[4]),
    batch: Number(m[5]),
    count: m[6] === undefined ? null : Number(m[6]),
  }
}

/** 2.6.x `Free pages:        4012kB (240kB HighMem)`. */
export function parseOldFreePages(message: string): { freeKb: number; highmemKb: number | null } | null {
  const m = /^Free pages:\s+(\d+)kB(?: \((\d+)kB HighMem\))?$/.exec(message)
  return m ? { freeKb: Number(m[1]), highmemKb: m[2] === undefined ? null : Number(m[2]) } : null
}

/**
 * One line of the global Mem-Info counters in pages: `active_anon:119893 inactive_anon:17678 isolated_anon:0`,
 * 2.6.30's `Active_anon:290797 …`, 2.6.10's `Active:41408 inactive:239841 …`. Keys as printed. Null unless
 * every token is a unit-less `key:value` (so zone and node lines never match).
 */
export function parseCounterLine(message: string): Record<string, number> | null {
  if (!/^[A-Za-z_][\w-]*:\s?\d/.test(message)) return null
  // A line cut at a terminal's width may end in a key without its value (`… isolated_fi`): the pairs
  // before it are whole (each ended at a space), the cut key is dropped.
  const parsed = parseFields(message.replace(/\s+[A-Za-z_][\w-]*:?$/, ''))
  if (parsed.unparsed.length > 0 || parsed.kbFields.length > 0 || Object.keys(parsed.flags).length > 0) return null
  return Object.keys(parsed.fields).length > 0 ? parsed.fields : null
}
