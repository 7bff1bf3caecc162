/**
 * English report strings: the source of the message keys. Kernel vocabulary (min, low, high,
 * lowmem_reserve, free_cma, gfp_mask) stays untranslated in every language, as the kernel prints it.
 */
export const en = {
  'chart.zone.title': 'Free memory per zone against its watermarks',
  'chart.buddy.title': 'Free blocks by order (buddy allocator)',
  'chart.accounting.title': 'Where the memory went',
  'chart.timeline.title': 'Timeline',
  'legend.free': 'free',
  'legend.freeCma': 'free_cma',
  'legend.min': 'min',
  'legend.low': 'low',
  'legend.high': 'high',
  'legend.required': 'watermark + lowmem_reserve this request needed',
  'legend.requestOrder': 'requested order',
  'verdict.pass': 'would serve',
  'verdict.fail': 'refused',
  'verdict.not-allowed': 'not usable by this request',
  'verdict.unknown': 'not replayed',
  'term.not-allowed': 'zone not allowed for this gfp mask / nodemask',
  'term.watermark': 'free below the watermark',
  'term.lowmem-reserve': 'free below watermark + lowmem_reserve',
  'term.cma': 'passes only when free CMA is counted',
  'term.highatomic': 'fails once the highatomic reserve is taken out',
  'term.order': 'no free block of the requested order',
  'term.ok': 'passes',
  'kind.oom': 'OOM kill',
  'kind.memcg-oom': 'memory cgroup OOM',
  'kind.alloc-failure': 'page allocation failure',
  'migrate.U': 'Unmovable',
  'migrate.M': 'Movable',
  'migrate.E': 'Reclaimable',
  'migrate.C': 'CMA',
  'migrate.H': 'HighAtomic',
  'migrate.R': 'Reserve',
  'migrate.I': 'Isolate',
  'acct.total': 'managed',
  'acct.rest': 'unaccounted',
} as const

/** Every report message key. */
export type MessageKey = keyof typeof en
