/**
 * What a memory cgroup's usage was made of, from the stats the report printed: cgroup v1 prints
 * `Memory cgroup stats for /x: cache:..KB rss:..KB swap:..KB` (kB), cgroup v2 prints memory.stat
 * keys in bytes (`anon`, `file`, `kernel_stack`, `slab`, `sock`, and `kernel` on newer kernels).
 */
import type { Memcg } from '../event/types'

export interface MemcgComposition {
  readonly anonKb: number
  readonly fileKb: number
  readonly kernelKb: number | null
  readonly swapKb: number | null
}

/** The composition, or null when the report printed no usable stats. */
export function memcgComposition(memcg: Memcg): MemcgComposition | null {
  const stat = memcg.stat
  if (stat['rss'] !== undefined || stat['cache'] !== undefined) {
    // v1: rss (anon incl. THP and swap cache) and cache, in kB; kmem from its own usage line.
    return {
      anonKb: stat['rss'] ?? 0,
      fileKb: stat['cache'] ?? 0,
      kernelKb: memcg.kmemUsageKb,
      swapKb: stat['swap'] ?? null,
    }
  }
  if (stat['anon'] !== undefined || stat['file'] !== undefined) {
    const kernelBytes =
      stat['kernel'] ??
      (stat['kernel_stack'] ?? 0) + (stat['slab'] ?? 0) + (stat['sock'] ?? 0) + (stat['pagetables'] ?? 0)
    return {
      anonKb: (stat['anon'] ?? 0) / 1024,
      fileKb: (stat['file'] ?? 0) / 1024,
      kernelKb: kernelBytes / 1024,
      swapKb: memcg.swapUsageKb,
    }
  }
  return null
}
