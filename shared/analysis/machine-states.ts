/**
 * /proc snapshots as machine states: the files captured together (one /proc copy, one sosreport's
 * `proc/` and `sys/vm/`) make one state of one machine at one moment. Identical copies of a file (a
 * sosreport keeps `proc/meminfo` and `sos_commands/memory/cat_.proc.meminfo` alike) count once; a
 * state without a time of its own is dated from its archive's name (`sosreport-web1-2024-03-05-…`).
 */
import type { Snapshot, SnapshotKind } from '../event/snapshot'

/** One machine's /proc at one moment. */
export interface MachineState {
  /** `s1`, `s2`, ... in time order (undated last), stable within one analysis. */
  readonly id: string
  /** The folder the files sit in, with `sys/vm` and `sys` stripped (`sos.tar.xz!/proc`, `captures/2024-03-05`). */
  readonly root: string
  /** ISO time: the latest of its snapshots' own times, else the archive name's date; null when neither says. */
  readonly time: string | null
  /** Where `time` came from. */
  readonly timeFrom: 'snapshots' | 'archive-name' | null
  readonly kinds: readonly SnapshotKind[]
  readonly snapshots: readonly Snapshot[]
}

/** The text a snapshot was read from: identical text is the same capture, whatever its path. */
const contentKey = (s: Snapshot): string => `${s.kind}\n${s.lines.join('\n')}`

/**
 * Drop snapshots whose kind and text repeat an earlier one's (the first path is kept). Returns the
 * kept snapshots and how many were dropped.
 */
export function dedupeSnapshots(snapshots: readonly Snapshot[]): { kept: Snapshot[]; dropped: Snapshot[] } {
  const seen = new Set<string>()
  const kept: Snapshot[] = []
  const dropped: Snapshot[] = []
  for (const s of snapshots) {
    const key = contentKey(s)
    if (seen.has(key)) dropped.push(s)
    else {
      seen.add(key)
      kept.push(s)
    }
  }
  return { kept, dropped }
}

/** The folder a snapshot file sits in, `sys/vm` and `sys` stripped so /proc/sys/vm files join their /proc. */
export function stateRoot(path: string): string {
  const dir = path.replace(/\/[^/]*$/, '')
  const trimmed = dir.replace(/(^|\/)sys\/vm$/, '').replace(/(^|\/)sys$/, '')
  return trimmed === path ? '' : trimmed
}

const ARCHIVE_DATE = [
  // sosreport-host-2024-03-05-abcdef, supportconfig …_240305_1234 is too short to trust
  /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)/,
  // sosreport-host-20240305123456, …-20240305-…
  /(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?:\d{6})?(?:[^\d]|$)/,
]

/**
 * The date an archive's name carries (`sosreport-web1-2024-03-05-xyz.tar.xz`,
 * `sosreport-web1-20240305123456.tar.xz`): the outermost archive in the path that names a real
 * date, as an ISO day; null when none does.
 */
export function dateFromArchiveName(path: string): string | null {
  for (const part of path.split('!/').slice(0, -1)) {
    const name = part.split('/').pop() ?? ''
    for (const re of ARCHIVE_DATE) {
      const m = re.exec(name)
      if (!m) continue
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const ms = Date.UTC(y, mo - 1, d)
      const date = new Date(ms)
      if (y >= 1990 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
        return `${m[1]}-${m[2]}-${m[3]}T00:00:00`
    }
  }
  return null
}

/** The latest snapshot time of a state (files of one capture differ by seconds), or null. */
function latestTime(snapshots: readonly Snapshot[]): string | null {
  const times = snapshots.flatMap((s) => (s.time ? [s.time] : []))
  return times.length ? times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null
}

/** Group snapshots into machine states (call on de-duplicated snapshots), oldest first, undated last. */
export function machineStates(snapshots: readonly Snapshot[]): MachineState[] {
  const byRoot = new Map<string, Snapshot[]>()
  for (const s of snapshots) {
    const root = stateRoot(s.path)
    byRoot.set(root, [...(byRoot.get(root) ?? []), s])
  }
  const states = [...byRoot].map(([root, list]) => {
    const own = latestTime(list)
    const fromName = own === null ? dateFromArchiveName(list[0]?.path ?? '') : null
    return {
      root,
      time: own ?? fromName,
      timeFrom: own !== null ? ('snapshots' as const) : fromName !== null ? ('archive-name' as const) : null,
      kinds: [...new Set(list.map((s) => s.kind))],
      snapshots: list,
    }
  })
  const ms = (t: string | null) => (t === null ? Infinity : Date.parse(t))
  return states
    .sort((a, b) => ms(a.time) - ms(b.time) || (a.root < b.root ? -1 : a.root > b.root ? 1 : 0))
    .map((s, i) => ({ id: `s${i + 1}`, ...s }))
}
