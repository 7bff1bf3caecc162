import type { IssueSink } from '../../base/issue'
import type { Snapshot, SnapshotKind } from '../../event/types'
import type { TypedSnapshot } from './snapshot-types'
import { parseBuddyinfo } from './buddyinfo'
import { parseMeminfo } from './meminfo'
import { parsePagetypeinfo } from './pagetypeinfo'
import { parseSlabinfo } from './slabinfo'
import { parseSysctl } from './sysctl'
import { parseVmstat } from './vmstat'
import { parseZoneinfo } from './zoneinfo'

/**
 * Parse a proc snapshot of a known kind (its `data` typed as {@link TypedSnapshot} describes). Lines not understood become issues; never throws. Null when
 * nothing at all could be read from it (an empty file, or content of another kind).
 */
export function parseSnapshot(
  path: string,
  kind: SnapshotKind,
  text: string,
  onIssue: IssueSink,
  nameHint?: string,
): (Snapshot & TypedSnapshot) | null {
  const data = parseData(path, kind, text, onIssue, nameHint)
  // parseData returns the data type that belongs to `kind`.
  return data === null ? null : ({ path, kind, time: null, data } as Snapshot & TypedSnapshot)
}

function parseData(
  path: string,
  kind: SnapshotKind,
  text: string,
  onIssue: IssueSink,
  nameHint?: string,
): object | null {
  switch (kind) {
    case 'meminfo': {
      const d = parseMeminfo(path, text, onIssue)
      return Object.keys(d.values).length > 0 ? d : null
    }
    case 'zoneinfo': {
      const d = parseZoneinfo(path, text, onIssue)
      return d.zones.length > 0 ? d : null
    }
    case 'buddyinfo': {
      const d = parseBuddyinfo(path, text, onIssue)
      return d.zones.length > 0 ? d : null
    }
    case 'pagetypeinfo': {
      const d = parsePagetypeinfo(path, text, onIssue)
      return d.free.length > 0 || d.blocks.length > 0 ? d : null
    }
    case 'vmstat': {
      const d = parseVmstat(path, text, onIssue)
      return Object.keys(d.values).length > 0 ? d : null
    }
    case 'slabinfo': {
      const d = parseSlabinfo(path, text, onIssue)
      return d.caches.length > 0 || d.version !== '' ? d : null
    }
    case 'sysctl': {
      const d = parseSysctl(path, text, onIssue, nameHint)
      return Object.keys(d.values).length > 0 ? d : null
    }
  }
}
