import { parseFields } from './fields'

/** `Mem-Info:` (2.6.x printed `Mem-info:`). */
export function isMemInfoTitle(message: string): boolean {
  return /^Mem-[Ii]nfo:$/.test(message)
}

/**
 * The per-CPU pageset lines of 2.6–3.x show_mem: `DMA32 per-cpu:` / `Node 0 DMA per-cpu:`,
 * `CPU    0: hi:  186, btch:  31 usd: 103`, and 2.6.10's `cpu 0 hot: low 2, high 6, batch 1`.
 * Recognised so they are not reported as unknown; OOMLens does not use them.
 */
export function isPerCpuLine(message: string): boolean {
  return (
    /^(?:Node \d+ )?[A-Z][A-Za-z0-9]* per-cpu:(?: empty)?$/.test(message) ||
    /^CPU\s+\d+: hi:\s*\d+, btch:\s*\d+ usd:\s*-?\d+$/.test(message) ||
    /^cpu \d+ (?:hot|cold): (?:low \d+, )?high \d+, batch \d+(?: used:\s?\d+)?$/.test(message)
  )
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
  const parsed = parseFields(message)
  if (parsed.unparsed.length > 0 || parsed.kbFields.length > 0 || Object.keys(parsed.flags).length > 0) return null
  return Object.keys(parsed.fields).length > 0 ? parsed.fields : null
}
