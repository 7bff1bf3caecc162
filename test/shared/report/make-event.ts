// A small hand-made MemEvent shaped like seed 000 (i686, 3.14, lowmem exhausted), for report tests
// that must not wait for the parser; tests over the real seeds and corpus use parseText instead.
import type { MemEvent, ReportLine, Task, Zone } from '../../../shared/event/types'

const LINES = [
  'Feb 2 04:10:01 ldr kernel: python invoked oom-killer: gfp_mask=0x2084d0, order=0, oom_score_adj=0',
  'Feb 2 04:10:01 ldr kernel: CPU: 0 PID: 593 Comm: python Tainted: G O 3.14.24-wt-ldr-TC #4',
  'Feb 2 04:10:01 ldr kernel: Normal free:3556kB min:3672kB low:4588kB high:5508kB managed:860136kB free_cma:0kB',
  'Feb 2 04:10:01 ldr kernel: lowmem_reserve[]: 0 0 9257 9257',
  'Feb 2 04:10:01 ldr kernel: Normal: 333*4kB (UEM) 269*8kB (M) 0*16kB 1*32kB (R) 1*64kB (R) 0*128kB = 3580kB',
  'Feb 2 04:10:01 ldr kernel: Out of memory: Kill process 1386 (python) score 2 or sacrifice child',
  'Feb 2 04:10:01 ldr kernel: Killed process 593 (python) total-vm:18720kB, anon-rss:2184kB, file-rss:656kB',
]

function zone(name: string, freeKb: number, minKb: number, lowKb: number, highKb: number, reserve: number[]): Zone {
  return {
    node: 0,
    zone: name,
    fields: { free: freeKb, min: minKb, low: lowKb, high: highKb },
    kbFields: ['free', 'min', 'low', 'high'],
    flags: {},
    freeKb,
    minKb,
    lowKb,
    highKb,
    boostKb: null,
    reservedHighatomicKb: null,
    presentKb: null,
    managedKb: null,
    freeCmaKb: 0,
    lowmemReserve: reserve,
    buddy: null,
    at: 2,
    lowmemReserveAt: 3,
  }
}

function task(pid: number, name: string, rss: number): Task {
  const base = { pid, uid: 0, tgid: pid, totalVm: rss * 3, rss, pgtablesBytes: null, nrPtes: 8, nrPmds: null }
  return { ...base, swapents: 0, oomScoreAdj: 0, name, at: 5 }
}

/** A seed-000-like event; `victim` renames the killed task (for hostile-text tests). */
export function makeEvent(opts: { id?: string; victim?: string; time?: string } = {}): MemEvent {
  const victim = opts.victim ?? 'python'
  const lines: ReportLine[] = LINES.map((text, i) => {
    const replaced = text.replaceAll('(python)', `(${victim})`)
    return { line: 10 + i, text: replaced, message: replaced.replace(/^.*kernel: /, '') }
  })
  const normal = zone('Normal', 3556, 3672, 4588, 5508, [0, 0, 9257, 9257])
  return {
    id: opts.id ?? 'e1',
    kind: 'oom',
    path: 'messages',
    line: 10,
    time: opts.time ?? '2017-02-02T04:10:01Z',
    timeYearInferred: true,
    uptime: null,
    host: 'ldr',
    kernelVersion: '3.14.24-wt-ldr-TC',
    arch: 'i686',
    pageSizeKb: 4,
    pageSizeFrom: 'buddy',
    trigger: {
      comm: victim,
      pid: 593,
      gfpMask: '0x2084d0',
      gfpPrintedNames: null,
      order: 0,
      oomScoreAdj: 0,
      nodemask: null,
      at: 0,
    },
    cpuset: null,
    taskLine: null,
    hardware: 'Eurotech, Inc. Catalyst TC',
    callTrace: [],
    counters: { free: 290674, slab_reclaimable: 1335, slab_unreclaimable: 3757, active_anon: 3208, inactive_anon: 67 },
    countersAt: [],
    nodes: [],
    zones: [
      zone('DMA', 3388, 64, 80, 96, [0, 839, 1996, 1996]),
      {
        ...normal,
        buddy: {
          counts: [333, 269, 0, 1, 1, 0],
          types: ['UEM', 'M', null, 'R', 'R', null],
          totalKb: 3580,
          order0Kb: 4,
          at: 4,
        },
      },
      zone('HighMem', 1155752, 512, 1776, 3040, [0, 0, 0, 0]),
    ],
    hugepages: [],
    pagecachePages: null,
    swapCachePages: null,
    swap: { totalKb: 0, freeKb: 0 },
    ram: {
      totalPages: 523470,
      highmemPages: null,
      reservedPages: null,
      cmaReservedPages: null,
      hwpoisonedPages: null,
      at: null,
    },
    tasks: [task(593, victim, 546), task(1386, victim, 700), task(412, 'sshd', 300)],
    taskColumns: null,
    selected: { pid: 1386, comm: victim, score: 2, at: 5 },
    killed: {
      pid: 593,
      comm: victim,
      totalVmKb: 18720,
      anonRssKb: 2184,
      fileRssKb: 656,
      shmemRssKb: null,
      uid: null,
      pgtablesKb: null,
      oomScoreAdj: null,
      at: 6,
    },
    oomKill: null,
    memcg: null,
    panic: null,
    reaper: null,
    lines,
  }
}
