// Which glossary entry a what-if knob stands for (other numbers are looked up by the kernel's own name:
// `['zone', 'min']`, `['migrate', 'CMA']`, or shared/i18n/glossary/named-number for the analysis' names).
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
