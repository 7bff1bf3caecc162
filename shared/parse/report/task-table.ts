import { toInt } from '../../base/text'

/** A task-table row before the assembler adds its position. */
export interface ParsedTask {
  readonly pid: number
  readonly uid: number | null
  readonly tgid: number | null
  readonly totalVm: number | null
  readonly rss: number | null
  readonly rssAnon: number | null
  readonly rssFile: number | null
  readonly rssShmem: number | null
  readonly pgtablesBytes: number | null
  readonly nrPtes: number | null
  readonly nrPmds: number | null
  readonly swapents: number | null
  readonly oomScoreAdj: number | null
  readonly oomAdj: number | null
  readonly cpu: number | null
  readonly name: string
}

const HEADER = /^\[\s*pid\s*\]\s+(uid\s+.*\bname)\s*$/

/**
 * Every column name dump_tasks() has printed (mm/oom_kill.c, 2.6.x–6.x): a header a mail client broke
 * inside a name (`oom_score_ad` / `j`) is mended by joining pieces into a known name.
 */
const COLUMNS = new Set([
  'uid',
  'tgid',
  'total_vm',
  'rss',
  'rss_anon',
  'rss_file',
  'rss_shmem',
  'nr_ptes',
  'nr_pmds',
  'pgtables_bytes',
  'swapents',
  'oom_score_adj',
  'oom_adj',
  'cpu',
  'name',
])

function mendColumns(tokens: readonly string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? ''
    const next = tokens[i + 1]
    if (!COLUMNS.has(t) && next !== undefined && !COLUMNS.has(next) && COLUMNS.has(t + next)) {
      out.push(t + next)
      i++
    } else out.push(t)
  }
  return out
}

/** The columns of a task-table header (`uid tgid total_vm rss … name`, pid excluded), or null. */
export function parseTaskHeader(message: string): string[] | null {
  const m = HEADER.exec(message)
  return m ? mendColumns((m[1] ?? '').split(/\s+/)).slice(0, -1) : null
}

/** `Tasks state (memory values in pages):` (4.19+). */
export function isTasksStateTitle(message: string): boolean {
  return /^Tasks state \(memory values in pages\):$/.test(message)
}

/** Columns assumed when the header was not in the input, by the count of numeric columns. */
const BY_COUNT: Record<number, string[]> = {
  6: ['uid', 'tgid', 'total_vm', 'rss', 'cpu', 'oom_adj'],
  7: ['uid', 'tgid', 'total_vm', 'rss', 'nr_ptes', 'swapents', 'oom_score_adj'],
  8: ['uid', 'tgid', 'total_vm', 'rss', 'nr_ptes', 'nr_pmds', 'swapents', 'oom_score_adj'],
  10: [
    'uid',
    'tgid',
    'total_vm',
    'rss',
    'rss_anon',
    'rss_file',
    'rss_shmem',
    'pgtables_bytes',
    'swapents',
    'oom_score_adj',
  ],
}

const ROW = /^\[\s*(\d+)\]\s+(.*)$/

/**
 * Parse a task row `[  388]     0   388    18525     8958      32       3        0             0 systemd-journal`
 * against the header's columns (`columns` without pid and name). The name may contain spaces.
 * Null when it is not a row; `columns` null means "guess from the count" (reported by the caller).
 */
export function parseTaskRow(message: string, columns: readonly string[] | null): ParsedTask | null {
  const m = ROW.exec(message)
  const pid = toInt(m?.[1])
  if (!m || pid === null) return null
  const tokens = (m[2] ?? '').split(/\s+/)
  let n = 0
  while (n < tokens.length - 1 && /^-?\d+$/.test(tokens[n] ?? '')) n++
  const cols = columns ?? BY_COUNT[n] ?? null
  if (cols === null || n < cols.length || n === 0) return null
  const value = (name: string): number | null => {
    const i = cols.indexOf(name)
    return i < 0 ? null : toInt(tokens[i])
  }
  return {
    pid,
    uid: value('uid'),
    tgid: value('tgid'),
    totalVm: value('total_vm'),
    rss: value('rss'),
    rssAnon: value('rss_anon'),
    rssFile: value('rss_file'),
    rssShmem: value('rss_shmem'),
    pgtablesBytes: value('pgtables_bytes'),
    nrPtes: value('nr_ptes'),
    nrPmds: value('nr_pmds'),
    swapents: value('swapents'),
    oomScoreAdj: value('oom_score_adj'),
    oomAdj: value('oom_adj'),
    cpu: value('cpu'),
    name: tokens.slice(cols.length).join(' '),
  }
}
