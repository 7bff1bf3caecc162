// Test helper: a tiny reader that turns one kernel report (text) into a MemEvent with the fields the
// kernel model reads. It exists so the model can be tested before the real parser lands; the corpus
// test uses shared/parse's parseText once it produces zones.
import type { BuddyInfo, MemEvent, Task, Zone } from '../../../shared/event/types'

const PREFIX = /^(?:\w{3} +\d+ \d\d:\d\d:\d\d \S+ kernel: ?)?(?:\[ *\d+\.\d+\] ?|\[\w{3} \w{3} [^\]]*\d{4}\] ?)?/

/** Strip log prefixes; join wrapped lines (no prefix, not a known line start) onto the previous one. */
export function reportLines(text: string, index = 0): string[] {
  // Seed 002 is one collapsed paste: split it back at every syslog prefix.
  const raw = text.replace(/\u00a0/g, ' ').replace(/ (?=\w{3} +\d+ \d\d:\d\d:\d\d \S+ kernel:)/g, '\n').split(/\r?\n/)
  const out: string[] = []
  const prefixed = raw.filter((l) => PREFIX.exec(l)?.[0]).length > raw.length / 2
  for (const line of raw) {
    const p = PREFIX.exec(line)?.[0] ?? ''
    const body = line.slice(p.length).replace(/^ +/, '')
    const known = /^(Node \d|DMA|Normal|HighMem|Movable|lowmem_reserve|\[ *\d|\[ *pid|active_anon|\d+ pages|Free swap|Total swap|Out of memory|Killed|Mem-Info|Tasks state|CPU|Hardware)/.test(body)
    if (out.length > 0 && ((prefixed && p === '' && !known) || /^\(?[A-Z]+\) /.test(body) && !known)) out[out.length - 1] += ' ' + body
    else out.push(body)
  }
  // One report: from its header to the kill (or panic) line; prose around it is dropped.
  const starts = out.flatMap((l, i) => (/invoked oom-killer|page allocation failure/.test(l) ? [i] : []))
  const start = starts[index] ?? -1
  const rest = out.slice(Math.max(0, start))
  const end = rest.findIndex((l, i) => /^Killed process|Kernel panic|Out of memory: Killed/.test(l) || (i > 0 && /invoked oom-killer|page allocation failure/.test(l)))
  if (end < 0) return rest
  return /invoked oom-killer|page allocation failure/.test(rest[end] as string) ? rest.slice(0, end) : rest.slice(0, end + 1)
}

function kvFields(text: string): { fields: Record<string, number>; kb: string[] } {
  const fields: Record<string, number> = {}
  const kb: string[] = []
  for (const m of text.matchAll(/([a-z_()]+):\s?(\d+)(kB|KB)?/g)) {
    fields[m[1] as string] = Number(m[2])
    if (m[3]) kb.push(m[1] as string)
  }
  return { fields, kb }
}

function buddy(body: string, at: number): BuddyInfo {
  const counts: number[] = []
  const types: (string | null)[] = []
  let order0Kb: number | null = null
  for (const m of body.matchAll(/(\d+)\*\s?(\d+)kB(?: \(([A-Z]+)\))?/g)) {
    if (order0Kb === null) order0Kb = Number(m[2])
    counts.push(Number(m[1]))
    types.push(m[3] ?? null)
  }
  const total = /= (\d+)kB/.exec(body)
  return { counts, types, totalKb: total ? Number(total[1]) : null, order0Kb, at }
}

/** Build a MemEvent from one report. Only what the model reads is filled. */
export function miniEvent(text: string, kind: MemEvent['kind'] = 'oom', index = 0): MemEvent {
  const lines = reportLines(text, index)
  const zones: Zone[] = []
  const tasks: Task[] = []
  let columns: string[] | null = null
  const ev = {
    gfpMask: null as string | null, names: null as string[] | null, order: null as number | null,
    version: null as string | null, swapTotal: null as number | null, swapFree: null as number | null,
    ram: null as number | null, reserved: null as number | null, cma: null as number | null,
    selected: null as MemEvent['selected'], killed: null as { pid: number; comm: string } | null, pageKb: 4,
  }
  lines.forEach((l, at) => {
    let m: RegExpExecArray | null
    if ((m = /gfp_mask=(0x[0-9a-f]+)(?:\(([^)]*)\))?.*order=(-?\d+)/.exec(l)) || (m = /page allocation failure: order:(\d+), mode:(0x[0-9a-f]+)(?:\(([^)]*)\))?/.exec(l))) {
      const alloc = l.includes('allocation failure')
      ev.gfpMask = (alloc ? m[2] : m[1]) as string
      const names = alloc ? m[3] : m[2]
      ev.names = names === undefined ? null : names.split('|')
      ev.order = Number(alloc ? m[1] : m[3])
    } else if ((m = /(?:Tainted: [A-Z ]*?|Not tainted) +(\d+\.\d+\S*)/.exec(l)) && ev.version === null) ev.version = m[1] as string
    else if ((m = /^(?:Node (\d+) )?(DMA32|DMA|Normal|HighMem|Movable) free:(\d+)kB (.*)$/.exec(l))) {
      const { fields, kb } = kvFields(`free:${m[3]}kB ${m[4]}`)
      const f = (k: string): number | null => fields[k] ?? null
      zones.push({
        node: Number(m[1] ?? 0), zone: m[2] as string, fields, kbFields: kb, flags: {}, freeKb: Number(m[3]),
        minKb: f('min'), lowKb: f('low'), highKb: f('high'), boostKb: f('boost'), reservedHighatomicKb: f('reserved_highatomic'),
        presentKb: f('present'), managedKb: f('managed'), freeCmaKb: f('free_cma'), lowmemReserve: null, buddy: null, at, lowmemReserveAt: null,
      })
    } else if ((m = /^lowmem_reserve\[\]:((?: \d+)+)/.exec(l)) && zones.length > 0) {
      const last = zones[zones.length - 1] as Zone
      zones[zones.length - 1] = { ...last, lowmemReserve: (m[1] as string).trim().split(/ +/).map(Number), lowmemReserveAt: at }
    } else if ((m = /^(?:Node (\d+) )?(DMA32|DMA|Normal|HighMem|Movable): (\d+\*.*)$/.exec(l))) {
      const i = zones.findIndex((z) => z.node === Number(m?.[1] ?? 0) && z.zone === m?.[2] && z.buddy === null)
      const b = buddy(m[3] as string, at)
      if (b.order0Kb) ev.pageKb = b.order0Kb
      if (i >= 0) zones[i] = { ...(zones[i] as Zone), buddy: b }
    } else if ((m = /^Free swap += (\d+)kB/.exec(l))) ev.swapFree = Number(m[1])
    else if ((m = /^Total swap = (\d+)kB/.exec(l))) ev.swapTotal = Number(m[1])
    else if ((m = /^(\d+) pages RAM/.exec(l))) ev.ram = Number(m[1])
    else if ((m = /^(\d+) pages reserved/.exec(l))) ev.reserved = Number(m[1])
    else if ((m = /^(\d+) pages cma reserved/.exec(l))) ev.cma = Number(m[1])
    else if (/^\[ *pid *\]/.test(l)) columns = l.replace(/^\[ *pid *\]/, 'pid').trim().split(/ +/)
    else if ((m = /^\[ *(\d+)\] +(.*)$/.exec(l)) && columns) {
      const cells = (m[2] as string).trim().split(/ +/)
      const col = (name: string): number | null => {
        const i = (columns as string[]).indexOf(name)
        return i > 0 && cells[i - 1] !== undefined ? Number(cells[i - 1]) : null
      }
      tasks.push({
        pid: Number(m[1]), uid: col('uid'), tgid: col('tgid'), totalVm: col('total_vm'), rss: col('rss'),
        pgtablesBytes: col('pgtables_bytes'), nrPtes: col('nr_ptes'), nrPmds: col('nr_pmds'), swapents: col('swapents'),
        oomScoreAdj: col('oom_score_adj'), name: cells[cells.length - 1] as string, at,
      })
    } else if ((m = /Kill process (\d+) \(([^)]*)\) score (\d+)/.exec(l))) ev.selected = { pid: Number(m[1]), comm: m[2] as string, score: Number(m[3]), at }
    else if ((m = /Killed process (\d+) \(([^)]*)\)/.exec(l))) ev.killed = { pid: Number(m[1]), comm: m[2] as string }
  })
  return {
    id: 'e1', kind, path: 'test', line: 1, time: null, timeYearInferred: false, uptime: null, host: null,
    kernelVersion: ev.version, arch: null, pageSizeKb: ev.pageKb, pageSizeFrom: 'buddy',
    trigger: { comm: null, pid: null, gfpMask: ev.gfpMask, gfpPrintedNames: ev.names, order: ev.order, oomScoreAdj: null, nodemask: null, at: 0 },
    cpuset: null, taskLine: null, hardware: null, callTrace: [], counters: {}, countersAt: [], nodes: [], zones, hugepages: [],
    pagecachePages: null, swapCachePages: null,
    swap: ev.swapTotal === null ? null : { totalKb: ev.swapTotal, freeKb: ev.swapFree ?? 0 },
    ram: { totalPages: ev.ram, highmemPages: null, reservedPages: ev.reserved, cmaReservedPages: ev.cma, hwpoisonedPages: null, at: null },
    tasks, taskColumns: columns, selected: ev.selected,
    killed: ev.killed ? { ...ev.killed, totalVmKb: null, anonRssKb: null, fileRssKb: null, shmemRssKb: null, uid: null, pgtablesKb: null, oomScoreAdj: null, at: 0 } : null,
    oomKill: null, memcg: null, panic: null, reaper: null,
    lines: lines.map((text, i) => ({ line: i + 1, text, message: text })),
  }
}
