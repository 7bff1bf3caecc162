import type { IssueSink } from '../../base/issue'
import type { Snapshot, SnapshotKind } from '../../event/snapshot'
import { parseBuddyinfo } from './buddyinfo'
import { parseMeminfo } from './meminfo'
import { parsePagetypeinfo } from './pagetypeinfo'
import { fileLines } from './proc-lines'
import { parseSlabinfo } from './slabinfo'
import { parseSysctl } from './sysctl'
import { parseVmstat } from './vmstat'
import { parseZoneinfo } from './zoneinfo'

/**
 * Parse a proc snapshot of a known kind: its typed `data`, the line of every value (`lineOf`) and the
 * file's lines for evidence. Lines not understood become issues; never throws. Null when nothing at
 * all could be read from it (an empty file, or content of another kind).
 */
export function parseSnapshot(
  path: string,
  kind: SnapshotKind,
  text: string,
  onIssue: IssueSink,
  nameHint?: string,
): Snapshot | null {
  const base = { path, time: null, lines: fileLines(text) }
  switch (kind) {
    case 'meminfo': {
      const c = parseMeminfo(path, text, onIssue)
      return Object.keys(c.data.values).length > 0 ? { ...base, kind, ...c } : null
    }
    case 'zoneinfo': {
      const c = parseZoneinfo(path, text, onIssue)
      return c.data.zones.length > 0 ? { ...base, kind, ...c } : null
    }
    case 'buddyinfo': {
      const c = parseBuddyinfo(path, text, onIssue)
      return c.data.zones.length > 0 ? { ...base, kind, ...c } : null
    }
    case 'pagetypeinfo': {
      const c = parsePagetypeinfo(path, text, onIssue)
      return c.data.free.length > 0 || c.data.blocks.length > 0 ? { ...base, kind, ...c } : null
    }
    case 'vmstat': {
      const c = parseVmstat(path, text, onIssue)
      return Object.keys(c.data.values).length > 0 ? { ...base, kind, ...c } : null
    }
    case 'slabinfo': {
      const c = parseSlabinfo(path, text, onIssue)
      return c.data.caches.length > 0 || c.data.version !== '' ? { ...base, kind, ...c } : null
    }
    case 'sysctl': {
      const c = parseSysctl(path, text, onIssue, nameHint)
      return Object.keys(c.data.values).length > 0 ? { ...base, kind, ...c } : null
    }
  }
}
