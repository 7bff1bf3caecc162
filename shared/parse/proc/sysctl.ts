import type { IssueSink } from '../../base/issue'
import type { SnapshotContent } from '../../event/snapshot'
import { ints, procLines, skipped } from './proc-lines'

/** The vm sysctls whose single-value files OOMLens recognises by name (`/proc/sys/vm/<name>`). */
export const VM_SYSCTL_FILES: ReadonlySet<string> = new Set([
  'min_free_kbytes',
  'watermark_scale_factor',
  'watermark_boost_factor',
  'lowmem_reserve_ratio',
  'extra_free_kbytes',
  'overcommit_memory',
  'overcommit_ratio',
  'overcommit_kbytes',
  'panic_on_oom',
  'oom_kill_allocating_task',
  'oom_dump_tasks',
  'swappiness',
  'vfs_cache_pressure',
  'nr_hugepages',
  'nr_overcommit_hugepages',
  'zone_reclaim_mode',
  'percpu_pagelist_fraction',
  'percpu_pagelist_high_fraction',
  'admin_reserve_kbytes',
  'user_reserve_kbytes',
  'compaction_proactiveness',
  'extfrag_threshold',
  'dirty_ratio',
  'dirty_background_ratio',
  'numa_zonelist_order',
])

function value(text: string): number | number[] | string {
  const n = ints(text)
  if (n && n.length === 1) return n[0] ?? 0
  if (n && n.length > 1) return n
  return text.trim()
}

/**
 * Parse `sysctl -a` / `sysctl vm` output (`vm.min_free_kbytes = 67584`; other subsystems' keys are kept
 * too), or, with `nameHint` (a file name such as `min_free_kbytes`), a single-value /proc/sys/vm file.
 */
export function parseSysctl(
  path: string,
  text: string,
  onIssue: IssueSink,
  nameHint?: string,
): SnapshotContent<'sysctl'> {
  const values: Record<string, number | readonly number[] | string> = {}
  const lineOf: Record<string, number> = {}
  const lines = procLines(text, path, onIssue)
  const single =
    nameHint !== undefined && VM_SYSCTL_FILES.has(nameHint) && lines.length === 1 && !/ = /.test(lines[0]?.text ?? '')
  const only = lines[0]
  if (single && only) {
    const v = value(only.text)
    // lowmem_reserve_ratio is a list even on a one-zone machine.
    values[`vm.${nameHint}`] = nameHint === 'lowmem_reserve_ratio' && typeof v === 'number' ? [v] : v
    lineOf[`vm.${nameHint}`] = only.line
    return { data: { values }, lineOf: { values: lineOf } }
  }
  for (const { line, text: t } of lines) {
    if (/^sysctl: /.test(t)) {
      // `sysctl -a` run without root mixes its own errors into the output: not data, but say so.
      onIssue({
        code: 'sysctl-error-line',
        severity: 'info',
        path,
        line,
        message: `sysctl reported: ${t.slice(8, 100)}`,
      })
      continue
    }
    const m = /^([A-Za-z0-9_.\-/]+)\s*=\s*(.*)$/.exec(t.trim())
    if (!m) {
      skipped(onIssue, path, line, 'sysctl', t)
      continue
    }
    const key = (m[1] ?? '').replace(/\//g, '.')
    values[key] = value(m[2] ?? '')
    lineOf[key] = line
  }
  return { data: { values }, lineOf: { values: lineOf } }
}
