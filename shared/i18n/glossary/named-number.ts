/**
 * The glossary entry for a number the analysis names in its own words: a finding's fact
 * (`Node 0 Normal min`, `memcg usage`, `swap total`) or a ledger bucket (`slab_unreclaimable`, a
 * node line's `isolated(anon)`). One answer for the workbench and every other place that shows such a
 * name. OOMLens's own quantities (a margin, what no counter explains, a sum of two counters) have no
 * kernel entry and give null.
 */
import { glossaryKey } from './index'

/** Zone names a fact may start with (`DMA32 free`); `lowmem` is the 32-bit lowmem zones together. */
const ZONE_NAMES: ReadonlySet<string> = new Set(['DMA', 'DMA32', 'Normal', 'HighMem', 'Movable', 'Device', 'lowmem'])

/** Names the analysis words differently from the kernel file or line they come from. */
const ALIASES: Readonly<Record<string, string>> = {
  'swap total': 'meminfo:SwapTotal',
  'cma reserved': 'meminfo:CmaTotal',
  'hugetlb pool': 'meminfo:HugePages_Total',
  'hugetlb free': 'meminfo:HugePages_Free',
  order: 'report:order',
  'min_free_kbytes (inferred)': 'sysctl:min_free_kbytes',
  'default min_free_kbytes': 'sysctl:min_free_kbytes',
  'memcg memory+swap usage': 'memcg:memory+swap',
  'memcg memory+swap limit': 'memcg:memory+swap',
}

/** The entry key for a named number (see above), or null when the name is not the kernel's. */
export function glossaryKeyOfName(name: string): string | null {
  const alias = ALIASES[name]
  if (alias) return alias
  // Node lines print `isolated(anon)` for the counter Mem-Info's summary calls isolated_anon.
  const words = name
    .replace(/^Node \d+ /, '')
    .replace(/^(\w+)\((\w+)\)$/, '$1_$2')
    .split(' ')
  const [first, second] = words
  if (first === undefined) return null
  if (second === undefined) return glossaryKey('counter', first)
  if (words.length > 2) return null
  if (ZONE_NAMES.has(first)) return glossaryKey('zone', second)
  if (first === 'memcg') return glossaryKey('memcg', second)
  return null
}
