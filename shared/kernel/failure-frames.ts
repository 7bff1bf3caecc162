/**
 * Call-trace frames that prove where an OOM report came from when its header does not say it
 * (a memcg report cut before its `Memory cgroup out of memory` lines, a 2.6/3.x SysRq-f OOM that still
 * printed `order=0`, a fault with no allocation context). Names as the kernels define them; a trace
 * prints them with compiler suffixes (`mem_cgroup_out_of_memory.cold.12`, `try_charge.isra.0`), dropped here.
 */

/**
 * The memory cgroup's charge and OOM path (mm/memcontrol.c): `mem_cgroup_out_of_memory` (every
 * version with memcg), `__mem_cgroup_try_charge` / `mem_cgroup_handle_oom` (2.6.25–3.11),
 * `mem_cgroup_oom` and `mem_cgroup_oom_synchronize` (3.12+: v1's OOM deferred to the end of the fault),
 * `try_charge` (3.17–5.14), `try_charge_memcg` and `charge_memcg` (5.15+ / 5.11+), their callers
 * `mem_cgroup_try_charge` (3.17–5.7) and `mem_cgroup_charge` / `__mem_cgroup_charge` (5.8+ / 5.15+),
 * and the kmem charges `__memcg_kmem_charge(_page)` / `obj_cgroup_charge_pages` that end in try_charge.
 */
const MEMCG_CHARGE = new Set([
  'mem_cgroup_out_of_memory',
  '__mem_cgroup_try_charge',
  'mem_cgroup_handle_oom',
  'mem_cgroup_oom',
  'mem_cgroup_oom_synchronize',
  'try_charge',
  'try_charge_memcg',
  'charge_memcg',
  'mem_cgroup_try_charge',
  'mem_cgroup_charge',
  '__mem_cgroup_charge',
  '__memcg_kmem_charge',
  '__memcg_kmem_charge_page',
  'obj_cgroup_charge_pages',
])

/** SysRq-f (drivers/tty/sysrq.c): the `moom_callback` work item calls out_of_memory with no allocation behind it. */
const SYSRQ_OOM = new Set(['moom_callback', 'sysrq_handle_moom'])

/** mm/oom_kill.c `pagefault_out_of_memory`: a fault returned VM_FAULT_OOM, no allocation context (gfp 0). */
const PAGEFAULT_OOM = new Set(['pagefault_out_of_memory'])

/** A frame's function name without the suffixes GCC adds to clones and split-off parts. */
export function baseFunctionName(fn: string): string {
  return fn.replace(/(?:\.(?:cold|isra|constprop|part|lto_priv|llvm)(?:\.\d+)*)+$/, '')
}

/** What a frame proves about the failure, or null. */
export function failureFrameKind(fn: string): 'memcg-charge' | 'manual' | 'pagefault' | null {
  const name = baseFunctionName(fn)
  if (MEMCG_CHARGE.has(name)) return 'memcg-charge'
  if (SYSRQ_OOM.has(name)) return 'manual'
  if (PAGEFAULT_OOM.has(name)) return 'pagefault'
  return null
}
