import type { SnapshotKind } from '../../event/snapshot'
import { VM_SYSCTL_FILES } from './sysctl'

/**
 * Recognise a proc snapshot by its content (the first few non-empty lines), not its file name.
 * Single-value files (`min_free_kbytes`) carry nothing recognisable; pass their file name as
 * `nameHint` and they are recognised as `sysctl`. Null for anything else (a kernel log, say).
 */
export function detectSnapshotKind(firstLines: readonly string[], nameHint?: string): SnapshotKind | null {
  // `sysctl -a` without root interleaves its own `sysctl: permission denied …` errors.
  const lines = firstLines.map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '' && !l.startsWith('sysctl: '))
  const first = lines[0] ?? ''
  if (/^slabinfo - version: 2\.\d+/.test(first)) return 'slabinfo'
  if (/^Page block order:\s*\d+/.test(first)) return 'pagetypeinfo'
  if (/^Node \d+, zone\s+\S+(?:\s+\d+)+\s*$/.test(first)) return 'buddyinfo'
  if (/^Node \d+, zone\s+\S+\s*$/.test(first)) return 'zoneinfo'
  if (lines.slice(0, 3).some((l) => /^(?:Node \d+ )?MemTotal:\s+\d+ kB$/.test(l.trim()))) return 'meminfo'
  if (
    lines.length > 0 &&
    lines.slice(0, 8).every((l) => /^[a-z_][a-z0-9_]* -?\d+$/.test(l)) &&
    lines.some((l) => /^nr_[a-z_]+ /.test(l))
  ) {
    return 'vmstat'
  }
  if (lines.length > 0 && lines.slice(0, 8).every((l) => /^[a-z0-9_]+(?:[./][a-z0-9_]+)+\s*=\s*/i.test(l.trim())))
    return 'sysctl'
  if (nameHint !== undefined && VM_SYSCTL_FILES.has(nameHint) && lines.length === 1 && /^[-\d\s]+$/.test(first))
    return 'sysctl'
  return null
}
