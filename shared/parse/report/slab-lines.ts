/**
 * `Unreclaimable slab info:` and its table (4.15+ `dump_unreclaimable_slab`, printed by the OOM killer
 * when unreclaimable slab exceeds user memory): `Name  Used  Total` then `kmalloc-512  1234KB  2345KB`.
 */

/** The title line or the column header. */
export function isUnreclaimableSlabTitle(message: string): boolean {
  return /^Unreclaimable slab info:$/.test(message) || /^Name\s+Used\s+Total$/.test(message)
}

/** A cache row, sizes in kB as printed. */
export function parseUnreclaimableSlabRow(message: string): { name: string; usedKb: number; totalKb: number } | null {
  const m = /^(\S+)\s+(\d+)KB\s+(\d+)KB$/.exec(message)
  return m ? { name: m[1] ?? '', usedKb: Number(m[2]), totalKb: Number(m[3]) } : null
}
