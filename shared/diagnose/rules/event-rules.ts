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
import { memoryExhausted, type SynthesisRule } from './memory-exhausted'
import { noKillableTask } from './no-killable-task'
import { noSwap } from './no-swap'
import { outcomeUnexplained } from './outcome-unexplained'
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
  noKillableTask,
]

/** Rules that read the other rules' findings, in this order: memory-exhausted, then the catch-all. */
export const SYNTHESIS_RULES: readonly SynthesisRule[] = [memoryExhausted, outcomeUnexplained]
