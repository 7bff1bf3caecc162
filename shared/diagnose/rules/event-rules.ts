/** Every event rule, one per finding code. Order does not matter: findings are sorted afterwards. */
import type { EventRule } from '../rule-context'
import { atomicNoReclaim } from './atomic-no-reclaim'
import { cmaUnusable } from './cma-unusable'
import { constraintCpusetMempolicy } from './constraint-cpuset-mempolicy'
import { fragmentation } from './fragmentation'
import { highMinWatermark } from './high-min-watermark'
import { hugetlbReserved } from './hugetlb-reserved'
import { lowmemExhausted } from './lowmem-exhausted'
import { manualTrigger } from './manual-trigger'
import { memcgLimit } from './memcg-limit'
import { memoryExhausted } from './memory-exhausted'
import { noSwap } from './no-swap'
import { pagetableBloat } from './pagetable-bloat'
import { panicOnOom } from './panic-on-oom'
import { shmemTmpfs } from './shmem-tmpfs'
import { slabBloat } from './slab-bloat'
import { unaccountedMemory } from './unaccounted-memory'

/** Every event rule. */
export const EVENT_RULES: readonly EventRule[] = [
  lowmemExhausted,
  fragmentation,
  cmaUnusable,
  memcgLimit,
  memoryExhausted,
  pagetableBloat,
  slabBloat,
  shmemTmpfs,
  hugetlbReserved,
  unaccountedMemory,
  highMinWatermark,
  atomicNoReclaim,
  noSwap,
  constraintCpusetMempolicy,
  manualTrigger,
  panicOnOom,
]
