// Which glossary entry a number shown by name stands for, where the name is not already the kernel's
// own field (those are looked up directly: `['zone', 'min']`, `['migrate', 'CMA']`).
import { glossaryKey } from '../../../shared/i18n/glossary'
import type { KnobId } from '../../../shared/model/what-if-types'
import type { GlossaryRef } from './v-glossary'

/** Each what-if knob: the sysctl, cgroup file or /proc/meminfo total it moves. */
export const KNOB_GLOSSARY: Readonly<Record<KnobId, GlossaryRef>> = {
  min_free_kbytes: 'sysctl:min_free_kbytes',
  watermark_scale_factor: 'sysctl:watermark_scale_factor',
  watermark_boost_factor: 'sysctl:watermark_boost_factor',
  lowmem_reserve_ratio: 'sysctl:lowmem_reserve_ratio',
  cma_kb: 'meminfo:CmaTotal',
  swap_kb: 'meminfo:SwapTotal',
  memcg_limit_kb: 'memcg:limit',
  memcg_swap_max_kb: 'memcg:swap',
  memcg_memsw_limit_kb: 'memcg:memory+swap',
}

/**
 * A finding fact by its name: a counter as the kernel spells it (`slab_unreclaimable`), or a zone's
 * field after the zone (`Node 0 Normal min`, `DMA32 free`); null when the glossary has none.
 */
export function factGlossary(name: string): string | null {
  return glossaryKey('counter', name) ?? glossaryKey('zone', name.split(' ').pop() ?? name)
}
